// The importer end to end through the core's procedures: a simulated router seeded MikHmon-style on a
// pre-7.10 and a 7.10+ RouterOS, preview -> apply -> preview again -> apply again (nothing new).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importedPppSecrets, voucherBatches, voucherPlans, voucherSales, vouchers } from '../../src-main/db/schema';
import type { ImportKind } from '../../src-shared/ipc/schemas/imports';
import { startRouterHarness, waitOnline, type RouterHarness } from '../routers/domain/support';
import { DAY, HOUR, SEEDED, seedMikhmonRouter } from './seed';

const START = Date.UTC(2026, 0, 15, 10, 0, 0);
const ALL = { profiles: true, vouchers: true, sales: true, ppp: true };

async function seededHarness(version: string, iso: boolean): Promise<RouterHarness & { loginKx: number; loginEf: number }> {
  const rh = await startRouterHarness({ version, startTimeMs: START });
  // The simulator's clock runs in UTC; router dates are read in the office zone.
  await rh.h.must('owner', 'settings.update', { timeZone: 'UTC' });
  return { ...rh, ...seedMikhmonRouter(rh.sim, iso) };
}

const TABLES = {
  plans: 'voucher_plans',
  batches: 'voucher_batches',
  vouchers: 'vouchers',
  sales: 'voucher_sales',
  pppProfiles: 'imported_ppp_profiles',
  pppSecrets: 'imported_ppp_secrets',
} as const;

function tableCounts(rh: RouterHarness): Record<keyof typeof TABLES, number> {
  const { sqlite } = rh.h.core.services;
  const rows = Object.entries(TABLES).map(([key, table]) => [key, (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]);
  return Object.fromEntries(rows) as Record<keyof typeof TABLES, number>;
}

const EXPECTED_TOTALS: Record<ImportKind, number> = {
  profiles: SEEDED.profiles.length,
  batches: SEEDED.batches.length,
  unusedVouchers: SEEDED.unusedVouchers.length,
  usedVouchers: SEEDED.usedVouchers.length,
  sales: SEEDED.sales.length,
  pppProfiles: SEEDED.pppProfiles.length,
  pppSecrets: SEEDED.pppSecrets.length,
};

describe.each([
  ['6.49.10', false],
  ['7.16.2', true],
])('MikHmon import through the core, RouterOS %s', (version, iso) => {
  it('previews the seed, imports exactly that, and a second import adds nothing', async () => {
    const rh = await seededHarness(version, iso);
    const { h, sim, routerId } = rh;
    const progress: Array<{ operation: string; phase: string; kind: string | null }> = [];
    h.core.events.attach('owner', (event, payload) => {
      if (event === 'imports.progress') progress.push(payload as (typeof progress)[number]);
    });
    h.core.startBackground();
    await waitOnline(rh);
    const connections = sim.connectionCount();

    const preview = await h.must('owner', 'imports.preview', { routerId });
    // Read over the router's live session: no extra connection was opened.
    expect(sim.connectionCount()).toBe(connections);
    expect(preview.router).toEqual({ version: `${version} (stable)`, isoDates: iso });
    for (const [kind, total] of Object.entries(EXPECTED_TOTALS)) {
      expect(preview.counts[kind as ImportKind], kind).toEqual({ total, new: total, imported: 0, update: 0, conflict: 0 });
    }
    expect(preview.profiles.map((p) => p.name)).toEqual(SEEDED.profiles);
    expect(preview.voucherBatches.map((b) => b.comment)).toEqual(SEEDED.batches);
    expect(preview.voucherBatches.flatMap((b) => b.vouchers.map((v) => v.name))).toEqual(SEEDED.unusedVouchers);
    expect(preview.usedVouchers.map((u) => u.name)).toEqual(SEEDED.usedVouchers);
    expect(preview.sales.map((s) => s.user)).toEqual(SEEDED.sales);
    expect(preview.pppSecrets.map((s) => s.name)).toEqual(SEEDED.pppSecrets);
    expect(preview.otherUsers.map((u) => u.name)).toEqual(['boss']);
    expect(preview.problems).toEqual([]);
    expect(preview.warnings.map((w) => w.code)).toEqual(iso ? ['expiry-broken-7.10'] : []);
    expect(JSON.stringify(preview)).not.toContain('3852'); // voucher passwords stay out of the preview
    expect(tableCounts(rh)).toEqual({ plans: 0, batches: 0, vouchers: 0, sales: 0, pppProfiles: 0, pppSecrets: 0 });

    const applied = await h.must('owner', 'imports.apply', { routerId, include: ALL });
    for (const [kind, total] of Object.entries(EXPECTED_TOTALS)) {
      expect(applied.counts[kind as ImportKind], kind).toEqual({ imported: total, updated: 0, skipped: 0 });
    }
    expect(tableCounts(rh)).toEqual({ plans: 5, batches: 3, vouchers: 6, sales: 3, pppProfiles: 3, pppSecrets: 2 });
    expect(progress.filter((p) => p.operation === 'apply').map((p) => p.phase)).toEqual([
      'reading',
      ...Array<string>(7).fill('writing'),
      'done',
    ]);

    // What was written, marked as imported.
    const { db } = h.core.services;
    const plans = db.select().from(voucherPlans).all();
    expect(plans.every((p) => p.source === 'mikhmon-import' && p.routerId === routerId && p.naturalKey?.startsWith(`mikhmon:${routerId}:hotspot-profile:`))).toBe(true);
    expect(plans.find((p) => p.name === '1day')).toMatchObject({ priceMinor: 5000, sellingPriceMinor: 6000, validityMs: DAY, expiryMode: 'remove', mikhmonMode: 'rem', rateLimit: '1M/2M', sharedUsers: 1, macLock: false });
    expect(plans.find((p) => p.name === '3hours')).toMatchObject({ priceMinor: 2000, validityMs: 3 * HOUR, expiryMode: 'remove', mikhmonMode: 'remc', macLock: true, sharedUsers: 2 });
    expect(plans.find((p) => p.name === 'monthly')).toMatchObject({ priceMinor: 150000, validityMs: null, expiryMode: 'none', mikhmonMode: '0' });
    expect(plans.find((p) => p.name === 'staff')).toMatchObject({ priceMinor: null, expiryMode: 'none', mikhmonMode: null, sessionTimeoutMs: 8 * HOUR });
    const planId = (name: string): string | undefined => plans.find((p) => p.hotspotProfile === name)?.id;

    const batches = db.select().from(voucherBatches).all();
    const promo = batches.find((b) => b.routerComment === 'vc-482-01.14.26-promo');
    expect(promo).toMatchObject({ planId: planId('1day'), note: 'promo', userMode: 'vc', voucherCount: 2, source: 'mikhmon-import', createdAt: Date.UTC(2026, 0, 14) });
    const up117 = batches.find((b) => b.routerComment === 'up-117-01.15.26-');
    expect(up117).toMatchObject({ planId: planId('3hours'), userMode: 'up', voucherCount: 1 });
    expect(batches.find((b) => b.routerComment === '')).toMatchObject({ userMode: null, voucherCount: 1, planId: planId('1day') });

    const byCode = new Map(db.select().from(vouchers).all().map((v) => [v.code, v]));
    expect(byCode.get('00123')).toMatchObject({ password: '0123', status: 'on_router', batchId: up117?.id, planId: planId('3hours'), dataLimitBytes: 1073741824 });
    expect(byCode.get('walkin')).toMatchObject({ status: 'on_router', timeLimitMs: HOUR });
    // KX7P: its sale gives the first login and, through the sale's comment, the batch it came from.
    expect(byCode.get('KX7P')).toMatchObject({ status: 'used', firstLoginAt: rh.loginKx, expiresAt: rh.loginKx + 3 * HOUR, batchId: up117?.id, password: '3852' });
    // ef67 (mode rem, no sale): first login = expiry - validity.
    expect(byCode.get('ef67')).toMatchObject({ status: 'used', firstLoginAt: rh.loginEf, expiresAt: rh.loginEf + DAY, batchId: null, macAddress: null });

    const sales = db.select().from(voucherSales).all();
    expect(sales.map((s) => [s.username, s.priceMinor, s.soldAt, s.source, s.voucherId !== null])).toEqual([
      ['old1', 5000, Date.UTC(2025, 11, 31, 23, 59, 0), 'mikhmon-import', false],
      ['old2', 2000, Date.UTC(2026, 0, 1, 0, 0, 30), 'mikhmon-import', false],
      ['KX7P', 2000, rh.loginKx, 'mikhmon-import', true],
    ]);
    expect(sales[2]).toMatchObject({ voucherId: byCode.get('KX7P')?.id, planId: planId('3hours'), ipAddress: '10.5.50.13', macAddress: 'AA:BB:CC:00:11:23', mikhmonOwner: iso ? '202-15' : 'jan2026' });
    // The sales ledger is insert-only.
    expect(() => h.core.services.sqlite.prepare('UPDATE voucher_sales SET price_minor = 0').run()).toThrow(/insert-only/);
    expect(() => h.core.services.sqlite.prepare('DELETE FROM voucher_sales').run()).toThrow(/insert-only/);
    expect(db.select().from(importedPppSecrets).where(eq(importedPppSecrets.name, 'budi')).get()).toMatchObject({
      profile: 'home-10M',
      comment: 'Jl. Merdeka 1',
      lastLoggedOutAt: START + 120_000,
      disabled: false,
    });

    // One audit entry for the whole apply, with the counts.
    const audit = await h.must('owner', 'audit.list', { procedure: 'imports.apply', limit: 10 });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]?.summary).toMatch(/^imported from router Tower: 22 new, 0 updated/);

    // Second time: everything is already imported and nothing is written.
    const again = await h.must('owner', 'imports.preview', { routerId });
    for (const [kind, total] of Object.entries(EXPECTED_TOTALS)) {
      expect(again.counts[kind as ImportKind], kind).toEqual({ total, new: 0, imported: total, update: 0, conflict: 0 });
    }
    const before = h.changes();
    const second = await h.must('owner', 'imports.apply', { routerId, include: ALL });
    expect(second.totals).toEqual({ imported: 0, updated: 0, skipped: 22 });
    expect(tableCounts(rh)).toEqual({ plans: 5, batches: 3, vouchers: 6, sales: 3, pppProfiles: 3, pppSecrets: 2 });
    expect(h.changes() - before).toBe(1); // the audit row only

    // A voucher used since the import becomes an update; a new MikHmon sale is new.
    sim.advanceClock(HOUR);
    const loginNew = sim.nowMs();
    sim.loginHotspotUser('00123', { address: '10.5.50.20', macAddress: 'AA:BB:CC:00:11:30' });
    const third = await h.must('owner', 'imports.preview', { routerId });
    expect(third.usedVouchers.find((u) => u.name === '00123')?.state).toBe('update');
    expect(third.counts.sales).toMatchObject({ new: 1, imported: 3 });
    const applied3 = await h.must('owner', 'imports.apply', { routerId, include: ALL });
    expect(applied3.counts.usedVouchers).toEqual({ imported: 0, updated: 1, skipped: 2 });
    expect(applied3.counts.sales).toEqual({ imported: 1, updated: 0, skipped: 3 });
    const used = db.select().from(vouchers).where(eq(vouchers.code, '00123')).get();
    expect(used).toMatchObject({ status: 'used', firstLoginAt: loginNew, expiresAt: loginNew + 3 * HOUR, batchId: up117?.id });
    expect(tableCounts(rh).vouchers).toBe(6);

    // Imported items are the operator's (no mb: marker): reconcile leaves every one of them alone.
    const routerBefore = ['/ip/hotspot/user', '/ip/hotspot/user/profile', '/ppp/secret', '/ppp/profile'].map((m) => sim.rows(m));
    const report = await h.must('owner', 'routers.reconcile', { routerId });
    expect(report).toEqual({ added: 0, updated: 0, removed: 0, conflicts: [], errors: [] });
    expect(['/ip/hotspot/user', '/ip/hotspot/user/profile', '/ppp/secret', '/ppp/profile'].map((m) => sim.rows(m))).toEqual(routerBefore);
  });
});

describe('imports.apply failures write nothing', () => {
  it('a constraint error in the middle of the write rolls the whole import back', async () => {
    const rh = await seededHarness('7.16.2', true);
    const { h, routerId } = rh;
    // Plans and batches are written before vouchers; this makes the voucher insert fail half-way.
    h.core.services.sqlite.exec(`CREATE TRIGGER forced_failure BEFORE INSERT ON vouchers WHEN NEW.code = 'walkin'
      BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`);
    const auditBefore = (await h.must('owner', 'audit.list', { limit: 500 })).entries.length;
    const result = await h.call('owner', 'imports.apply', { routerId, include: ALL });
    expect(result.ok).toBe(false);
    expect(tableCounts(rh)).toEqual({ plans: 0, batches: 0, vouchers: 0, sales: 0, pppProfiles: 0, pppSecrets: 0 });
    expect((await h.must('owner', 'audit.list', { limit: 500 })).entries.length).toBe(auditBefore);
    // Once the cause is gone the same import goes through in full.
    h.core.services.sqlite.exec('DROP TRIGGER forced_failure');
    const applied = await h.must('owner', 'imports.apply', { routerId, include: ALL });
    expect(applied.totals.imported).toBe(22);
  });

  it('an unreachable router is a CONFLICT naming the router error, and nothing is written', async () => {
    const rh = await seededHarness('6.49.10', false);
    await rh.sim.close();
    const before = rh.h.changes();
    for (const name of ['imports.preview', 'imports.apply'] as const) {
      const result = await rh.h.call('owner', name, { routerId: rh.routerId });
      expect(result.ok ? 'OK' : result.error.code, name).toBe('CONFLICT');
      expect(result.ok ? '' : result.error.message).toMatch(/router could not be read/);
    }
    expect(rh.h.changes()).toBe(before);
    expect(tableCounts(rh)).toEqual({ plans: 0, batches: 0, vouchers: 0, sales: 0, pppProfiles: 0, pppSecrets: 0 });
  });

  it('include leaves kinds out; two applies at once never import twice', async () => {
    const rh = await seededHarness('7.16.2', true);
    const { h, routerId } = rh;
    const onlyPpp = await h.must('owner', 'imports.apply', { routerId, include: { profiles: false, vouchers: false, sales: false, ppp: true } });
    expect(onlyPpp.totals).toEqual({ imported: 5, updated: 0, skipped: 0 });
    expect(tableCounts(rh)).toEqual({ plans: 0, batches: 0, vouchers: 0, sales: 0, pppProfiles: 3, pppSecrets: 2 });
    // Vouchers without their profiles: no plan to link to yet.
    await h.must('owner', 'imports.apply', { routerId, include: { profiles: false, vouchers: true, sales: false, ppp: false } });
    expect(h.core.services.db.select().from(vouchers).all().every((v) => v.planId === null)).toBe(true);

    const [a, b] = await Promise.all([h.call('owner', 'imports.apply', { routerId }), h.call('manager', 'imports.apply', { routerId })]);
    const codes = [a, b].map((r) => (r.ok ? 'OK' : r.error.code)).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(tableCounts(rh)).toEqual({ plans: 5, batches: 3, vouchers: 6, sales: 3, pppProfiles: 3, pppSecrets: 2 });
  });
});
