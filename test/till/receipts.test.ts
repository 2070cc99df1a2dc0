import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfPageSize, pdfText, startTill } from './support';

const MM = 72 / 25.4;

describe('receipts and Z-reports', () => {
  // The sample office's locale is id-ID: fixed labels print in Indonesian (English offices: labels.test.ts).
  it('prints the sale on 58 mm, 80 mm and A4, and a reprint is marked as a copy and saved', async () => {
    const t = await startTill(3);
    const { h, planId } = t;
    await h.must('cashier', 'till.shifts.open', {});
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 20_000 }] });
    const receipt = await h.must('cashier', 'till.receipts.get', { receiptId: sale.receiptId, paper: '58mm' });
    expect(pdfPageSize(receipt.pdfBase64).width).toBeCloseTo(58 * MM, 1);
    const text = pdfText(receipt.pdfBase64);
    for (const voucher of sale.vouchers) expect(text).toContain(`Kode: ${voucher.code}`);
    expect(text).toContain('Warnet Jaya');
    expect(text).toContain('Daily 1h');
    expect(text).toMatch(/TOTAL\s+Rp\s*10\.000/);
    expect(text).toMatch(/Tunai\s+Rp\s*20\.000/);
    expect(text).toMatch(/Kembalian\s+Rp\s*10\.000/);
    expect(text).toContain('Kasir: Cashier Person');
    expect(text).toContain('STRUK');
    expect(text).not.toContain('SALINAN');
    expect(pdfPageSize((await h.must('cashier', 'till.receipts.get', { receiptId: sale.receiptId, paper: '80mm' })).pdfBase64).width).toBeCloseTo(80 * MM, 1);
    const a4 = await h.must('cashier', 'till.receipts.get', { receiptId: sale.receiptId, paper: 'a4' });
    expect(pdfPageSize(a4.pdfBase64)).toMatchObject({ width: expect.closeTo(595.28, 1) as number, height: expect.closeTo(841.89, 1) as number });

    const reprint = await h.must('cashier', 'till.receipts.reprint', { receiptId: sale.receiptId, paper: '58mm' });
    expect(pdfText(reprint.pdfBase64)).toContain('*** SALINAN ***');
    expect(fs.existsSync(reprint.file)).toBe(true);
    expect(reprint.file.startsWith(h.dataDir)).toBe(true);
    const history = await h.must('cashier', 'till.receipts.list', { shiftId: sale.shiftId });
    expect(history.map((r) => r.id)).toEqual([sale.receiptId]);
  });

  it('Z-report per shift and per day: sales by plan, methods, voids, differences, signature line', async () => {
    const t = await startTill(10);
    const { h, planId } = t;
    const shift = await h.must('cashier', 'till.shifts.open', { floats: { cash: 50_000 } });
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 3 }], payments: [{ method: 'cash', amountMinor: 15_000 }] });
    await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'bank_transfer', amountMinor: 5000, reference: 'TRX-7' }] });
    const first = sale.vouchers[0];
    if (!first) throw new Error('nothing sold');
    await h.must('manager', 'till.void', { entryId: first.entryId, reason: 'typo', voucherDisposition: 'restock' });
    await h.must('cashier', 'till.shifts.close', { shiftId: shift.id, counted: { cash: 59_500, bank_transfer: 5000 }, reason: 'short 500' });

    const report = await h.must('manager', 'till.zReport', { shiftId: shift.id });
    expect(report.totals).toEqual({
      byPlan: [{ planName: 'Daily 1h', count: 3, amountMinor: 15_000 }],
      byMethod: { cash: 10_000, mobile_money: 0, bank_transfer: 5000 },
      salesMinor: 20_000,
      vouchersSold: 4,
      paymentsMinor: 0,
      paymentsCount: 0,
      voidsMinor: -5000,
      voidsCount: 1,
      netMinor: 15_000,
      differenceMinor: -500,
    });
    const text = pdfText(report.pdfBase64);
    expect(text).toMatch(/Daily 1h x 3\s+Rp\s*15\.000/);
    expect(text).toMatch(/Pembatalan: 1\s+-Rp\s*5\.000/);
    expect(text).toMatch(/Transfer bank\s+Rp\s*5\.000/);
    expect(text).toMatch(/Tunai selisih\s+-Rp\s*500/);
    expect(text).toContain('Alasan: short 500');
    expect(text).toContain('Tanda tangan kasir');
    expect(text).toContain('LAPORAN Z: shift Cashier Person');

    // 03:00 UTC on 15 January is 10:00 in Jakarta: the office day is 2026-01-15.
    const day = await h.must('manager', 'till.zReport', { date: '2026-01-15', paper: '80mm' });
    expect(day.totals).toEqual(report.totals);
    expect(pdfText(day.pdfBase64)).toContain('LAPORAN Z: 2026-01-15');
    const other = await h.must('manager', 'till.zReport', { date: '2026-01-14' });
    expect(other.totals.netMinor).toBe(0);
    expect(other.shifts).toHaveLength(0);
  });
});
