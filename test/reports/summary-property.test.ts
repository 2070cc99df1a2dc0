import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startReports } from './support';
import { recomputeSummary, storedSummary } from './recompute';
import { syncSummaryZone } from '../../src-main/reports/summary-zone';

type Step =
  | { kind: 'sell'; who: 'cashier' | 'owner'; plan: 'A' | 'B'; quantity: number; method: 'cash' | 'mobile_money' | 'bank_transfer'; gapMinutes: number }
  | { kind: 'void'; pick: number; disposition: 'restock' | 'disable'; gapMinutes: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('sell' as const),
    who: fc.constantFrom('cashier' as const, 'owner' as const),
    plan: fc.constantFrom('A' as const, 'B' as const),
    quantity: fc.integer({ min: 1, max: 2 }),
    method: fc.constantFrom('cash' as const, 'mobile_money' as const, 'bank_transfer' as const),
    // Up to ~2 days between steps, so runs cross midnight and the DST change.
    gapMinutes: fc.integer({ min: 1, max: 2900 }),
  }),
  fc.record({ kind: fc.constant('void' as const), pick: fc.nat(), disposition: fc.constantFrom('restock' as const, 'disable' as const), gapMinutes: fc.integer({ min: 1, max: 600 }) }),
);

describe('daily sales summary', () => {
  it('equals a full recompute from the till ledger after random sales and voids (trigger, DST, rebuild)', async () => {
    const t = await startReports('Europe/Berlin', 150);
    const { h } = t;
    const { sqlite } = h.core.services;
    // Two days before Europe's 2026 DST change.
    t.at('2026-03-27T06:00:00Z');
    await h.must('cashier', 'till.shifts.open', { floats: { cash: 0 } });
    await h.must('owner', 'till.shifts.open', { floats: { cash: 0 } });
    await h.must('owner', 'reports.sales', { from: '2026-03-27', to: '2026-03-27', groupBy: 'day' });
    const sold: string[] = [];
    const prices = { A: 5000, B: 3000 };
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const step of steps) {
          h.clock.advance(step.gapMinutes * 60_000);
          if (step.kind === 'sell') {
            const amountMinor = prices[step.plan] * step.quantity;
            const payment = step.method === 'cash' ? { method: step.method, amountMinor } : { method: step.method, amountMinor, reference: 'R-1' };
            const result = await h.call(step.who, 'till.sellVouchers', { items: [{ planId: step.plan === 'A' ? t.planA : t.planB, quantity: step.quantity }], payments: [payment] });
            if (result.ok) sold.push(...result.data.vouchers.map((v) => v.entryId));
          } else if (sold.length > 0) {
            const [entryId] = sold.splice(step.pick % sold.length, 1);
            if (entryId) await h.must('manager', 'till.void', { entryId, reason: 'property', voucherDisposition: step.disposition });
          }
        }
        expect(storedSummary(sqlite)).toEqual(recomputeSummary(sqlite, 'Europe/Berlin'));
      }),
      { numRuns: 12 },
    );
    expect(sqlite.prepare('SELECT count(*) FROM till_entries').pluck().get()).toBeGreaterThan(20);
    // A zone change re-keys every day; the rebuild equals the recompute in the new zone.
    expect(syncSummaryZone(sqlite, 'America/New_York', h.clock.now())).toBe(true);
    expect(storedSummary(sqlite)).toEqual(recomputeSummary(sqlite, 'America/New_York'));
    expect(syncSummaryZone(sqlite, 'America/New_York', h.clock.now())).toBe(false);
  });
});
