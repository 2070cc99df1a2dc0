import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src-shared/domain/money';
import type { Harness } from '../../support/core-harness';
import { pdfPages, pdfText, setJakartaTime, startDocuments } from './support';

const rp = (text: string): string => `Rp\\s*${text.replace(/\./g, '\\.')}`;
const money = (minor: number): string => formatMoney(minor, { code: 'IDR', exponent: 0 }, 'id-ID');
/** A formatted amount as a pattern (signs and spaces as pdftotext gives them). */
const amount = (minor: number): string => money(minor).replace(/\s/g, '\\s*').replace(/\./g, '\\.');

async function invoice(h: Harness, customerId: string, description: string, netMinor: number, at: string): Promise<string> {
  setJakartaTime(h, at);
  return (await h.must('manager', 'billing.invoices.create', { customerId, lines: [{ description, netMinor }] })).entry.number ?? '';
}

async function pay(h: Harness, customerId: string, amountMinor: number, at: string): Promise<void> {
  setJakartaTime(h, at);
  await h.must('cashier', 'billing.payments.record', { customerId, amountMinor, method: 'cash' });
}

describe('statement PDFs', () => {
  it('opening balance, every entry of the period with a running balance, closing balance, open items and ageing', async () => {
    const { h } = await startDocuments();
    const customer = await h.must('manager', 'customers.create', { name: '김민수 Kim', address: 'Jl. Kenanga 9' });
    const id = customer.id;
    const october = await invoice(h, id, 'Internet Oktober', 100_000, '2025-10-05T09:00:00');
    await pay(h, id, 40_000, '2025-10-20T09:00:00');
    const december = await invoice(h, id, 'Internet Desember', 100_000, '2025-12-05T09:00:00');
    const january = await invoice(h, id, 'Internet Januari', 100_000, '2026-01-05T09:00:00');
    await pay(h, id, 30_000, '2026-01-25T09:00:00');
    const february = await invoice(h, id, 'Internet Februari', 100_000, '2026-02-05T09:00:00');
    setJakartaTime(h, '2026-02-06T10:00:00');
    await h.must('manager', 'billing.adjustments.create', { customerId: id, amountMinor: -5_000, memo: 'pembulatan' });

    // Default period: the last three months up to today (the office's 2026-02-06).
    setJakartaTime(h, '2026-02-06T12:00:00');
    const printed = await h.must('cashier', 'billing.statement.pdf', { customerId: id });
    expect(printed).toMatchObject({ document: 'statement', from: '2025-11-07', to: '2026-02-06', pages: 1 });
    expect(printed.fileName).toBe(`statement-${customer.accountNumber}-2025-11-07-2026-02-06-a4.pdf`);
    const text = pdfText(printed.pdfBase64);
    expect(text).toContain('STATEMENT OF ACCOUNT');
    expect(text).toContain('김민수 Kim');
    expect(text).toMatch(/Period\s+07 Nov 2025 – 06 Feb 2026/);
    // October's invoice and payment are before the period: opening balance 60,000. Dates in the office locale (id-ID).
    expect(text).not.toContain('Internet Oktober');
    expect(text).toMatch(new RegExp(`07 Nov 2025\\s+Opening balance\\s+${rp('60.000')}`));
    expect(text).toMatch(new RegExp(`05 Des 2025\\s+Invoice ${december}\\s+Internet Desember\\s+${rp('100.000')}\\s+${rp('160.000')}`));
    expect(text).toMatch(new RegExp(`05 Jan 2026\\s+Invoice ${january}\\s+Internet Januari\\s+${rp('100.000')}\\s+${rp('260.000')}`));
    expect(text).toMatch(new RegExp(`25 Jan 2026\\s+Payment P-[0-9A-F]{10}\\s+Cash\\s+${rp('30.000')}\\s+${rp('230.000')}`));
    expect(text).toMatch(new RegExp(`05 Feb 2026\\s+Invoice ${february}\\s+Internet Februari\\s+${rp('100.000')}\\s+${rp('330.000')}`));
    expect(text).toMatch(new RegExp(`06 Feb 2026\\s+Adjustment\\s+pembulatan\\s+${rp('5.000')}\\s+${rp('325.000')}`));
    expect(text).toMatch(new RegExp(`Closing balance\\s+${rp('325.000')}`));
    // Open on 6 Feb: October 100,000 − 40,000 − 30,000 − 5,000 (oldest first) = 25,000, 117 days overdue;
    // December 97 days, January 25 days, February not yet due.
    expect(text).toMatch(new RegExp(`Invoice ${october}\\s+12 Okt 2025\\s+117\\s+OVERDUE\\s+${rp('25.000')}`));
    expect(text).toMatch(new RegExp(`Invoice ${december}\\s+12 Des 2025\\s+56\\s+OVERDUE\\s+${rp('100.000')}`));
    expect(text).toMatch(new RegExp(`Invoice ${january}\\s+12 Jan 2026\\s+25\\s+OVERDUE\\s+${rp('100.000')}`));
    expect(text).toMatch(new RegExp(`Invoice ${february}\\s+12 Feb 2026\\s+0\\s+UNPAID\\s+${rp('100.000')}`));
    expect(text).toMatch(new RegExp(`Not yet due\\s+${rp('100.000')}`));
    expect(text).toMatch(new RegExp(`1-30 days overdue\\s+${rp('100.000')}`));
    expect(text).toMatch(new RegExp(`31-60 days overdue\\s+${rp('100.000')}`));
    expect(text).toMatch(new RegExp(`61-90 days overdue\\s+${rp('0')}`));
    expect(text).toMatch(new RegExp(`Over 90 days overdue\\s+${rp('25.000')}`));
    expect(text).toMatch(new RegExp(`Total open\\s+${rp('325.000')}`));

    // The closing balance is the ledger's balance; the customers grid shows the same figure.
    const ledger = await h.must('cashier', 'billing.ledger.get', { customerId: id });
    expect(ledger.balanceMinor).toBe(325_000);
    const row = (await h.must('cashier', 'customers.list', {})).customers.find((c) => c.id === id);
    expect(row?.balanceMinor).toBe(ledger.balanceMinor);
  });

  it('an explicit period: entries after it are left out, statuses as they stood at its end; 80 mm roll', async () => {
    const { h } = await startDocuments();
    const id = (await h.must('manager', 'customers.create', { name: 'Rina' })).id;
    const first = await invoice(h, id, 'Internet Maret', 80_000, '2026-03-02T09:00:00');
    await pay(h, id, 80_000, '2026-04-20T09:00:00');
    setJakartaTime(h, '2026-05-01T09:00:00');
    const march = await h.must('cashier', 'billing.statement.pdf', { customerId: id, from: '2026-03-01', to: '2026-03-31', paper: '80mm' });
    expect(march).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    expect(pdfPages(march.file)).toHaveLength(1);
    const text = pdfText(march.pdfBase64);
    expect(text).toMatch(new RegExp(`Closing balance\\s+${rp('80.000')}`));
    expect(text).not.toContain('Payment');
    // On 31 March the invoice (due 9 March) was 22 days overdue and unpaid.
    expect(text).toMatch(new RegExp(`Invoice ${first} \\(22 days overdue\\)\\s+due 09 Mar 2026\\s+${rp('80.000')}`));
    expect(text).toMatch(new RegExp(`1-30 days overdue\\s+${rp('80.000')}`));
    // The whole time: settled, nothing open, closing balance 0.
    const all = pdfText((await h.must('cashier', 'billing.statement.pdf', { customerId: id, from: '2026-03-01' })).pdfBase64);
    expect(all).toMatch(new RegExp(`Closing balance\\s+${rp('0')}`));
    expect(all).toContain('Nothing is open.');
  });

  it('a long statement flows onto more A4 pages with the table header repeated', async () => {
    const { h } = await startDocuments();
    const id = (await h.must('manager', 'customers.create', { name: 'Agus' })).id;
    let balance = 0;
    for (let day = 1; day <= 28; day += 1) {
      const at = `2026-02-${String(day).padStart(2, '0')}T09:00:00`;
      await invoice(h, id, `Voucher harian ${day}`, 10_000 + day, at);
      balance += 10_000 + day;
      await pay(h, id, 5_000, at.replace('T09', 'T15'));
      balance -= 5_000;
    }
    const printed = await h.must('cashier', 'billing.statement.pdf', { customerId: id, from: '2026-02-01', to: '2026-02-28' });
    expect(printed.pages).toBeGreaterThan(1);
    expect(pdfPages(printed.file)).toHaveLength(printed.pages);
    const text = pdfText(printed.pdfBase64);
    expect(text.match(/Date\s+Document\s+Details\s+Charges\s+Credits\s+Balance/g)?.length).toBe(printed.pages);
    expect(text).toContain(`page ${printed.pages} of ${printed.pages}`);
    expect(text).toMatch(new RegExp(`Closing balance\\s+${amount(balance)}`));
  });
});
