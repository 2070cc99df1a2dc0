import { describe, expect, it } from 'vitest';
import { startReports, type ReportsHarness } from './support';
import type { SalesRow } from '../../src-shared/ipc/schemas/reports';

/**
 * Europe/Berlin: CET (+1) until 2026-03-29 01:00 UTC, then CEST (+2). The sales below sit on both sides
 * of that change and of the March/April boundary, where the UTC date and the office date differ.
 */
async function scenario(): Promise<ReportsHarness & { customerId: string }> {
  const t = await startReports();
  const { h, planA, planB } = t;
  const customer = await h.must('owner', 'customers.create', { name: 'Budi', phones: ['0812-1111-222'] });
  t.at('2026-03-28T08:00:00Z');
  await h.must('cashier', 'till.shifts.open', { floats: { cash: 50_000 } });
  await h.must('owner', 'till.shifts.open', { floats: { cash: 0 } });
  t.at('2026-03-28T22:30:00Z'); // 23:30 CET on the 28th
  await h.must('cashier', 'till.sellVouchers', { items: [{ planId: planA, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 5000 }] });
  t.at('2026-03-28T23:30:00Z'); // 00:30 CET on the 29th (UTC still the 28th)
  const s2 = await h.must('cashier', 'till.sellVouchers', { items: [{ planId: planB, quantity: 2 }], payments: [{ method: 'mobile_money', amountMinor: 6000, reference: 'MM-1' }] });
  t.at('2026-03-29T22:30:00Z'); // 00:30 CEST on the 30th: only right with the DST offset
  await h.must('owner', 'till.sellVouchers', { items: [{ planId: planA, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 10_000 }] });
  t.at('2026-03-30T10:00:00Z');
  await h.must('owner', 'till.collectPayment', { customerId: customer.id, payments: [{ method: 'cash', amountMinor: 7000 }] });
  t.at('2026-03-31T21:30:00Z'); // 23:30 CEST on the 31st
  await h.must('cashier', 'till.sellVouchers', { items: [{ planId: planB, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 3000 }] });
  t.at('2026-03-31T22:30:00Z'); // 00:30 CEST on April 1st (UTC still March)
  await h.must('cashier', 'till.sellVouchers', { items: [{ planId: planA, quantity: 1 }], payments: [{ method: 'bank_transfer', amountMinor: 5000, reference: 'TR-9' }] });
  t.at('2026-04-01T08:00:00Z');
  const voided = s2.vouchers[0];
  if (!voided) throw new Error('no voucher sold');
  const token = await t.approval();
  const result = await h.call('cashier', 'till.void', { entryId: voided.entryId, reason: 'wrong plan', voucherDisposition: 'restock' }, token);
  if (!result.ok) throw new Error(result.error.message);
  return { ...t, customerId: customer.id };
}

const pick = (rows: SalesRow[]): Array<Pick<SalesRow, 'key' | 'count' | 'voidCount' | 'grossMinor' | 'voidsMinor' | 'netMinor' | 'voucherSalesMinor' | 'paymentsMinor'>> =>
  rows.map(({ key, count, voidCount, grossMinor, voidsMinor, netMinor, voucherSalesMinor, paymentsMinor }) => ({ key, count, voidCount, grossMinor, voidsMinor, netMinor, voucherSalesMinor, paymentsMinor }));

const row = (key: string, count: number, voidCount: number, gross: number, voids: number, vouchers: number | null, payments: number | null): ReturnType<typeof pick>[number] => ({
  key,
  count,
  voidCount,
  grossMinor: gross,
  voidsMinor: voids,
  netMinor: gross + voids,
  voucherSalesMinor: vouchers,
  paymentsMinor: payments,
});

describe('sales report', () => {
  it('groups by office day across a DST change and a month boundary; voids subtract; totals add up', async () => {
    const t = await scenario();
    const range = { from: '2026-03-28', to: '2026-04-01' };
    const byDay = await t.h.must('manager', 'reports.sales', { ...range, groupBy: 'day' });
    expect(pick(byDay.rows)).toEqual([
      row('2026-03-28', 1, 0, 5000, 0, 5000, 0),
      row('2026-03-29', 2, 0, 6000, 0, 6000, 0),
      row('2026-03-30', 2, 0, 12_000, 0, 5000, 7000),
      row('2026-03-31', 1, 0, 3000, 0, 3000, 0),
      row('2026-04-01', 1, 1, 5000, -3000, 2000, 0),
    ]);
    expect(byDay.totals).toEqual({ count: 7, voidCount: 1, grossMinor: 31_000, voidsMinor: -3000, netMinor: 28_000, voucherSalesMinor: 21_000, paymentsMinor: 7000 });
    expect(byDay.timeZone).toBe('Europe/Berlin');

    const byMonth = await t.h.must('owner', 'reports.sales', { ...range, groupBy: 'month' });
    expect(pick(byMonth.rows)).toEqual([row('2026-03', 6, 0, 26_000, 0, 19_000, 7000), row('2026-04', 1, 1, 5000, -3000, 2000, 0)]);

    const byWeek = await t.h.must('owner', 'reports.sales', { ...range, groupBy: 'week' });
    expect(byWeek.rows.map((r) => [r.key, r.label, r.netMinor])).toEqual([
      ['2026-03-23', '2026-W13 (2026-03-23)', 11_000],
      ['2026-03-30', '2026-W14 (2026-03-30)', 17_000],
    ]);
  });

  it('by method is money taken minus refunds; by plan and cashier split the same net', async () => {
    const t = await scenario();
    const range = { from: '2026-03-28', to: '2026-04-01' };
    const byMethod = await t.h.must('owner', 'reports.sales', { ...range, groupBy: 'method' });
    expect(pick(byMethod.rows)).toEqual([
      row('bank_transfer', 1, 0, 5000, 0, null, null),
      row('cash', 4, 0, 20_000, 0, null, null),
      row('mobile_money', 1, 1, 6000, -3000, null, null),
    ]);
    expect(byMethod.totals.netMinor).toBe(28_000);
    const byPlan = await t.h.must('owner', 'reports.sales', { ...range, groupBy: 'plan' });
    expect(byPlan.rows.map((r) => [r.label, r.count, r.voidCount, r.netMinor])).toEqual([
      ['Daily 1h', 3, 0, 15_000],
      ['Hour', 3, 1, 6000],
      ['Subscriber payments', 1, 0, 7000],
    ]);
    const byCashier = await t.h.must('owner', 'reports.sales', { ...range, groupBy: 'cashier' });
    expect(byCashier.rows.map((r) => [r.label, r.count, r.voidCount, r.netMinor])).toEqual([
      ['Cashier Person', 5, 1, 16_000],
      ['Olivia Owner', 2, 0, 12_000],
    ]);
    const byOffice = await t.h.must('owner', 'reports.sales', { ...range, groupBy: 'office' });
    expect(byOffice.rows.map((r) => [r.label, r.netMinor])).toEqual([['Warnet Jaya', 28_000]]);
    // One day only: the boundary days are inclusive.
    const lastDay = await t.h.must('owner', 'reports.sales', { from: '2026-04-01', to: '2026-04-01', groupBy: 'office' });
    expect(lastDay.totals.netMinor).toBe(2000);
  });

  it('a cashier sees only their own sales; someone else\'s is FORBIDDEN; aging and churn are refused', async () => {
    const t = await scenario();
    const range = { from: '2026-03-28', to: '2026-04-01' };
    const own = await t.h.must('cashier', 'reports.sales', { ...range, groupBy: 'office' });
    expect(own.operatorId).toBe(t.operatorIds.cashier);
    expect(own.totals).toMatchObject({ count: 5, voidCount: 1, netMinor: 16_000, paymentsMinor: 0 });
    expect(await t.h.call('cashier', 'reports.sales', { ...range, groupBy: 'day', operatorId: t.operatorIds.owner })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.h.call('cashier', 'reports.aging', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.h.call('cashier', 'reports.csv', { report: 'churn', ...range })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const chart = await t.h.must('cashier', 'reports.revenueChart', { days: 5, stackBy: 'method' });
    expect(chart.series.flatMap((s) => s.data).reduce((a, b) => a + b, 0)).toBe(16_000);
    // A manager may narrow to one cashier.
    const narrowed = await t.h.must('manager', 'reports.sales', { ...range, groupBy: 'office', operatorId: t.operatorIds.owner });
    expect(narrowed.totals.netMinor).toBe(12_000);
  });

  it('the dashboard chart stacks the same daily net by method and by plan', async () => {
    const t = await scenario();
    const byMethod = await t.h.must('owner', 'reports.revenueChart', { days: 5, stackBy: 'method' });
    expect(byMethod.dates).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01']);
    const daily = (series: Array<{ data: number[] }>): number[] => byMethod.dates.map((_, i) => series.reduce((sum, s) => sum + (s.data[i] ?? 0), 0));
    expect(daily(byMethod.series)).toEqual([5000, 6000, 12_000, 3000, 2000]);
    expect(byMethod.series.map((s) => s.label)).toEqual(['Bank transfer', 'Cash', 'Mobile money']);
    const byPlan = await t.h.must('owner', 'reports.revenueChart', { days: 5, stackBy: 'plan' });
    expect(daily(byPlan.series)).toEqual([5000, 6000, 12_000, 3000, 2000]);
    expect(byPlan.series.find((s) => s.label === 'Hour')?.data).toEqual([0, 6000, 0, 3000, -3000]);
  });

  it('refuses bad ranges with a typed VALIDATION error and writes nothing', async () => {
    const t = await startReports('Asia/Jakarta', 1);
    const before = t.h.changes();
    for (const input of [
      { from: '2026-02-01', to: '2026-01-31', groupBy: 'day' as const },
      { from: '2016-01-01', to: '2026-12-31', groupBy: 'month' as const },
      { from: '2026-02-30', to: '2026-03-01', groupBy: 'day' as const },
      { from: '2026-01-01', to: '2026-01-31', groupBy: 'hour' as never },
    ]) {
      expect(await t.h.call('owner', 'reports.sales', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await t.h.call('owner', 'reports.churn', { from: '2026-03-01', to: '2026-02-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.h.call('owner', 'reports.csv', { report: 'sales', from: '2026-03-01', to: '2026-02-01', groupBy: 'day' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.h.changes()).toBe(before);
  });
});
