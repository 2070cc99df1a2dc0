import { describe, expect, it } from 'vitest';
import { startReports } from './support';
import { pdfText } from '../till/support';
import { csvCell, decimal, toCsv } from '../../src-main/reports/csv';

describe('receivables aging', () => {
  it('ages open amounts left by billing allocation, by document date, as of a chosen day', async () => {
    const t = await startReports('Asia/Jakarta', 1);
    const { h } = t;
    const customer = async (name: string): Promise<string> => (await h.must('owner', 'customers.create', { name, phones: ['0812-0000-000'] })).id;
    const [x, y, z] = [await customer('Xena'), await customer('Yusuf'), await customer('Zaki')];
    const invoice = async (customerId: string, netMinor: number, iso: string): Promise<string> => {
      t.at(iso);
      return (await h.must('owner', 'billing.invoices.create', { customerId, lines: [{ description: 'Service', netMinor }] })).entry.id;
    };
    await invoice(z, 8000, '2025-12-01T03:00:00Z');
    await invoice(x, 10_000, '2026-01-01T03:00:00Z');
    await invoice(x, 20_000, '2026-02-10T03:00:00Z');
    await invoice(x, 30_000, '2026-03-20T03:00:00Z');
    t.at('2026-03-25T03:00:00Z');
    await h.must('owner', 'billing.payments.record', { customerId: x, amountMinor: 15_000, method: 'cash' });
    await h.must('owner', 'billing.payments.record', { customerId: y, amountMinor: 4000, method: 'cash' });
    const voided = await invoice(x, 5000, '2026-04-01T03:00:00Z');
    t.at('2026-04-02T03:00:00Z');
    await h.must('owner', 'billing.entries.void', { entryId: voided, reason: 'typed twice' });

    const april = await h.must('manager', 'reports.aging', { asOf: '2026-04-15' });
    const pickRow = (r: (typeof april.rows)[number]): unknown => [r.name, r.days0to30, r.days31to60, r.days61to90, r.days90plus, r.openMinor, r.creditMinor];
    // Xena: the payment settles the January invoice and 5,000 of February's (64 days old); March's is 26 days old.
    expect(april.rows.map(pickRow)).toEqual([
      ['Xena', 30_000, 0, 15_000, 0, 45_000, 0],
      ['Zaki', 0, 0, 0, 8000, 8000, 0],
      ['Yusuf', 0, 0, 0, 0, 0, 4000],
    ]);
    expect(april.totals).toEqual({ days0to30: 30_000, days31to60: 0, days61to90: 15_000, days90plus: 8000, openMinor: 53_000, creditMinor: 4000 });
    // Before the payment and the later invoices existed.
    const february = await h.must('owner', 'reports.aging', { asOf: '2026-02-15' });
    expect(february.rows.map(pickRow)).toEqual([
      ['Xena', 20_000, 10_000, 0, 0, 30_000, 0],
      ['Zaki', 0, 0, 8000, 0, 8000, 0],
    ]);
    const csv = await h.must('owner', 'reports.csv', { report: 'aging', asOf: '2026-04-15' });
    expect(csv.content.replace('\uFEFF', '').split('\r\n')).toEqual([
      'account,customer,0-30,31-60,61-90,90+,open,credit',
      expect.stringMatching(/^[^,]+,Xena,30000,0,15000,0,45000,0$/),
      expect.stringMatching(/^[^,]+,Zaki,0,0,0,8000,8000,0$/),
      expect.stringMatching(/^[^,]+,Yusuf,0,0,0,0,0,4000$/),
      ',Total,30000,0,15000,8000,53000,4000',
      '',
    ]);
  });
});

describe('churn and voucher stock', () => {
  it('counts new, cancelled and still-suspended subscriptions per office month', async () => {
    const t = await startReports('Asia/Jakarta', 1);
    const { h } = t;
    const customer = (await h.must('owner', 'customers.create', { name: 'Churn', phones: ['0812-0000-001'] })).id;
    const plan = (await h.must('owner', 'billing.plans.create', { name: 'Home', priceMinor: 100_000, cycle: { kind: 'monthly', billingDay: 1 }, rateLimit: '5M/10M', addressPool: 'pool', setupFeeMinor: 0, taxRateBp: 0, graceDays: 3, routerId: t.routerId, pppProfile: 'home' })).id;
    const subscribe = async (iso: string): Promise<string> => {
      t.at(iso);
      return (await h.must('owner', 'billing.subscriptions.create', { customerId: customer, planId: plan, invoiceNow: false })).subscription.id;
    };
    await subscribe('2026-01-10T03:00:00Z');
    const cancelled = await subscribe('2026-01-31T18:00:00Z'); // 01:00 on Feb 1st in Jakarta
    const suspended = await subscribe('2026-02-20T03:00:00Z');
    t.at('2026-03-03T03:00:00Z');
    await h.must('owner', 'billing.subscriptions.cancel', { id: cancelled, reason: 'moved' });
    t.at('2026-03-15T03:00:00Z');
    await h.must('owner', 'billing.subscriptions.suspend', { id: suspended, reason: 'asked' });
    const report = await h.must('manager', 'reports.churn', { from: '2026-01-01', to: '2026-03-31' });
    expect(report.rows).toEqual([
      { month: '2026-01', newCount: 1, cancelledCount: 0, suspendedCount: 0, netChange: 1 },
      { month: '2026-02', newCount: 2, cancelledCount: 0, suspendedCount: 0, netChange: 2 },
      { month: '2026-03', newCount: 0, cancelledCount: 1, suspendedCount: 1, netChange: -1 },
    ]);
    expect(report.totals).toEqual({ newCount: 3, cancelledCount: 1, suspendedCount: 1, netChange: 2 });
  });

  it('voucher stock per plan follows the vouchers\' status', async () => {
    const t = await startReports('Asia/Jakarta', 10);
    const { h } = t;
    t.at('2026-03-01T03:00:00Z');
    await h.must('cashier', 'till.shifts.open', { floats: { cash: 0 } });
    await h.must('cashier', 'till.sellVouchers', { items: [{ planId: t.planA, quantity: 3 }], payments: [{ method: 'cash', amountMinor: 15_000 }] });
    const { sqlite } = h.core.services;
    const setStatus = sqlite.prepare("UPDATE vouchers SET status = ? WHERE id IN (SELECT id FROM vouchers WHERE plan_id = ? AND status IN ('generated', 'on_router') ORDER BY id LIMIT ?)");
    setStatus.run('printed', t.planB, 4);
    setStatus.run('used', t.planB, 2);
    setStatus.run('expired', t.planB, 1);
    setStatus.run('removed', t.planA, 1);
    const stock = await h.must('cashier', 'reports.voucherStock', {});
    expect(stock.rows.map((r) => [r.planName, r.printed, r.unsold, r.sold, r.used, r.expired, r.total])).toEqual([
      ['Daily 1h', 0, 6, 3, 0, 1, 10],
      ['Hour', 4, 7, 0, 2, 1, 10],
    ]);
    expect(stock.totals).toEqual({ printed: 4, unsold: 13, sold: 3, used: 2, expired: 2, total: 20 });
    const csv = await h.must('owner', 'reports.csv', { report: 'stock' });
    expect(csv.content).toBe('\uFEFFplan,printed,unsold,sold,used,expired,total\r\nDaily 1h,0,6,3,0,1,10\r\nHour,4,7,0,2,1,10\r\nTotal,4,13,3,2,2,20\r\n');
    expect(csv.filename).toMatch(/^voucher-stock-2026-03-01-wj\.csv$/);
  });
});

describe('CSV and the daily summary PDF', () => {
  it('quotes cells per RFC 4180, defuses formulas and writes money in major units', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-1500)).toBe('-1500');
    expect(decimal(-1250, { code: 'USD', exponent: 2 })).toBe('-12.50');
    expect(decimal(7, { code: 'USD', exponent: 2 })).toBe('0.07');
    expect(decimal(5000, { code: 'IDR', exponent: 0 })).toBe(5000);
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe('\uFEFFa,b\r\nx,1\r\n');
  });

  it('keeps negative money a number in a two-decimal currency (voids, refunds), yet defuses formula-like text', () => {
    // A refund of 12.50 must sum in a spreadsheet: no apostrophe in front of the minus sign.
    expect(csvCell(decimal(-1250, { code: 'USD', exponent: 2 }))).toBe('-12.50');
    expect(toCsv(['net'], [[decimal(-7, { code: 'USD', exponent: 2 })]])).toBe('\uFEFFnet\r\n-0.07\r\n');
    expect(csvCell('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(csvCell('-12.50 refund')).toBe("'-12.50 refund");
    expect(csvCell('+62812')).toBe("'+62812");
  });

  it('exports the sales report as CSV and the day as an A4 PDF whose totals match', async () => {
    const t = await startReports('Asia/Jakarta', 5);
    const { h } = t;
    await h.must('owner', 'operators.create', { username: 'siti', displayName: 'Siti, "Kasir" Dua', role: 'cashier', password: 'Nasi-Uduk-55' });
    await h.must('siti', 'auth.login', { username: 'siti', password: 'Nasi-Uduk-55' });
    t.at('2026-03-01T03:00:00Z');
    await h.must('siti', 'till.shifts.open', { floats: { cash: 0 } });
    await h.must('siti', 'till.sellVouchers', { items: [{ planId: t.planA, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 10_000 }] });
    await h.must('siti', 'till.sellVouchers', { items: [{ planId: t.planB, quantity: 1 }], payments: [{ method: 'mobile_money', amountMinor: 3000, reference: 'M-1' }] });
    const csv = await h.must('owner', 'reports.csv', { report: 'sales', from: '2026-03-01', to: '2026-03-01', groupBy: 'cashier' });
    expect(csv.filename).toBe('sales-by-cashier-2026-03-01-2026-03-01-wj.csv');
    expect(csv.content).toBe('\uFEFFcashier,count,voids,gross,voided,net,vouchers,payments\r\n"Siti, ""Kasir"" Dua",3,0,13000,0,13000,13000,0\r\nTotal,3,0,13000,0,13000,13000,0\r\n');
    const pdf = await h.must('owner', 'reports.dailySummaryPdf', { date: '2026-03-01' });
    expect(pdf.filename).toBe('daily-summary-2026-03-01-wj.pdf');
    const text = pdfText(pdf.pdfBase64).replace(/\s+/g, ' ');
    expect(text).toContain('DAILY SUMMARY: 2026-03-01');
    expect(text).toMatch(/NET Rp\s?13\.000/);
    expect(text).toMatch(/Daily 1h \(2\) Rp\s?10\.000/);
    expect(text).toMatch(/Mobile money \(1\) Rp\s?3\.000/);
    expect(text).toContain('Siti, "Kasir" Dua (3)');
    // The next day has nothing.
    const empty = pdfText((await h.must('cashier', 'reports.dailySummaryPdf', { date: '2026-03-02' })).pdfBase64).replace(/\s+/g, ' ');
    expect(empty).toMatch(/NET Rp\s?0/);
    expect(empty).toContain('cashier Cashier Person');
  });
});
