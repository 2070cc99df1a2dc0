import { describe, expect, it } from 'vitest';
import { RawClient, rowsOf } from './raw-client';
import { eventually, sleep, useSim } from './test-helpers';

const sims = useSim();

describe('fault injection', () => {
  it('bytewise split writes still parse, arriving in many separate reads', async () => {
    const sim = await sims.start({ faults: { splitWrites: 'bytewise' } });
    const c = await sims.client(sim);
    const before = c.reads;
    const reply = await c.talk(['/system/identity/print', '.tag=1']);
    expect(reply).toEqual([['!re', '.tag=1', '=name=MikroTik'], ['!done', '.tag=1']]);
    // 33 bytes on the wire; loopback may still merge a few, but most must arrive alone
    expect(c.reads - before).toBeGreaterThan(15);
  });

  it('N-byte split writes still parse', async () => {
    const sim = await sims.start({ faults: { splitWrites: 3 } });
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/add', '=name=x'.padEnd(300, 'x')]);
    expect(rowsOf(await c.talk(['/ip/hotspot/user/print', '=.proplist=name']))[0]?.name).toHaveLength(294);
  });

  it('delays every reply like a link would: pipelined replies overlap in flight, order kept', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/add', '=name=a']);
    sim.setFaults({ replyLatencyMs: 40 });
    const t0 = Date.now();
    await c.talk(['/ip/hotspot/user/print']); // !re + !done
    expect(Date.now() - t0).toBeGreaterThanOrEqual(38);
    // Five pipelined commands: each reply waits 40 ms from when it was produced, not behind the others.
    const t2 = Date.now();
    for (let i = 1; i <= 5; i += 1) c.send(['/system/identity/print', `.tag=${i}`]);
    for (let i = 1; i <= 5; i += 1) expect(await c.readUntilDone(String(i))).toContainEqual(['!done', `.tag=${i}`]);
    const pipelined = Date.now() - t2;
    expect(pipelined).toBeGreaterThanOrEqual(38);
    expect(pipelined).toBeLessThan(5 * 40);
    sim.setFaults({ replyLatencyMs: 0 });
    const t1 = Date.now();
    await c.talk(['/ip/hotspot/user/print']);
    expect(Date.now() - t1).toBeLessThan(40);
  });

  it('resets the connection once the Nth command (login counts) is answered', async () => {
    const sim = await sims.start({ faults: { resetAfterCommands: 2 } });
    const c = await sims.client(sim); // command 1: login
    expect(await c.talk(['/ip/hotspot/user/add', '=name=a'])).toEqual([['!done', '=ret=*1']]); // command 2
    await c.waitClosed();
    await eventually(() => sim.connectionCount() === 0);
    await expect(c.next(200)).rejects.toThrow('connection closed');
  });

  it('drops every Nth reply while the command still takes effect', async () => {
    const sim = await sims.start({ faults: { dropReplyEveryNth: 3 } });
    const c = await sims.client(sim); // 1
    c.send(['/ip/hotspot/user/add', '=name=a', '.tag=2']); // 2
    c.send(['/ip/hotspot/user/add', '=name=b', '.tag=3']); // 3: dropped
    c.send(['/ip/hotspot/user/add', '=name=c', '.tag=4']); // 4
    expect(await c.next()).toEqual(['!done', '.tag=2', '=ret=*1']);
    expect(await c.next()).toEqual(['!done', '.tag=4', '=ret=*3']);
    expect(sim.rows('/ip/hotspot/user').map((r) => r.name)).toEqual(['a', 'b', 'c']);
    await expect(c.next(100)).rejects.toThrow('no sentence');
  });

  it('sends !fatal with a reason after the Nth command, then closes', async () => {
    const sim = await sims.start({ faults: { fatalAfterCommands: 2 } });
    const c = await sims.client(sim);
    c.send(['/system/identity/print', '.tag=a']);
    expect(await c.next()).toEqual(['!re', '.tag=a', '=name=MikroTik']);
    expect(await c.next()).toEqual(['!done', '.tag=a']);
    expect(await c.next()).toEqual(['!fatal', 'session terminated by fault injection']);
    await c.waitClosed();
  });

  it('refuses connections while switched on, and accepts again when switched off', async () => {
    const sim = await sims.start({ faults: { refuseConnections: true } });
    const c = await RawClient.connect(sim.port);
    await c.waitClosed();
    expect(sim.connectionCount()).toBe(0);
    sim.setFaults({ refuseConnections: false });
    const ok = await sims.client(sim);
    expect(rowsOf(await ok.talk(['/system/identity/print']))).toEqual([{ name: 'MikroTik' }]);
  });

  it('applies fault changes to open connections', async () => {
    const sim = await sims.start();
    const c = await sims.client(sim);
    sim.setFaults({ fatalAfterCommands: 3, fatalReason: 'router rebooting' });
    await c.talk(['/system/identity/print']); // 2
    c.send(['/system/identity/print']); // 3
    await c.readUntilDone();
    expect(await c.next()).toEqual(['!fatal', 'router rebooting']);
    await c.waitClosed();
    await sleep(10);
    expect(() => sim.setFaults({ resetAfterCommands: 0 })).toThrow(RangeError);
  });
});
