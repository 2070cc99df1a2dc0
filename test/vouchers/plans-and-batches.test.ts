import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff } from '../support/core-harness';
import { readDesired } from '../../src-main/routers/desired/store';
import { routerJobs, voucherSales } from '../../src-main/db/schema';
import { routerWithPlan } from './support';

describe('voucher plans', () => {
  it('create and update write the desired hotspot profile and queue its job in the same transaction', async () => {
    const h = await startOfficeWithStaff();
    const { routerId, planId } = await routerWithPlan(h, { sharedUsers: 0 });
    const { db } = h.core.services;
    expect(readDesired(db, routerId, '/ip/hotspot/user/profile').get('daily-1h')).toEqual({
      'on-login': expect.stringMatching(new RegExp(`^# mb:plan ${planId}\n`)),
      'rate-limit': '1M/2M',
      'shared-users': 'unlimited',
    });
    await h.must('manager', 'vouchers.plans.update', { id: planId, rateLimit: '2M/4M', sharedUsers: 2, priceMinor: 7000 });
    expect(readDesired(db, routerId, '/ip/hotspot/user/profile').get('daily-1h')).toMatchObject({ 'rate-limit': '2M/4M', 'shared-users': '2' });
    const jobs = db.select().from(routerJobs).where(eq(routerJobs.routerId, routerId)).all();
    expect(jobs.map((j) => j.kind)).toEqual(['hotspot-profile.upsert', 'hotspot-profile.upsert']);
    const [plan] = await h.must('cashier', 'vouchers.plans.list', { routerId });
    expect(plan).toMatchObject({ priceMinor: 7000, rateLimit: '2M/4M', sharedUsers: 2, source: 'app' });
    // One live plan per profile on a router.
    const dup = await h.call('owner', 'vouchers.plans.create', {
      routerId,
      hotspotProfile: 'daily-1h',
      name: 'Again',
      priceMinor: 1,
      validityMs: null,
      timeLimitMs: null,
      dataLimitBytes: null,
      rateLimit: null,
      sharedUsers: null,
      macLock: false,
      expiryMode: 'none',
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a plan with live vouchers cannot be removed; without them its profile is removed from the router', async () => {
    const h = await startOfficeWithStaff();
    const { routerId, planId } = await routerWithPlan(h);
    const batch = await h.must('owner', 'vouchers.generate', { planId, count: 3, length: 6, charset: 'digits', userMode: 'same' });
    expect(await h.call('owner', 'vouchers.plans.remove', { id: planId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await h.must('owner', 'vouchers.batches.delete', { id: batch.batchId, confirm: true });
    await h.must('owner', 'vouchers.plans.remove', { id: planId });
    expect(readDesired(h.core.services.db, routerId, '/ip/hotspot/user/profile').size).toBe(0);
    expect(await h.must('owner', 'vouchers.plans.list', {})).toEqual([]);
  });
});

describe('batches', () => {
  it('lists, exports CSV, sells once, and deletes only unsold batches (dropping their desired users)', async () => {
    const h = await startOfficeWithStaff();
    const { routerId, planId } = await routerWithPlan(h);
    const a = await h.must('manager', 'vouchers.generate', { planId, count: 20, length: 6, charset: 'upper', userMode: 'same', note: '=cmd "x"' });
    const b = await h.must('manager', 'vouchers.generate', { planId, count: 10, length: 6, charset: 'lower', userMode: 'same' });
    const list = await h.must('cashier', 'vouchers.batches.list', { planId });
    expect(list.total).toBe(2);
    expect(list.batches.map((x) => x.planName)).toEqual(['Daily 1h', 'Daily 1h']);
    // Each listed batch carries its own lifecycle counts.
    expect(Object.fromEntries(list.batches.map((x) => [x.id, x.counts.generated]))).toEqual({ [a.batchId]: 20, [b.batchId]: 10 });
    expect(list.batches.every((x) => x.counts.sold === 0 && x.counts.removed === 0)).toBe(true);

    const csv = await h.must('owner', 'vouchers.batches.exportCsv', { id: a.batchId });
    const lines = csv.csv.trim().split('\n');
    expect(lines[0]).toBe('serial,code,password,plan,profile,price_minor,status,note');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toMatch(/^1,[A-Z]{6},[A-Z]{6},Daily 1h,daily-1h,5000,generated,"'=cmd ""x"""$/);

    const { rows } = await h.must('cashier', 'vouchers.list', { batchId: a.batchId, limit: 1 });
    const voucher = rows[0]!;
    const sale = await h.must('cashier', 'vouchers.sell', { voucherId: voucher.id });
    expect(sale).toMatchObject({ voucherId: voucher.id, code: voucher.code, priceMinor: 5000 });
    expect(await h.call('cashier', 'vouchers.sell', { voucherId: voucher.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await h.call('cashier', 'vouchers.sell', { voucherId: rows[0]!.id, priceMinor: 1 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const ledger = h.core.services.db.select().from(voucherSales).all();
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ source: 'till', planName: 'Daily 1h', username: voucher.code, priceMinor: 5000 });

    expect(await h.call('owner', 'vouchers.batches.delete', { id: a.batchId, confirm: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(readDesired(h.core.services.db, routerId, '/ip/hotspot/user').size).toBe(30);
    expect(await h.must('owner', 'vouchers.batches.delete', { id: b.batchId, confirm: true })).toEqual({ id: b.batchId, removed: 10 });
    expect(readDesired(h.core.services.db, routerId, '/ip/hotspot/user').size).toBe(20);
    expect((await h.must('owner', 'vouchers.list', { status: 'removed', limit: 100 })).total).toBe(10);
    expect((await h.must('owner', 'vouchers.batches.list', {})).total).toBe(1);
    const audit = await h.must('owner', 'audit.list', { procedure: 'vouchers.generate', limit: 5 });
    expect(audit.entries[0]).toMatchObject({ summary: 'generated 10 vouchers of plan Daily 1h' });
  });
});
