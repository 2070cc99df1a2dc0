import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../src-renderer/src/api/useCall';
import { forgetOtherOperators } from '../../src-renderer/src/api/operatorCache';
import { queryKeys } from '../../src-renderer/src/api/queryKeys';
import { prefetchHomeData } from '../../src-renderer/src/shell/homePage';

// After a sign-in the home page's data is asked for while the shell draws (P4), and the cache holds
// only the answers given to the person at the desk.

/** A caller that records what was asked for and answers each with its name. */
function recordingCaller() {
  const asked: string[] = [];
  const call = ((name: string) => {
    asked.push(name);
    return Promise.resolve({ name });
  }) as unknown as Caller;
  return { call, asked };
}

const atAddress = (hash: string) => vi.stubGlobal('window', { location: { hash } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the cache belongs to one operator', () => {
  it('drops everything but the status when someone else signs in, once', () => {
    const queryClient = new QueryClient();
    forgetOtherOperators(queryClient, 'alice');
    queryClient.setQueryData(queryKeys.status, { who: 'status' });
    queryClient.setQueryData(queryKeys.dashboard, { who: 'alice' });

    forgetOtherOperators(queryClient, 'alice');
    expect(queryClient.getQueryData(queryKeys.dashboard)).toEqual({ who: 'alice' });

    forgetOtherOperators(queryClient, 'bob');
    expect(queryClient.getQueryData(queryKeys.dashboard)).toBeUndefined();
    expect(queryClient.getQueryData(queryKeys.status)).toEqual({ who: 'status' });
  });

  it('forgets on sign-out too (nobody at the desk)', () => {
    const queryClient = new QueryClient();
    forgetOtherOperators(queryClient, 'alice');
    queryClient.setQueryData(queryKeys.dashboard, { who: 'alice' });
    forgetOtherOperators(queryClient, null);
    expect(queryClient.getQueryData(queryKeys.dashboard)).toBeUndefined();
  });
});

describe('the home page data asked for at sign-in', () => {
  it('asks for every card the role may see, and keeps the answers when the gate renders', async () => {
    atAddress('');
    const queryClient = new QueryClient();
    const { call, asked } = recordingCaller();
    forgetOtherOperators(queryClient, 'carol'); // what sign-in does first
    prefetchHomeData(queryClient, call, 'cashier');
    forgetOtherOperators(queryClient, 'carol'); // what the startup gate does when it renders
    expect(asked.sort()).toEqual(['dashboard.summary', 'reports.revenueChart', 'reports.voucherStock', 'routers.health', 'routers.list']);
    await vi.waitFor(() => expect(queryClient.getQueryData(queryKeys.dashboard)).toEqual({ name: 'dashboard.summary' }));
  });

  it('skips what the role may not call', () => {
    atAddress('#/dashboard');
    const { call, asked } = recordingCaller();
    prefetchHomeData(new QueryClient(), call, 'technician');
    expect(asked).not.toContain('reports.revenueChart');
    expect(asked).not.toContain('reports.voucherStock');
    expect(asked).toContain('dashboard.summary');
  });

  it('asks for nothing when the address opens another page', () => {
    atAddress('#/till');
    const { call, asked } = recordingCaller();
    prefetchHomeData(new QueryClient(), call, 'owner');
    expect(asked).toEqual([]);
  });
});
