import { describe, expect, it } from 'vitest';
import { startRouterHarness, waitFor, waitOnline } from './support';

const MINUTE = 60_000;

describe('router health', () => {
  it('reads health as soon as a router comes online, not at the next poll tick', async () => {
    // The harness polls once an hour, so only the on-connect read can fill this in.
    const rh = await startRouterHarness({ version: '7.18.1' });
    rh.h.core.startBackground();
    await waitOnline(rh);
    await waitFor(async () => (await rh.h.must('cashier', 'routers.health', {}))[0]?.online === true, 5000, 'health read');
    const [health] = await rh.h.must('cashier', 'routers.health', {});
    expect(health?.version).toContain('7.18.1');
  });

  it('keeps the latest health and raises CPU/memory alerts only when sustained, then clears them', async () => {
    const rh = await startRouterHarness({ version: '7.16.2' });
    rh.h.core.startBackground();
    await waitOnline(rh);
    const monitor = rh.h.core.services.routerRuntime.health;
    const alerts = () => rh.events.filter((e) => e.event === 'routers.alerts').map((e) => e.payload as { kind: string; active: boolean });

    await monitor.pollAll();
    const [first] = await rh.h.must('cashier', 'routers.health', {});
    expect(first).toMatchObject({ routerId: rh.routerId, online: true, version: expect.stringContaining('7.16.2'), alerts: [] });
    expect(first?.cpuLoad).toEqual(expect.any(Number));

    const total = first?.totalMemory ?? 0;
    rh.sim.setResource({ 'cpu-load': '95', 'free-memory': String(Math.floor(total * 0.1)) });
    await monitor.pollAll();
    rh.h.clock.advance(2 * MINUTE);
    await monitor.pollAll();
    expect(alerts()).toEqual([]); // not yet sustained for 3 minutes
    rh.h.clock.advance(MINUTE);
    await monitor.pollAll();
    expect(alerts()).toEqual([
      { kind: 'cpu', active: true },
      { kind: 'memory', active: true },
    ].map((a) => expect.objectContaining(a)));
    expect((await rh.h.must('owner', 'routers.health', { routerId: rh.routerId }))[0]?.alerts.sort()).toEqual(['cpu', 'memory']);

    rh.sim.setResource({ 'cpu-load': '10' });
    rh.h.clock.advance(30_000);
    await monitor.pollAll();
    expect(alerts().at(-1)).toEqual(expect.objectContaining({ kind: 'cpu', active: false }));
  });

  it('a spike shorter than the window does not alert; an unreachable router alerts at once', async () => {
    const rh = await startRouterHarness();
    rh.h.core.startBackground();
    await waitOnline(rh);
    const monitor = rh.h.core.services.routerRuntime.health;
    rh.sim.setResource({ 'cpu-load': '99' });
    await monitor.pollAll();
    rh.h.clock.advance(2 * MINUTE);
    rh.sim.setResource({ 'cpu-load': '5' });
    await monitor.pollAll();
    rh.h.clock.advance(2 * MINUTE);
    rh.sim.setResource({ 'cpu-load': '99' });
    await monitor.pollAll();
    expect(rh.events.filter((e) => e.event === 'routers.alerts')).toEqual([]);

    rh.sim.setFaults({ refuseConnections: true });
    await rh.sim.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await monitor.pollAll();
    const [health] = await rh.h.must('owner', 'routers.health', {});
    expect(health).toMatchObject({ online: false, alerts: ['unreachable'], cpuLoad: 99 });
    expect(rh.events.filter((e) => e.event === 'routers.alerts').map((e) => e.payload)).toEqual([
      expect.objectContaining({ kind: 'unreachable', active: true, routerName: 'Tower' }),
    ]);
  });
});
