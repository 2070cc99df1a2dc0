import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Harness } from '../../support/core-harness';
import { pdfText, setJakartaTime, startDocuments } from './support';

const UNKNOWN_ID = '01940000-0000-7000-8000-000000000000';

function printsDir(h: Harness): string[] {
  const dir = path.join(h.dataDir, 'prints');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

async function setup(h: Harness) {
  const customer = await h.must('manager', 'customers.create', { name: 'Dewi Lestari' });
  const invoice = await h.must('manager', 'billing.invoices.create', { customerId: customer.id, lines: [{ description: 'Internet', netMinor: 120_000 }] });
  const adjustment = await h.must('manager', 'billing.adjustments.create', { customerId: customer.id, amountMinor: 1_000, memo: 'materai' });
  return { customer, invoice: invoice.entry, adjustment: adjustment.entry };
}

describe('bad input is a typed error and changes nothing', () => {
  it('unknown entry or customer, a non-document entry, a bad range or paper: no row, no file', async () => {
    const { h } = await startDocuments();
    const { customer, invoice, adjustment } = await setup(h);
    const cases: Array<{ call: () => Promise<{ ok: boolean; error?: { code: string } }>; code: string }> = [
      { call: () => h.call('cashier', 'billing.documents.pdf', { entryId: UNKNOWN_ID }), code: 'NOT_FOUND' },
      { call: () => h.call('cashier', 'billing.documents.pdf', { entryId: adjustment.id }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.documents.pdf', { entryId: 'not-an-id' }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.documents.pdf', { entryId: invoice.id, paper: 'a5' as never }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.documents.pdf', { entryId: invoice.id, paper: '58mm' as never }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.documents.pdf', { entryId: invoice.id, destination: { kind: 'printer', copies: 0 } }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.statement.pdf', { customerId: UNKNOWN_ID }), code: 'NOT_FOUND' },
      { call: () => h.call('cashier', 'billing.statement.pdf', { customerId: customer.id, from: '2026-02-01', to: '2026-01-31' }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.statement.pdf', { customerId: customer.id, from: '2026-02-30' }), code: 'VALIDATION' },
      // Only a start after today: the end defaults to today, so the range runs backwards.
      { call: () => h.call('cashier', 'billing.statement.pdf', { customerId: customer.id, from: '2027-01-01' }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.statement.pdf', { customerId: customer.id, from: '2000-01-01', to: '2026-01-01' }), code: 'VALIDATION' },
      { call: () => h.call('cashier', 'billing.statement.pdf', { customerId: customer.id, paper: 'letter' as never }), code: 'VALIDATION' },
      { call: () => h.call('manager', 'billing.documents.details.update', { email: 'not an address' }), code: 'VALIDATION' },
      { call: () => h.call('technician', 'billing.documents.pdf', { entryId: invoice.id }), code: 'FORBIDDEN' },
      { call: () => h.call('cashier', 'billing.documents.details.update', { phone: '1' }), code: 'FORBIDDEN' },
    ];
    for (const [index, item] of cases.entries()) {
      const before = h.changes();
      const result = await item.call();
      expect([index, result.ok ? 'OK' : result.error?.code]).toEqual([index, item.code]);
      expect(h.changes(), `case ${index} wrote rows`).toBe(before);
    }
    expect(printsDir(h)).toEqual([]);
  });
});

describe('printing to a printer', () => {
  it('saves the PDF, sends it to the chosen printer with the copies, and audits where it went', async () => {
    const { h, printer } = await startDocuments();
    const { customer, invoice } = await setup(h);
    const printed = await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id, destination: { kind: 'printer', printer: 'Front-Desk', copies: 2 } });
    expect(printed.printer).toBe('Front-Desk');
    expect(printer.jobs).toEqual([{ file: printed.file, printer: 'Front-Desk', copies: 2, title: `Invoice ${invoice.number ?? ''}`, bytes: printed.bytes }]);
    const statement = await h.must('cashier', 'billing.statement.pdf', { customerId: customer.id, paper: '80mm', destination: { kind: 'printer' } });
    expect(statement.printer).toBe('default');
    expect(printer.jobs[1]).toMatchObject({ file: statement.file, copies: 1 });
    expect(printer.jobs[1]?.printer).toBeUndefined();
    const audit = await h.must('owner', 'audit.list', { limit: 5 });
    expect(audit.entries.map((entry) => entry.summary)).toEqual(
      expect.arrayContaining([`printed Invoice ${invoice.number ?? ''} on Front-Desk`, expect.stringMatching(/^printed Statement .* on default$/)]),
    );
  });

  it('a refused job is a CONFLICT naming the saved PDF, and nothing is audited as printed', async () => {
    const { h, printer } = await startDocuments();
    const { invoice } = await setup(h);
    printer.refuse = 'printer is out of paper';
    const before = h.changes();
    const result = await h.call('cashier', 'billing.documents.pdf', { entryId: invoice.id, destination: { kind: 'printer', copies: 1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONFLICT');
    expect(result.error.message).toMatch(/out of paper[\s\S]*prints[/\\]invoice-WJ-2026-000001-a4-.*\.pdf/);
    expect(h.changes()).toBe(before);
    expect(printsDir(h)).toHaveLength(1);
  });

  it('office details: cashiers read them, managers change them (fields left out stay), documents print them', async () => {
    const { h } = await startDocuments();
    const { invoice } = await setup(h);
    expect(await h.must('cashier', 'billing.documents.details.get', {})).toEqual({ address: '', phone: '', email: '', taxId: '', footer: '' });
    await h.must('manager', 'billing.documents.details.update', { address: 'Ruko Blok C 5', phone: '0812 000 111' });
    const details = await h.must('manager', 'billing.documents.details.update', { taxId: 'NPWP 99', footer: 'Bayar sebelum tanggal 10' });
    expect(details).toEqual({ address: 'Ruko Blok C 5', phone: '0812 000 111', email: '', taxId: 'NPWP 99', footer: 'Bayar sebelum tanggal 10' });
    setJakartaTime(h, '2026-01-16T08:00:00');
    const text = pdfText((await h.must('cashier', 'billing.documents.pdf', { entryId: invoice.id })).pdfBase64);
    for (const line of ['Ruko Blok C 5', 'Phone: 0812 000 111', 'Tax ID: NPWP 99', 'Bayar sebelum tanggal 10']) expect(text).toContain(line);
    expect(text).not.toContain('E-mail');
  });
});

describe('balance column', () => {
  it('customers.list and customers.search carry each customer’s ledger balance, equal to the statement balance', async () => {
    const { h } = await startDocuments();
    const owes = await h.must('manager', 'customers.create', { name: 'Hendra Saputra', phones: ['0813-2222'] });
    const credit = await h.must('manager', 'customers.create', { name: 'Hendra Wijaya' });
    const none = await h.must('manager', 'customers.create', { name: 'Hendra Lubis' });
    await h.must('manager', 'billing.invoices.create', { customerId: owes.id, lines: [{ description: 'a', netMinor: 90_000, taxRateBp: 1100 }] });
    await h.must('cashier', 'billing.payments.record', { customerId: owes.id, amountMinor: 40_000, method: 'cash' });
    await h.must('cashier', 'billing.payments.record', { customerId: credit.id, amountMinor: 25_000, method: 'cash' });
    const voided = await h.must('manager', 'billing.invoices.create', { customerId: credit.id, lines: [{ description: 'b', netMinor: 10_000 }] });
    await h.must('manager', 'billing.entries.void', { entryId: voided.entry.id, reason: 'dobel' });

    const expected = new Map<string, number>();
    for (const id of [owes.id, credit.id, none.id]) expected.set(id, (await h.must('cashier', 'billing.ledger.get', { customerId: id })).balanceMinor);
    expect([...expected.values()]).toEqual([59_900, -25_000, 0]);
    const listed = await h.must('cashier', 'customers.list', {});
    const searched = await h.must('cashier', 'customers.search', { query: 'hendra' });
    for (const rows of [listed.customers, searched]) {
      expect(rows).toHaveLength(3);
      for (const row of rows) expect([row.name, row.balanceMinor]).toEqual([row.name, expected.get(row.id)]);
    }
    // The statement PDF's closing balance is the same figure.
    const statement = pdfText((await h.must('cashier', 'billing.statement.pdf', { customerId: owes.id })).pdfBase64);
    expect(statement).toMatch(/Closing balance\s+Rp\s*59\.900/);
    const creditStatement = pdfText((await h.must('cashier', 'billing.statement.pdf', { customerId: credit.id })).pdfBase64);
    expect(creditStatement).toMatch(/Closing balance \(credit\)\s+-Rp\s*25\.000/);
  });
});
