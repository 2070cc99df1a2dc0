import { describe, expect, it } from 'vitest';
import { startRouterHarness, waitOnline } from '../routers/domain/support';
import type { AlertChangeEvent } from '../../src-shared/ipc/schemas/health';

describe('alerts in the core', () => {
  it('a router that stays down raises one alert, broadcast as alerts.changed; acknowledge clears the count', async () => {
    const rh = await startRouterHarness({}, { alerts: { intervalMs: 3_600_000, routerDownMs: 60_000 } });
    const { h } = rh;
    const heard: AlertChangeEvent[] = [];
    const unsubscribe = h.core.services.alerts.subscribe((event) => heard.push(event));
    h.core.startBackground();
    await waitOnline(rh);
    await rh.sim.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const alerts = h.core.services.alerts;
    expect(alerts.evaluate().filter((change) => change.alert.kind === 'router-down')).toEqual([]);
    h.clock.advance(61_000);
    const raised = alerts.evaluate().filter((change) => change.alert.kind === 'router-down');
    expect(raised).toMatchObject([{ change: 'raised', alert: { key: `router-down:${rh.routerId}`, subject: 'Tower', level: 'error' } }]);
    // Still down: no second alert.
    h.clock.advance(60_000);
    expect(alerts.evaluate().filter((change) => change.alert.kind === 'router-down')).toEqual([]);
    expect(rh.events.filter((event) => event.event === 'alerts.changed').map((event) => (event.payload as AlertChangeEvent).alert.kind)).toContain('router-down');
    expect(heard.some((event) => event.alert.kind === 'router-down' && event.change === 'raised')).toBe(true);

    const listed = await h.must('manager', 'alerts.list', {});
    const open = listed.alerts.find((alert) => alert.kind === 'router-down');
    expect(open).toMatchObject({ clearedAt: null, acknowledgedAt: null });
    const after = await h.must('manager', 'alerts.acknowledge', { id: open?.id ?? '' });
    expect(after.alerts.find((alert) => alert.id === open?.id)?.acknowledgedAt).toBe(h.clock.now());
    expect(after.unacknowledged).toBe(listed.unacknowledged - 1);
    const missing = await h.call('manager', 'alerts.acknowledge', { id: 'no-such-alert' });
    expect(missing.ok ? 'OK' : missing.error.code).toBe('NOT_FOUND');
    unsubscribe();
  });

  it('cashiers cannot see alerts', async () => {
    const rh = await startRouterHarness();
    const result = await rh.h.call('cashier', 'alerts.list', {});
    expect(result.ok ? 'OK' : result.error.code).toBe('FORBIDDEN');
  });
});
