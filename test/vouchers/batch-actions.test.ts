import { describe, expect, it } from 'vitest';
import { readDesired } from '../../src-main/routers/desired/store';
import { SAMPLE_PLAN } from '../support/sample-inputs';
import { startRouterHarness, type RouterHarness } from '../routers/domain/support';

/** The simulator's hotspot users as name -> attributes. */
function simUsers(rh: RouterHarness): Map<string, Record<string, string>> {
  const users = new Map<string, Record<string, string>>();
  for (const sentence of rh.sim.exec(['/ip/hotspot/user/print'])) {
    if (sentence[0] !== '!re') continue;
    const row = Object.fromEntries(sentence.slice(1).map((word) => {
      const eq = word.indexOf('=', 1);
      return [word.slice(1, eq), word.slice(eq + 1)];
    }));
    if (row.name) users.set(row.name, row);
  }
  return users;
}

async function planAndBatch(rh: RouterHarness, count: number): Promise<{ batchId: string; codes: string[] }> {
  const plan = await rh.h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId: rh.routerId, hotspotProfile: 'daily' });
  const batch = await rh.h.must('owner', 'vouchers.generate', { planId: plan.id, count, length: 8, charset: 'upper-digits', userMode: 'same' });
  const { rows } = await rh.h.must('owner', 'vouchers.list', { batchId: batch.batchId, limit: 1000 });
  return { batchId: batch.batchId, codes: rows.map((row) => row.code) };
}

describe('batch push and disable', () => {
  it('pushes a batch to the router on demand and reports how many it holds', async () => {
    const rh = await startRouterHarness();
    const { batchId, codes } = await planAndBatch(rh, 40);
    const pushed = await rh.h.must('manager', 'vouchers.batches.push', { id: batchId });
    expect(pushed).toMatchObject({ routerId: rh.routerId, onRouter: 40, failed: 0, deferred: false, message: null });
    const users = simUsers(rh);
    // One ownership prefix, then the batch tag (the batch's router_comment).
    for (const code of codes) expect(users.get(code)).toMatchObject({ profile: 'daily', password: code, comment: `mb:b-${batchId.slice(-12)}` });
    const detail = await rh.h.must('owner', 'vouchers.batches.get', { id: batchId });
    expect(detail.counts.on_router).toBe(40);
  });

  it('a router that cannot be reached defers the push: nothing is lost, the next push delivers', async () => {
    const rh = await startRouterHarness();
    const { batchId } = await planAndBatch(rh, 5);
    rh.sim.setFaults({ refuseConnections: true });
    const deferred = await rh.h.must('owner', 'vouchers.batches.push', { id: batchId });
    expect(deferred).toMatchObject({ onRouter: 0, deferred: true });
    expect(deferred.message).not.toBeNull();
    expect((await rh.h.must('owner', 'vouchers.batches.get', { id: batchId })).counts.generated).toBe(5);
    rh.sim.setFaults({ refuseConnections: false });
    expect(await rh.h.must('owner', 'vouchers.batches.push', { id: batchId })).toMatchObject({ onRouter: 5, deferred: false });
  });

  it('disables the unsold vouchers of a batch on the router, keeps sold ones, and enables them again', async () => {
    const rh = await startRouterHarness();
    const { batchId, codes } = await planAndBatch(rh, 6);
    await rh.h.must('owner', 'vouchers.batches.push', { id: batchId });
    const { rows } = await rh.h.must('owner', 'vouchers.list', { batchId, limit: 1 });
    const sold = rows[0];
    if (!sold) throw new Error('no voucher');
    await rh.h.must('cashier', 'vouchers.sell', { voucherId: sold.id });
    const disabled = await rh.h.must('manager', 'vouchers.batches.setDisabled', { id: batchId, disabled: true });
    expect(disabled.changed).toBe(5);
    await rh.h.must('owner', 'vouchers.batches.push', { id: batchId });
    const users = simUsers(rh);
    for (const code of codes) expect(users.get(code)?.disabled, code).toBe(code === sold.code ? 'false' : 'true');
    expect(readDesired(rh.h.core.services.db, rh.routerId, '/ip/hotspot/user').get(sold.code)?.disabled).not.toBe('yes');
    expect((await rh.h.must('owner', 'vouchers.batches.get', { id: batchId })).usage.disabled).toBe(5);
    // Twice is a no-op, not an error.
    expect((await rh.h.must('manager', 'vouchers.batches.setDisabled', { id: batchId, disabled: true })).changed).toBe(0);
    expect((await rh.h.must('manager', 'vouchers.batches.setDisabled', { id: batchId, disabled: false })).changed).toBe(5);
    await rh.h.must('owner', 'vouchers.batches.push', { id: batchId });
    expect([...simUsers(rh).values()].filter((user) => user.disabled === 'true')).toEqual([]);
  });
});
