import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { vouchers } from '../../../src-main/db/schema';
import { readDesired } from '../../../src-main/routers/desired/store';
import { expiryWorld, hotspotUser, type ExpiryWorld } from '../expiry/support';

const DAY = 86_400_000;
const MIN = 60_000;

const voucherRow = (w: ExpiryWorld, code: string) => {
  const row = w.h.core.services.db.select().from(vouchers).where(eq(vouchers.code, code)).get();
  if (!row) throw new Error(`no voucher ${code}`);
  return row;
};
const refresh = (w: ExpiryWorld, role: 'cashier' | 'owner' = 'cashier') => w.h.must(role, 'vouchers.usage.refresh', { routerId: w.routerId });

describe('vouchers.usage.refresh', () => {
  it('reads first login, expiry, uptime and bytes back (router UTC clock) and marks the voucher used', async () => {
    const w = await expiryWorld({ version: '7.9', expiryMode: 'remove' });
    const [code] = w.codes as [string];
    const loginAt = w.sim.nowMs();
    w.sim.loginHotspotUser(code);
    w.sim.addHotspotTraffic(code, 1500, 9000);
    w.sim.advanceClock(90 * 60_000);
    w.sim.logoutHotspotUser(code);
    const summary = await refresh(w);
    expect(summary).toMatchObject({ read: 3, firstLogins: 1, expired: 0, endedByApp: 0, missing: 0, routerTime: w.sim.nowMs() });
    expect(voucherRow(w, code)).toMatchObject({ status: 'used', firstLoginAt: loginAt, expiresAt: loginAt + DAY, uptimeMs: 90 * 60_000, bytesIn: 1500, bytesOut: 9000 });
    expect((await refresh(w)).firstLogins).toBe(0);
    const audit = await w.h.must('owner', 'audit.list', { procedure: 'vouchers.usage.refresh', limit: 5 });
    expect(audit.entries[0]?.summary).toBe('read voucher usage on Tower: 0 first logins, 0 expired by the router, 0 ended by the app');
  });

  it('records what the scheduler removed, and reconcile does not bring the user back', async () => {
    const w = await expiryWorld({ version: '7.16.2', expiryMode: 'remove' });
    const [code, other] = w.codes as [string, string];
    w.sim.loginHotspotUser(code);
    const expiresAt = w.sim.nowMs() + DAY;
    await refresh(w);
    w.sim.advanceClock(DAY + 3 * MIN);
    expect(hotspotUser(w.sim, code)).toBeUndefined();
    const summary = await refresh(w);
    expect(summary).toMatchObject({ expired: 1, endedByApp: 0, codes: { expired: [code] } });
    expect(voucherRow(w, code)).toMatchObject({ status: 'expired', endedAt: expiresAt });
    expect(readDesired(w.h.core.services.db, w.routerId, '/ip/hotspot/user').has(code)).toBe(false);
    expect(await w.h.must('owner', 'routers.reconcile', { routerId: w.routerId })).toMatchObject({ added: 0, removed: 0 });
    expect(hotspotUser(w.sim, code)).toBeUndefined();
    expect(voucherRow(w, other).status).not.toBe('expired');
  });

  it('ends a voucher the router missed (scheduler disabled): removed by the app, recorded and audited', async () => {
    const w = await expiryWorld({ version: '6.49.10', expiryMode: 'remove' });
    const [code, unused] = w.codes as [string, string];
    w.sim.loginHotspotUser(code);
    w.sim.exec(['/system/scheduler/disable', '=numbers=mb-expiry-day pass']);
    w.sim.advanceClock(DAY + 10 * MIN);
    expect(hotspotUser(w.sim, code)).toBeDefined();
    const summary = await refresh(w, 'owner');
    expect(summary).toMatchObject({ firstLogins: 1, expired: 0, endedByApp: 1, codes: { endedByApp: [code] } });
    expect(hotspotUser(w.sim, code)).toBeUndefined();
    expect(w.sim.rows('/ip/hotspot/active')).toEqual([]);
    expect(hotspotUser(w.sim, unused)).toBeDefined();
    expect(voucherRow(w, code)).toMatchObject({ status: 'expired', endedAt: w.h.clock.now() });
    const audit = await w.h.must('owner', 'audit.list', { procedure: 'vouchers.usage.refresh', limit: 1 });
    expect(audit.entries[0]?.summary).toContain('1 ended by the app');
    // reconcile restores the plan's scheduler and does not bring the user back
    expect(await w.h.must('owner', 'routers.reconcile', { routerId: w.routerId })).toMatchObject({ added: 0, updated: 1, removed: 0 });
    expect(w.sim.rows('/system/scheduler')[0]?.disabled).toBe('false');
  });

  it('disable mode: a missed expiry is disabled by the app, and kept disabled by reconcile', async () => {
    const w = await expiryWorld({ version: '7.16.2', expiryMode: 'disable' });
    const [code] = w.codes as [string];
    w.sim.loginHotspotUser(code);
    w.sim.exec(['/system/scheduler/remove', '=numbers=mb-expiry-day pass']);
    w.sim.advanceClock(DAY + MIN);
    expect((await refresh(w)).endedByApp).toBe(1);
    expect(hotspotUser(w.sim, code)?.disabled).toBe('true');
    expect(w.sim.rows('/ip/hotspot/active')).toEqual([]);
    expect(voucherRow(w, code)).toMatchObject({ status: 'expired', disabled: true });
    const report = await w.h.must('owner', 'routers.reconcile', { routerId: w.routerId });
    expect(report).toMatchObject({ added: 1, updated: 0, removed: 0 });
    expect(hotspotUser(w.sim, code)?.disabled).toBe('true');
  });

  it('an unreachable router is a CONFLICT and writes nothing', async () => {
    const w = await expiryWorld({ version: '7.16.2', expiryMode: 'remove' });
    w.sim.setFaults({ refuseConnections: true });
    const result = await w.h.call('cashier', 'vouchers.usage.refresh', { routerId: w.routerId });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
