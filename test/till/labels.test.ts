import { describe, expect, it } from 'vitest';
import { itemText, noteText, tillLabels } from '../../src-main/till/labels';
import { pdfText, startTill } from './support';

describe('receipt labels in the office language', () => {
  it('picks Indonesian for id / id-ID offices and English otherwise', () => {
    expect(tillLabels({ locale: 'id-ID' }).change).toBe('Kembalian');
    expect(tillLabels({ locale: 'id' }).change).toBe('Kembalian');
    expect(tillLabels({ locale: 'en-US' }).change).toBe('Change');
    expect(tillLabels({ locale: 'en-ID' }).change).toBe('Change');
    expect(tillLabels({ locale: 'idx' }).change).toBe('Change');
    const id = tillLabels({ locale: 'id-ID' });
    expect(itemText('Payment (Mobile money)', id)).toBe('Pembayaran (Dompet digital)');
    expect(itemText('Void: Payment (Cash)', id)).toBe('Batal: Pembayaran (Tunai)');
    expect(itemText('Void: Daily 1h ABC123', id)).toBe('Batal: Daily 1h ABC123');
    expect(itemText('Payment (Gold)', id)).toBe('Payment (Gold)');
    expect(noteText('Balance after payment: Rp 0', id)).toBe('Saldo setelah pembayaran: Rp 0');
  });

  it('an English office prints English labels on receipts, voids and Z-reports; an Indonesian one Indonesian', async () => {
    const t = await startTill(3);
    const { h, planId } = t;
    const shift = await h.must('cashier', 'till.shifts.open', {});
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 20_000 }] });
    const first = sale.vouchers[0];
    if (!first) throw new Error('nothing sold');
    const voided = await h.must('manager', 'till.void', { entryId: first.entryId, reason: 'typo', voucherDisposition: 'restock' });

    const idVoid = pdfText((await h.must('cashier', 'till.receipts.get', { receiptId: voided.receiptId })).pdfBase64);
    expect(idVoid).toContain('PEMBATALAN / PENGEMBALIAN');
    expect(idVoid).toContain(`Batal: Daily 1h ${first.code}`);
    expect(idVoid).toMatch(/Pengembalian Tunai\s+-?Rp\s*5\.000/);
    expect(idVoid).toContain('Alasan: typo');
    expect(idVoid).toContain('Terima kasih');

    // The same rows, printed after the office switched to an English locale.
    h.core.services.sqlite.prepare("UPDATE office SET locale = 'en-US'").run();
    const receipt = pdfText((await h.must('cashier', 'till.receipts.get', { receiptId: sale.receiptId })).pdfBase64);
    expect(receipt).toContain('RECEIPT');
    expect(receipt).toContain(`Code: ${first.code}`);
    expect(receipt).toMatch(/Cash\s+IDR\s*20,000/);
    expect(receipt).toMatch(/Change\s+IDR\s*10,000/);
    expect(receipt).toContain('Cashier: Cashier Person');
    expect(receipt).not.toMatch(/Kode|Kembalian|Kasir/);
    const enVoid = pdfText((await h.must('cashier', 'till.receipts.get', { receiptId: voided.receiptId })).pdfBase64);
    expect(enVoid).toContain('VOID / REFUND');
    expect(enVoid).toContain(`Void: Daily 1h ${first.code}`);
    expect(enVoid).toContain('Reason: typo');
    const z = await h.must('cashier', 'till.zReport', { shiftId: shift.id });
    expect(z.title).toBe('Z-REPORT: shift of Cashier Person');
    const zText = pdfText(z.pdfBase64);
    for (const label of ['Sales by plan', 'Vouchers sold: 2', 'Voids: 1', 'NET', 'By method', 'Cash float', 'Cash expected', 'Still open', 'Cashier signature', 'Manager signature']) {
      expect(zText).toContain(label);
    }
    expect(zText).not.toMatch(/Penjualan|Tanda tangan/);
  });
});
