import { describe, expect, it } from 'vitest';
import { attrs } from './raw-client';
import { useSim } from './test-helpers';

const sims = useSim();

describe('/listen and /cancel', () => {
  it('streams added, changed and removed rows until cancelled, then answers in RouterOS order', async () => {
    const sim = await sims.start();
    const watcher = await sims.client(sim);
    const writer = await sims.client(sim);
    watcher.send(['/ip/hotspot/user/listen', '=.proplist=.id,name,comment', '.tag=L']);

    await writer.talk(['/ip/hotspot/user/add', '=name=v1']);
    expect(await watcher.next()).toEqual(['!re', '.tag=L', '=.id=*1', '=name=v1']);
    await writer.talk(['/ip/hotspot/user/set', '=.id=*1', '=comment=sold']);
    expect(await watcher.next()).toEqual(['!re', '.tag=L', '=.id=*1', '=name=v1', '=comment=sold']);
    await writer.talk(['/ip/hotspot/user/remove', '=.id=*1']);
    expect(await watcher.next()).toEqual(['!re', '.tag=L', '=.id=*1', '=.dead=true']);

    watcher.send(['/cancel', '=tag=L', '.tag=C']);
    expect(await watcher.next()).toEqual(['!trap', '.tag=L', '=category=2', '=message=interrupted']);
    expect(await watcher.next()).toEqual(['!done', '.tag=C']);
    expect(await watcher.next()).toEqual(['!done', '.tag=L']);

    // nothing more arrives for the cancelled listen
    await writer.talk(['/ip/hotspot/user/add', '=name=v2']);
    expect(await watcher.talk(['/system/identity/print', '.tag=after'])).toEqual([
      ['!re', '.tag=after', '=name=MikroTik'],
      ['!done', '.tag=after'],
    ]);
  });

  it('keeps the same order with the tag last', async () => {
    const sim = await sims.start({ tagPosition: 'last' });
    const c = await sims.client(sim);
    c.send(['/ppp/active/listen', '.tag=5']);
    c.send(['/cancel', '=tag=5', '.tag=6']);
    expect(await c.next()).toEqual(['!trap', '=category=2', '=message=interrupted', '.tag=5']);
    expect(await c.next()).toEqual(['!done', '.tag=6']);
    expect(await c.next()).toEqual(['!done', '.tag=5']);
  });

  it('streams sessions logged in through the test API', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/add', '=name=v1']);
    c.send(['/ip/hotspot/active/listen', '.tag=A']);
    await c.talk(['/system/identity/print', '.tag=sync']);
    const id = sim.loginHotspotUser('v1');
    const added = await c.next();
    expect(attrs(added)).toMatchObject({ '.id': id, user: 'v1', uptime: '0s' });
    sim.logoutHotspotUser('v1');
    expect(await c.next()).toEqual(['!re', '.tag=A', `=.id=${id}`, '=.dead=true']);
  });

  it('a bare /cancel ends every stream; print =follow= streams after the initial rows', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ppp/secret/add', '=name=s1']);
    c.send(['/ppp/secret/print', '=follow=', '=.proplist=name', '.tag=F']);
    expect(await c.next()).toEqual(['!re', '.tag=F', '=name=s1']);
    c.send(['/ip/hotspot/user/listen', '.tag=H']);
    await c.talk(['/ppp/secret/add', '=name=s2', '.tag=add']).catch(() => undefined);
    c.send(['/cancel', '.tag=C']);
    const rest: string[][] = [];
    for (;;) {
      const s = await c.next();
      rest.push(s);
      if (s[0] === '!done' && s.includes('.tag=H')) break;
    }
    expect(rest).toContainEqual(['!trap', '.tag=F', '=category=2', '=message=interrupted']);
    expect(rest).toContainEqual(['!trap', '.tag=H', '=category=2', '=message=interrupted']);
    const cancelDone = rest.findIndex((s) => s[0] === '!done' && s.includes('.tag=C'));
    const traps = rest.map((s, i) => (s[0] === '!trap' ? i : -1)).filter((i) => i >= 0);
    expect(Math.max(...traps)).toBeLessThan(cancelDone);
    expect(rest.at(-2)).toEqual(['!done', '.tag=F']);
  });
});
