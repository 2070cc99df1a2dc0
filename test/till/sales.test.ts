import { describe, expect, it } from 'vitest';
import { startTill, type TillHarness } from './support';

async function voucherRows(t: TillHarness): Promise<Array<{ id: string; code: string; serial: number | null; status: string }>> {
  const { rows } = await t.h.must('owner', 'vouchers.list', { batchId: t.batchId, limit: 100 });
  return rows.map((row) => ({ id: row.id, code: row.code, serial: row.serial, status: row.status }));
}

function statusCounts(sqlite: TillHarness['h']['core']['services']['sqlite']): Record<string, number> {
  const rows = sqlite.prepare('SELECT status, count(*) AS n FROM vouchers GROUP BY status').all() as Array<{ status: string; n: number }>;
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

describe('selling vouchers at the till', () => {
  it('sells by plan, by scanned code and by serial in one sale, writing voucher_sales with the shift', async () => {
    const t = await startTill(10);
    const { h, planId } = t;
    const shift = await h.must('cashier', 'till.shifts.open', {});
    const [a, b] = await voucherRows(t);
    if (!a || !b || b.serial === null) throw new Error('batch too small');
    const sale = await h.must('cashier', 'till.sellVouchers', {
      items: [{ code: a.code }, { serial: b.serial, batchId: t.batchId }, { planId, quantity: 2 }],
      payments: [{ method: 'cash', amountMinor: 20_000 }],
    });
    expect(sale.vouchers.map((v) => v.code).slice(0, 2)).toEqual([a.code, b.code]);
    expect(new Set(sale.vouchers.map((v) => v.voucherId)).size).toBe(4);
    expect(sale).toMatchObject({ totalMinor: 20_000, tenderedMinor: 20_000, changeMinor: 0, shiftId: shift.id });
    const { sqlite } = h.core.services;
    const sales = sqlite.prepare('SELECT shift_id, price_minor, operator_id FROM voucher_sales WHERE shift_id = ?').all(shift.id);
    expect(sales).toHaveLength(4);
    expect(statusCounts(sqlite).sold).toBe(4);
    // The till ledger is insert-only.
    expect(() => sqlite.prepare('UPDATE till_entries SET amount_minor = 0').run()).toThrow(/insert-only/);
    expect(() => sqlite.prepare('DELETE FROM till_receipts').run()).toThrow(/insert-only/);
    // A serial alone works when it names exactly one unsold card.
    const c = (await voucherRows(t)).find((row) => row.status !== 'sold');
    if (!c || c.serial === null) throw new Error('no unsold voucher');
    const bySerial = await h.must('cashier', 'till.sellVouchers', { items: [{ serial: c.serial }], payments: [{ method: 'cash', amountMinor: 5000 }] });
    expect(bySerial.vouchers[0]?.code).toBe(c.code);
  });

  it('gives change for cash only and refuses short or over-paid non-cash payments', async () => {
    const { h, planId } = await startTill();
    await h.must('cashier', 'till.shifts.open', { floats: { cash: 50_000 } });
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 3 }], payments: [{ method: 'mobile_money', amountMinor: 5000, reference: 'MM-9' }, { method: 'cash', amountMinor: 20_000 }] });
    expect(sale).toMatchObject({ totalMinor: 15_000, tenderedMinor: 25_000, changeMinor: 10_000 });
    expect((await h.must('cashier', 'till.shifts.current', {}))?.expected).toEqual({ cash: 60_000, mobile_money: 5000, bank_transfer: 0 });
    const before = h.changes();
    const short = await h.call('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 4999 }] });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const over = await h.call('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'bank_transfer', amountMinor: 6000, reference: 'TRX-1' }] });
    expect(over).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const noRef = await h.call('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'mobile_money', amountMinor: 5000 }] });
    expect(noRef).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(h.changes()).toBe(before);
  });

  it('is all or nothing: one bad item leaves every voucher unsold and writes no row', async () => {
    const t = await startTill(5);
    const { h, planId } = t;
    await h.must('cashier', 'till.shifts.open', {});
    const [first] = await voucherRows(t);
    if (!first) throw new Error('empty batch');
    const counts = statusCounts(h.core.services.sqlite);
    const before = h.changes();
    const cases = [
      { items: [{ planId, quantity: 2 }, { code: 'NOPE-0000' }], code: 'NOT_FOUND' },
      { items: [{ planId, quantity: 6 }], code: 'CONFLICT' },
      { items: [{ code: first.code }, { code: first.code }], code: 'VALIDATION' },
      { items: [{ code: first.code }, { planId, quantity: 5 }], code: 'CONFLICT' },
    ] as const;
    for (const { items, code } of cases) {
      const result = await h.call('cashier', 'till.sellVouchers', { items: [...items], payments: [{ method: 'cash', amountMinor: 100_000 }] });
      expect(result, JSON.stringify(items)).toMatchObject({ ok: false, error: { code } });
    }
    expect(h.changes()).toBe(before);
    expect(statusCounts(h.core.services.sqlite)).toEqual(counts);
    // A sold card scanned again is refused.
    await h.must('cashier', 'till.sellVouchers', { items: [{ code: first.code }], payments: [{ method: 'cash', amountMinor: 5000 }] });
    const twice = await h.call('cashier', 'till.sellVouchers', { items: [{ code: first.code }], payments: [{ method: 'cash', amountMinor: 5000 }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('plan picks prefer vouchers on the router and leave printed cards for scanning', async () => {
    const t = await startTill(3);
    const { h, planId } = t;
    await h.must('cashier', 'till.shifts.open', {});
    const rows = await voucherRows(t);
    const { sqlite } = h.core.services;
    sqlite.prepare("UPDATE vouchers SET status = 'printed' WHERE id = ?").run(rows[0]?.id);
    sqlite.prepare("UPDATE vouchers SET status = 'on_router' WHERE id = ?").run(rows[2]?.id);
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 10_000 }] });
    expect(sale.vouchers.map((v) => v.voucherId)).toEqual([rows[2]?.id, rows[1]?.id]);
  });
});
