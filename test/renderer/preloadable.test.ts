import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../src-renderer/src/shell/preloadable';

function Greeting({ name }: { name: string }): ReactElement {
  return { type: 'p', props: { children: name }, key: null } as ReactElement;
}

describe('preloadable components', () => {
  it('renders the component itself once preloaded, so nothing suspends', async () => {
    const lazyPage = preloadable(() => Promise.resolve(Greeting));
    const before = lazyPage.Component({ name: 'a' });
    expect(before.type).not.toBe(Greeting); // the React.lazy wrapper: it would suspend
    await lazyPage.preload();
    const after = lazyPage.Component({ name: 'a' });
    expect(after.type).toBe(Greeting);
    expect(after.props).toEqual({ name: 'a' });
  });

  it('downloads the code once however often it is asked for', async () => {
    let loads = 0;
    const lazyPage = preloadable(() => {
      loads += 1;
      return Promise.resolve(Greeting);
    });
    await Promise.all([lazyPage.preload(), lazyPage.preload()]);
    await lazyPage.preload();
    expect(loads).toBe(1);
  });

  it('asks again after a failed download', async () => {
    let loads = 0;
    const lazyPage = preloadable(() => {
      loads += 1;
      return loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(lazyPage.preload()).rejects.toThrow('offline');
    await lazyPage.preload();
    expect(loads).toBe(2);
    expect(lazyPage.Component({ name: 'b' }).type).toBe(Greeting);
  });
});
