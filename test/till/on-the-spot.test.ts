import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { voucherBatches, vouchers } from '../../src-main/db/schema';
import { voucherDesiredUsers } from '../../src-main/routers/desired/voucher-users';
import { startTill } from './support';

const CASH = (amountMinor: number) => [{ method: 'cash' as const, amountMinor }];

describe('generating a voucher on the spot', () => {
  it('a plan with the option makes the missing card in the sale: same code shape, unique, sold, queued for the router', async () => {
    const t = await startTill(1);
    const { h, planId, routerId } = t;
    const plan = await h.must('owner', 'vouchers.plans.update', { id: planId, tillOnTheSpot: true });
    expect(plan.tillOnTheSpot).toBe(true);
    // An update that does not name the option leaves it as it was.
    expect((await h.must('owner', 'vouchers.plans.update', { id: planId, name: 'Daily 1h' })).tillOnTheSpot).toBe(true);
    await h.must('cashier', 'till.shifts.open', {});
    const first = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: CASH(5000) });
    expect((await h.must('cashier', 'till.plans.list', {}))[0]).toMatchObject({ available: 0, onTheSpot: true });

    const push = vi.spyOn(h.core.services.vouchers, 'push');
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 2 }], payments: CASH(10_000) });
    expect(sale.vouchers).toHaveLength(2);
    const db = h.core.services.db;
    const made = sale.vouchers.map((v) => db.select().from(vouchers).where(eq(vouchers.id, v.voucherId)).get());
    const batchId = made[0]?.batchId ?? '';
    expect(batchId).not.toBe(t.batchId);
    for (const card of made) {
      expect(card).toMatchObject({ status: 'sold', planId, routerId, batchId, source: 'app' });
      // The shape of the plan's batch: 8 characters of upper-case letters and digits, password = code.
      expect(card?.code).toMatch(/^[A-Z0-9]{8}$/);
      expect(card?.password).toBe(card?.code);
    }
    const codes = new Set(db.select({ code: vouchers.code }).from(vouchers).all().map((row) => row.code));
    expect(codes.size).toBe(3);
    expect(sale.vouchers.map((v) => v.code)).not.toContain(first.vouchers[0]?.code);
    const batch = db.select().from(voucherBatches).where(eq(voucherBatches.id, batchId)).get();
    expect(batch).toMatchObject({ voucherCount: 2, codeLength: 8, charset: 'upper-digits', note: 'generated at the till' });
    // Its hotspot users are derived like any batch's, and the push to the router was started.
    const users = voucherDesiredUsers(db, routerId, sale.vouchers.map((v) => v.code));
    expect([...users.keys()].sort()).toEqual(sale.vouchers.map((v) => v.code).sort());
    expect(users.get(sale.vouchers[0]?.code ?? '')).toMatchObject({ profile: 'daily-1h' });
    expect(push).toHaveBeenCalledWith(routerId, batchId);
    const audit = await h.must('owner', 'audit.list', { procedure: 'till.sellVouchers', limit: 1 });
    expect(audit.entries[0]?.summary).toContain('sold 2 voucher(s)');
  });

  it('without the option an empty plan refuses the sale; a refused payment leaves no generated card', async () => {
    const t = await startTill(1);
    const { h, planId } = t;
    await h.must('cashier', 'till.shifts.open', {});
    await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: CASH(5000) });
    const before = h.changes();
    const refused = await h.call('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: CASH(5000) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(h.changes()).toBe(before);

    await h.must('owner', 'vouchers.plans.update', { id: planId, tillOnTheSpot: true });
    // The card is generated before the payment is settled; the refusal rolls the whole sale back with it.
    const rows = (): number[] =>
      ['vouchers', 'voucher_batches', 'voucher_sales', 'till_receipts', 'till_entries'].map(
        (table) => (h.core.services.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      );
    const before2 = rows();
    const short = await h.call('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: CASH(4000) });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(rows()).toEqual(before2);
  });

  it('a new plan has the option off unless asked for', async () => {
    const t = await startTill(1);
    const plans = await t.h.must('owner', 'vouchers.plans.list', {});
    expect(plans.map((plan) => plan.tillOnTheSpot)).toEqual([false]);
  });
});
