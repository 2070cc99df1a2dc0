import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TILL_METHOD_NAMES, type PerMethod } from '../../src-shared/ipc/schemas/till';
import { startTill } from './support';

const PRICE = 5000;

type Step =
  | { kind: 'sell'; quantity: number; method: 'cash' | 'mobile_money' | 'bank_transfer'; overpay: number }
  | { kind: 'pay'; cash: number; mobile: number }
  | { kind: 'void'; pick: number; restock: boolean }
  | { kind: 'close'; off: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('sell' as const), quantity: fc.integer({ min: 1, max: 3 }), method: fc.constantFrom('cash' as const, 'mobile_money' as const, 'bank_transfer' as const), overpay: fc.integer({ min: 0, max: 7000 }) }),
  fc.record({ kind: fc.constant('pay' as const), cash: fc.integer({ min: 0, max: 90_000 }), mobile: fc.integer({ min: 0, max: 90_000 }) }),
  fc.record({ kind: fc.constant('void' as const), pick: fc.nat(), restock: fc.boolean() }),
  fc.record({ kind: fc.constant('close' as const), off: fc.integer({ min: -3000, max: 3000 }) }),
);

/**
 * Over random sells, payments, voids and shift closes: each shift's Z-report equals a model kept by the
 * test (items and money per method), its net equals the sum by method, the day report equals the sum
 * of the shift reports, and each close's expected and difference are exact.
 */
describe('Z-report property', () => {
  it('Z-report totals equal the ledger and counted-vs-expected is exact', async () => {
    const t = await startTill(400);
    const { h, planId } = t;
    const customer = await h.must('manager', 'customers.create', { name: 'Prop Customer' });
    let shiftNo = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 100_000 }), async (steps, float) => {
        shiftNo += 1;
        const shift = await h.must('cashier', 'till.shifts.open', { floats: { cash: float } });
        const model = { byMethod: { cash: 0, mobile_money: 0, bank_transfer: 0 } as PerMethod, sales: 0, sold: 0, payments: 0, voids: 0, voidCount: 0, saleVoids: 0 };
        const voidable: Array<{ entryId: string; amount: number; method: 'cash' | 'mobile_money' | 'bank_transfer'; sale: boolean }> = [];
        let closed = false;
        for (const s of steps) {
          if (closed) break;
          if (s.kind === 'sell') {
            const total = s.quantity * PRICE;
            const payment = s.method === 'cash' ? { method: 'cash' as const, amountMinor: total + s.overpay } : { method: s.method, amountMinor: total, reference: `R-${shiftNo}` };
            const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: s.quantity }], payments: [payment] });
            expect(sale.changeMinor).toBe(s.method === 'cash' ? s.overpay : 0);
            model.byMethod[s.method] += total;
            model.sales += total;
            model.sold += s.quantity;
            for (const v of sale.vouchers) voidable.push({ entryId: v.entryId, amount: v.priceMinor, method: s.method, sale: true });
          } else if (s.kind === 'pay') {
            if (s.cash + s.mobile === 0) continue;
            const payments = [
              ...(s.cash > 0 ? [{ method: 'cash' as const, amountMinor: s.cash }] : []),
              ...(s.mobile > 0 ? [{ method: 'mobile_money' as const, amountMinor: s.mobile, reference: 'MM' }] : []),
            ];
            const paid = await h.must('cashier', 'till.collectPayment', { customerId: customer.id, payments });
            model.byMethod.cash += s.cash;
            model.byMethod.mobile_money += s.mobile;
            model.payments += s.cash + s.mobile;
            const items = paid.entryIds.slice(0, payments.length);
            items.forEach((entryId, i) => voidable.push({ entryId, amount: payments[i]?.amountMinor ?? 0, method: payments[i]?.method ?? 'cash', sale: false }));
          } else if (s.kind === 'void') {
            if (voidable.length === 0) continue;
            const [target] = voidable.splice(s.pick % voidable.length, 1);
            if (!target) continue;
            const result = await h.must('manager', 'till.void', { entryId: target.entryId, reason: 'prop', ...(target.sale ? { voucherDisposition: s.restock ? 'restock' : 'disable' } : {}) });
            expect(result.refundMethod).toBe(target.method);
            model.byMethod[target.method] -= target.amount;
            model.voids -= target.amount;
            model.voidCount += 1;
            if (target.sale) model.saleVoids -= target.amount;
          } else {
            const expected = { ...model.byMethod, cash: model.byMethod.cash + float };
            const counted = { ...expected, cash: Math.max(0, expected.cash + s.off) };
            const result = await h.must('cashier', 'till.shifts.close', { shiftId: shift.id, counted, reason: 'count' });
            expect(result.expected).toEqual(expected);
            for (const m of TILL_METHOD_NAMES) expect(result.differences?.[m]).toBe(counted[m] - expected[m]);
            expect(result.differenceMinor).toBe(counted.cash - expected.cash);
            closed = true;
          }
        }
        if (!closed) await h.must('cashier', 'till.shifts.close', { shiftId: shift.id, counted: { ...model.byMethod, cash: model.byMethod.cash + float } });
        const report = await h.must('manager', 'till.zReport', { shiftId: shift.id });
        const totals = report.totals;
        expect(totals.byMethod).toEqual(model.byMethod);
        expect(totals).toMatchObject({ salesMinor: model.sales, vouchersSold: model.sold, paymentsMinor: model.payments, voidsMinor: model.voids, voidsCount: model.voidCount });
        expect(totals.netMinor).toBe(TILL_METHOD_NAMES.reduce((sum, m) => sum + totals.byMethod[m], 0));
        expect(totals.byPlan.reduce((sum, row) => sum + row.amountMinor, 0)).toBe(model.sales + model.saleVoids);
        // The shift's ledger rows, summed directly, agree with the report.
        const sums = h.core.services.sqlite
          .prepare("SELECT coalesce(sum(CASE WHEN method IS NULL THEN amount_minor END), 0) AS items, coalesce(sum(CASE WHEN method IS NOT NULL THEN amount_minor END), 0) AS money FROM till_entries WHERE shift_id = ?")
          .get(shift.id) as { items: number; money: number };
        expect(sums).toEqual({ items: totals.netMinor, money: totals.netMinor });
        h.clock.advance(60_000);
      }),
      { numRuns: 25, seed: 20260115 },
    );
  }, 240_000);
});

