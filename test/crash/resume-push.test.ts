import { describe, expect, it } from 'vitest';
import { startRouterHarness } from '../routers/domain/support';
import { OWNER } from '../support/core-harness';
import { SAMPLE_PLAN } from '../support/sample-inputs';

/**
 * Found by the crash harness (R1): a batch commits, then the app dies before its push runs. Nothing
 * pushed it afterwards until an operator pressed Push; now the next start does.
 */
describe('a batch committed but never pushed', () => {
  it('is pushed to its router when the app starts again', async () => {
    const rh = await startRouterHarness();
    const plan = await rh.h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId: rh.routerId, hotspotProfile: 'daily' });
    // Background off: the batch is written exactly as before a kill that came before its push.
    const batch = await rh.h.must('owner', 'vouchers.generate', { planId: plan.id, count: 25, length: 8, charset: 'upper-digits', userMode: 'same' });
    expect(rh.sim.rows('/ip/hotspot/user')).toHaveLength(0);

    const next = rh.h.reopen();
    await next.must('owner', 'auth.login', { username: OWNER.username, password: OWNER.password });
    next.core.startBackground();
    await Promise.all(next.core.services.vouchers.pending());
    const { rows } = await next.must('owner', 'vouchers.list', { batchId: batch.batchId, limit: 100 });
    const onRouter = new Set(rh.sim.rows('/ip/hotspot/user').map((row) => row.name));
    expect(rows.map((row) => row.code).filter((code) => !onRouter.has(code))).toEqual([]);
    expect((await next.must('owner', 'vouchers.batches.get', { id: batch.batchId })).counts).toMatchObject({ generated: 0, on_router: 25 });
  });

  it('a card made and sold on the spot at the till is on its router after the next start', async () => {
    const rh = await startRouterHarness();
    const plan = await rh.h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId: rh.routerId, hotspotProfile: 'spot', tillOnTheSpot: true });
    await rh.h.must('cashier', 'till.shifts.open', {});
    // The sale commits `sold` at once (never `generated`); its push would have come after.
    const sale = await rh.h.must('cashier', 'till.sellVouchers', { items: [{ planId: plan.id, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 100_000 }] });
    expect(rh.sim.rows('/ip/hotspot/user')).toHaveLength(0);

    const next = rh.h.reopen();
    next.core.startBackground();
    await Promise.all(next.core.services.vouchers.pending());
    const onRouter = new Set(rh.sim.rows('/ip/hotspot/user').map((row) => row.name));
    expect(sale.vouchers.map((v) => v.code).filter((code) => !onRouter.has(code))).toEqual([]);
  });
});
