import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Harness } from '../../support/core-harness';
import { pdfPages, pdfText, setJakartaTime, startDocuments } from './support';

const MM = 72 / 25.4;
const CJK_NAME = '王小明 Wang';

const DETAILS = {
  address: 'Jl. Merdeka 17, Bekasi',
  phone: '021-555-0101',
  email: 'kantor@warnetjaya.id',
  taxId: '01.234.567.8-901.000',
  footer: 'Transfer ke BCA 123-456-7890 a.n. Warnet Jaya',
};

/** Rp amounts as id-ID writes them: "Rp 216.500" (with a normal or no-break space). */
const rp = (text: string): string => `Rp\\s*${text.replace(/\./g, '\\.')}`;

async function customerWithInvoice(h: Harness) {
  await h.must('owner', 'billing.documents.details.update', DETAILS);
  const customer = await h.must('manager', 'customers.create', { name: CJK_NAME, phones: ['0812-1111-2222'], address: 'Jl. Mawar 3, Bekasi' });
  setJakartaTime(h, '2026-01-10T10:00:00');
  const invoice = await h.must('manager', 'billing.invoices.create', {
    customerId: customer.id,
    lines: [
      { description: 'Internet Januari', netMinor: 150_000, taxRateBp: 1100 },
      { description: 'Pemasangan', netMinor: 50_000 },
    ],
  });
  return { customer, invoice: invoice.entry };
}

describe('invoice and credit-note PDFs', () => {
  it('A4 invoice: office details, CJK customer, number, dates, lines with tax, totals, paid, due and status from the ledger', async () => {
    const { h } = await startDocuments();
    const { customer, invoice } = await customerWithInvoice(h);
    expect(invoice.number).toBe('WJ-2026-000001');

    const unpaid = await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id });
    expect(unpaid).toMatchObject({ document: 'invoice', title: 'Invoice WJ-2026-000001', pages: 1, printer: null, fileName: 'invoice-WJ-2026-000001-a4.pdf' });
    let text = pdfText(unpaid.pdfBase64);
    for (const line of ['Warnet Jaya', DETAILS.address, 'Phone: 021-555-0101', 'E-mail: kantor@warnetjaya.id', 'Tax ID: 01.234.567.8-901.000', DETAILS.footer]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('INVOICE');
    expect(text).toContain(CJK_NAME);
    expect(text).toContain(`Account no. ${customer.accountNumber}`);
    expect(text).toContain('Jl. Mawar 3, Bekasi');
    expect(text).toContain('Phone: 0812-1111-2222');
    expect(text).toMatch(/Invoice no\.\s+WJ-2026-000001/);
    // Issue date 10 January in Jakarta, due after the default 7 days.
    expect(text).toMatch(/Issue date\s+10 Jan 2026/);
    expect(text).toMatch(/Due date\s+17 Jan 2026/);
    expect(text).toMatch(new RegExp(`Internet Januari\\s+1\\s+${rp('150.000')}\\s+${rp('16.500')} \\(11%\\)\\s+${rp('166.500')}`));
    expect(text).toMatch(new RegExp(`Pemasangan\\s+1\\s+${rp('50.000')}\\s+-\\s+${rp('50.000')}`));
    expect(text).toMatch(new RegExp(`Subtotal\\s+${rp('200.000')}`));
    expect(text).toMatch(new RegExp(`Tax 11%\\s+${rp('16.500')}`));
    expect(text).toMatch(new RegExp(`Tax total\\s+${rp('16.500')}`));
    expect(text).toMatch(new RegExp(`TOTAL\\s+${rp('216.500')}`));
    expect(text).toMatch(new RegExp(`Amount paid\\s+${rp('0')}`));
    expect(text).toMatch(new RegExp(`Amount due\\s+${rp('216.500')}`));
    expect(text).toMatch(/Status\s+UNPAID/);

    // The file is in the data folder's prints/, and it is the PDF that came back.
    expect(path.dirname(unpaid.file)).toBe(path.join(h.dataDir, 'prints'));
    expect(fs.readFileSync(unpaid.file).toString('base64')).toBe(unpaid.pdfBase64);
    expect(unpaid.bytes).toBe(fs.statSync(unpaid.file).size);
    expect(pdfPages(unpaid.file)).toEqual([{ width: expect.closeTo(595.28, 1) as number, height: expect.closeTo(841.89, 1) as number }]);

    // A partial payment, then past the due date: partly paid becomes overdue, amounts follow the ledger.
    setJakartaTime(h, '2026-01-12T09:00:00');
    const payment = await h.must('cashier', 'billing.payments.record', { customerId: customer.id, amountMinor: 100_000, method: 'cash' });
    text = pdfText((await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id })).pdfBase64);
    expect(text).toMatch(new RegExp(`Amount paid\\s+${rp('100.000')}`));
    expect(text).toMatch(new RegExp(`Amount due\\s+${rp('116.500')}`));
    expect(text).toMatch(/Status\s+PARTLY PAID/);
    expect(text).toMatch(new RegExp(`Payment P-[0-9A-F]{10}\\s+${rp('100.000')}`));
    setJakartaTime(h, '2026-01-18T09:00:00');
    text = pdfText((await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id, paper: '80mm' })).pdfBase64);
    expect(text).toMatch(/Status\s+OVERDUE/);
    expect(text).toContain(CJK_NAME);

    // Paid in full: nothing due.
    await h.must('cashier', 'billing.payments.record', { customerId: customer.id, amountMinor: 116_500, method: 'bank_transfer', reference: 'BCA-77' });
    text = pdfText((await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id })).pdfBase64);
    expect(text).toMatch(new RegExp(`Amount due\\s+${rp('0')}`));
    expect(text).toMatch(/Status\s+PAID/);
    expect(payment.entry.kind).toBe('payment');
  });

  it('80 mm invoice is one roll page 80 mm wide with the same figures', async () => {
    const { h } = await startDocuments();
    const { invoice } = await customerWithInvoice(h);
    const roll = await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id, paper: '80mm' });
    const pages = pdfPages(roll.file);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.width).toBeCloseTo(80 * MM, 1);
    expect(roll.fileName).toBe('invoice-WJ-2026-000001-80mm.pdf');
    const text = pdfText(roll.pdfBase64);
    expect(text).toMatch(/Invoice no\.\s+WJ-2026-000001/);
    expect(text).toMatch(new RegExp(`1 x ${rp('150.000')}\\s+${rp('166.500')}`));
    expect(text).toMatch(new RegExp(`incl\\. tax 11%: ${rp('16.500')}`));
    expect(text).toMatch(new RegExp(`TOTAL\\s+${rp('216.500')}`));
    expect(text).toMatch(new RegExp(`Amount due\\s+${rp('216.500')}`));
  });

  it('a voided invoice is marked VOID with the date and reason, and owes nothing', async () => {
    const { h } = await startDocuments();
    const { invoice } = await customerWithInvoice(h);
    setJakartaTime(h, '2026-01-11T08:00:00');
    await h.must('manager', 'billing.entries.void', { entryId: invoice.id, reason: 'salah pelanggan' });
    const text = pdfText((await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id })).pdfBase64);
    expect(text).toMatch(/^\s*VOID\s*$/m);
    expect(text).toContain('Voided on 11 Jan 2026: salah pelanggan');
    expect(text).toMatch(/Status\s+VOID/);
    expect(text).toMatch(new RegExp(`Amount due\\s+${rp('0')}`));
    // The original figures stay readable.
    expect(text).toMatch(new RegExp(`TOTAL\\s+${rp('216.500')}`));
  });

  it('a credit note prints its CN number, lines, the credit and the invoices it was applied to', async () => {
    const { h } = await startDocuments();
    const { customer } = await customerWithInvoice(h);
    const note = await h.must('manager', 'billing.creditNotes.create', { customerId: customer.id, lines: [{ description: 'Gangguan 3 hari', netMinor: 10_000, taxRateBp: 1100 }], memo: 'outage' });
    expect(note.entry.number).toBe('CN-WJ-2026-000001');
    const printed = await h.must('cashier', 'billing.documents.pdf', { entryId: note.entry.id });
    expect(printed).toMatchObject({ document: 'credit_note', fileName: 'credit-note-CN-WJ-2026-000001-a4.pdf' });
    const text = pdfText(printed.pdfBase64);
    expect(text).toContain('CREDIT NOTE');
    expect(text).toMatch(/Credit note no\.\s+CN-WJ-2026-000001/);
    expect(text).toMatch(new RegExp(`TOTAL CREDIT\\s+${rp('11.100')}`));
    expect(text).toMatch(new RegExp(`Credit applied\\s+${rp('11.100')}`));
    expect(text).toMatch(new RegExp(`Invoice WJ-2026-000001\\s+${rp('11.100')}`));
    expect(text).toContain('Note: outage');
    expect(text).toContain(CJK_NAME);
  });
});

describe('payment receipts', () => {
  it('80 mm by default: method, reference, amount, the invoices it settled, the balance after and the unused credit', async () => {
    const { h } = await startDocuments();
    const { customer } = await customerWithInvoice(h);
    setJakartaTime(h, '2026-01-20T10:00:00');
    const second = await h.must('manager', 'billing.invoices.create', { customerId: customer.id, lines: [{ description: 'Internet Februari', netMinor: 150_000 }] });
    setJakartaTime(h, '2026-01-21T14:35:00');
    // 216,500 + 150,000 owed; 400,000 pays both and leaves 33,500 of credit.
    const payment = await h.must('cashier', 'billing.payments.record', { customerId: customer.id, amountMinor: 400_000, method: 'mobile_money', reference: 'DANA-778899' });
    const receipt = await h.must('cashier', 'billing.documents.pdf', { entryId: payment.entry.id });
    expect(receipt.document).toBe('receipt');
    expect(receipt.fileName).toMatch(/^receipt-P-[0-9A-F]{10}-80mm\.pdf$/);
    expect(pdfPages(receipt.file)[0]?.width).toBeCloseTo(80 * MM, 1);
    const text = pdfText(receipt.pdfBase64);
    expect(text).toContain('PAYMENT RECEIPT');
    expect(text).toContain(CJK_NAME);
    expect(text).toMatch(/Date\s+21 Jan 2026, 14[.:]35/);
    expect(text).toMatch(/Method\s+Mobile money/);
    expect(text).toMatch(/Reference\s+DANA-778899/);
    expect(text).toMatch(new RegExp(`AMOUNT RECEIVED\\s+${rp('400.000')}`));
    expect(text).toMatch(new RegExp(`Invoice WJ-2026-000001\\s+${rp('216.500')}`));
    expect(text).toMatch(new RegExp(`Invoice ${second.entry.number ?? ''}\\s+${rp('150.000')}`));
    expect(text).toMatch(new RegExp(`Held as credit\\s+${rp('33.500')}`));
    expect(text).toMatch(new RegExp(`Credit after payment\\s+${rp('33.500')}`));

    const a4 = await h.must('cashier', 'billing.documents.pdf', { entryId: payment.entry.id, paper: 'a4' });
    expect(pdfPages(a4.file)[0]?.width).toBeCloseTo(595.28, 1);
    expect(pdfText(a4.pdfBase64)).toMatch(new RegExp(`AMOUNT RECEIVED\\s+${rp('400.000')}`));
  });

  it('the balance after a partial payment, and a voided payment is marked VOID', async () => {
    const { h } = await startDocuments();
    const { customer } = await customerWithInvoice(h);
    const payment = await h.must('cashier', 'billing.payments.record', { customerId: customer.id, amountMinor: 16_500, method: 'cash' });
    let text = pdfText((await h.must('cashier', 'billing.documents.pdf', { entryId: payment.entry.id })).pdfBase64);
    expect(text).toMatch(/Method\s+Cash/);
    expect(text).toMatch(new RegExp(`Balance after payment\\s+${rp('200.000')}`));
    await h.must('manager', 'billing.entries.void', { entryId: payment.entry.id, reason: 'uang palsu' });
    text = pdfText((await h.must('cashier', 'billing.documents.pdf', { entryId: payment.entry.id })).pdfBase64);
    expect(text).toMatch(/^\s*VOID\s*$/m);
    expect(text).toContain('uang palsu');
    expect(text).not.toContain('Settled:');
  });
});
