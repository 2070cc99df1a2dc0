import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../src-main/core/create-core';
import { PASSWORDS, startOfficeWithStaff as startOffice, type Harness } from '../support/core-harness';
import { setJakartaTime } from './support';

/** Tests move the clock by months: the idle lock must not sign anyone out meanwhile. */
const startOfficeWithStaff = () => startOffice({ idleLockMsOverride: 10 * 365 * 86_400_000 });

async function customer(h: Harness, name = 'Siti'): Promise<string> {
  return (await h.must('manager', 'customers.create', { name })).id;
}

async function invoice(h: Harness, customerId: string, netMinor: number, taxRateBp = 0) {
  return (await h.must('manager', 'billing.invoices.create', { customerId, lines: [{ description: 'Service', netMinor, taxRateBp }] })).entry;
}

async function pay(h: Harness, customerId: string, amountMinor: number) {
  return h.must('cashier', 'billing.payments.record', { customerId, amountMinor, method: 'cash' });
}

describe('invoices and numbering', () => {
  it('numbers invoices OFFICE-YYYY-NNNNNN without gaps, and a failed create burns no number', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    const numbers: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      numbers.push((await invoice(h, id, 1000 + i)).number ?? '');
      if (i % 10 === 0) {
        const failed = await h.call('manager', 'billing.invoices.create', {
          customerId: '01940000-0000-7000-8000-000000000000',
          lines: [{ description: 'x', netMinor: 1 }],
        });
        expect(failed.ok ? 'OK' : failed.error.code).toBe('NOT_FOUND');
        const early = await h.call('manager', 'billing.invoices.create', { customerId: id, lines: [{ description: 'x', netMinor: 1 }], dueDate: '2020-01-01' });
        expect(early.ok ? 'OK' : early.error.code).toBe('VALIDATION');
      }
    }
    expect(numbers).toEqual(Array.from({ length: 120 }, (_, i) => `WJ-2026-${String(i + 1).padStart(6, '0')}`));
    // Calls in flight together (two windows, the web bridge) still draw distinct, consecutive numbers.
    const together = await Promise.all(Array.from({ length: 40 }, () => h.must('manager', 'billing.invoices.create', { customerId: id, lines: [{ description: 'x', netMinor: 5 }] })));
    expect(together.map((r) => r.entry.number).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `WJ-2026-${String(i + 121).padStart(6, '0')}`));
  });

  it('the year is the office year: 00:30 on 1 January in Jakarta starts the new series', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    setJakartaTime(h, '2026-12-31T23:59:00');
    expect((await invoice(h, id, 10)).number).toBe('WJ-2026-000001');
    setJakartaTime(h, '2027-01-01T00:30:00'); // still 2026-12-31 in UTC
    expect((await invoice(h, id, 10)).number).toBe('WJ-2027-000001');
    expect((await invoice(h, id, 10)).number).toBe('WJ-2027-000002');
  });

  it('computes tax per line and totals, with the due date from the office settings', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    setJakartaTime(h, '2026-03-10T09:00:00');
    const { entry, balanceMinor } = await h.must('manager', 'billing.invoices.create', {
      customerId: id,
      lines: [
        { description: 'Internet', netMinor: 150_000, taxRateBp: 1100 },
        { description: 'Cable', netMinor: 45, taxRateBp: 1000 },
      ],
    });
    expect(entry.lines.map((line) => [line.netMinor, line.taxMinor, line.totalMinor])).toEqual([
      [150_000, 16_500, 166_500],
      [45, 5, 50],
    ]);
    expect(entry).toMatchObject({ kind: 'invoice', amountMinor: 166_550, dueDate: '2026-03-17' });
    expect(balanceMinor).toBe(166_550);
  });
});

describe('allocation and statuses', () => {
  it('pays the oldest invoices first, keeps overpayment as credit and uses it on the next invoice', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    setJakartaTime(h, '2026-02-01T09:00:00');
    const jan = await invoice(h, id, 100_000);
    h.clock.advance(60_000);
    const feb = await invoice(h, id, 100_000);
    h.clock.advance(60_000);
    const first = await pay(h, id, 150_000);
    expect(first.balanceMinor).toBe(50_000);
    let statement = await h.must('cashier', 'billing.ledger.get', { customerId: id });
    const byId = (entryId: string) => statement.entries.find((entry) => entry.id === entryId);
    expect(byId(jan.id)).toMatchObject({ status: 'paid', settledMinor: 100_000, openMinor: 0 });
    expect(byId(feb.id)).toMatchObject({ status: 'partly_paid', settledMinor: 50_000, openMinor: 50_000 });
    expect(statement.allocations).toEqual([
      { creditEntryId: first.entry.id, debitEntryId: jan.id, amountMinor: 100_000 },
      { creditEntryId: first.entry.id, debitEntryId: feb.id, amountMinor: 50_000 },
    ]);
    // Overpay: 80,000 covers the 50,000 left; 30,000 stays as credit.
    const second = await pay(h, id, 80_000);
    expect(second.balanceMinor).toBe(-30_000);
    statement = await h.must('cashier', 'billing.ledger.get', { customerId: id });
    expect(statement).toMatchObject({ balanceMinor: -30_000, outstandingMinor: 0, creditMinor: 30_000 });
    h.clock.advance(60_000);
    const mar = await invoice(h, id, 100_000);
    statement = await h.must('cashier', 'billing.ledger.get', { customerId: id });
    expect(byId(mar.id)).toMatchObject({ status: 'partly_paid', settledMinor: 30_000, openMinor: 70_000 });
    expect(statement).toMatchObject({ balanceMinor: 70_000, outstandingMinor: 70_000, creditMinor: 0 });
  });

  it('an unpaid invoice becomes overdue the day after its due date', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    setJakartaTime(h, '2026-05-01T10:00:00');
    const due = await h.must('manager', 'billing.invoices.create', { customerId: id, lines: [{ description: 'x', netMinor: 500 }], dueDate: '2026-05-05' });
    const status = async () => (await h.must('owner', 'billing.ledger.get', { customerId: id })).entries.find((e) => e.id === due.entry.id)?.status;
    setJakartaTime(h, '2026-05-05T23:59:00');
    expect(await status()).toBe('unpaid');
    setJakartaTime(h, '2026-05-06T00:01:00');
    expect(await status()).toBe('overdue');
    await pay(h, id, 500);
    expect(await status()).toBe('paid');
  });

  it('credit notes and adjustments take part in allocation like payments and invoices', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    const inv = await invoice(h, id, 10_000);
    h.clock.advance(1000);
    await h.must('manager', 'billing.creditNotes.create', { customerId: id, lines: [{ description: 'Outage', netMinor: 2_000 }], memo: 'outage' });
    h.clock.advance(1000);
    const debit = (await h.must('manager', 'billing.adjustments.create', { customerId: id, amountMinor: 500, memo: 'late fee' })).entry;
    h.clock.advance(1000);
    const credit = await h.must('manager', 'billing.adjustments.create', { customerId: id, amountMinor: -8_000, memo: 'goodwill' });
    expect(credit.balanceMinor).toBe(500);
    const statement = await h.must('owner', 'billing.ledger.get', { customerId: id });
    expect(statement.entries.find((e) => e.id === inv.id)?.status).toBe('paid');
    expect(statement.entries.find((e) => e.id === debit.id)).toMatchObject({ status: 'unpaid', openMinor: 500 });
  });

  it('refuses bad ledger input with typed errors and writes nothing', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    const before = h.changes();
    const cases: Array<[unknown, string]> = [
      [{ customerId: id, amountMinor: 10.5, method: 'cash' }, 'VALIDATION'],
      [{ customerId: id, amountMinor: 0, method: 'cash' }, 'VALIDATION'],
      [{ customerId: id, amountMinor: 100, method: 'bank_transfer' }, 'VALIDATION'],
      [{ customerId: id, amountMinor: '100', method: 'cash' }, 'VALIDATION'],
      [{ customerId: '01940000-0000-7000-8000-000000000000', amountMinor: 100, method: 'cash' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const result = await h.call('cashier', 'billing.payments.record', input as never);
      expect(result.ok ? 'OK' : result.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(h.changes()).toBe(before);
  });
});

describe('voids', () => {
  it('a void is a reversing entry: the payment is gone from allocation, the original row stays', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    const inv = await invoice(h, id, 10_000);
    h.clock.advance(1000);
    const payment = await pay(h, id, 10_000);
    h.clock.advance(1000);
    const voided = await h.must('manager', 'billing.entries.void', { entryId: payment.entry.id, reason: 'cheque bounced' });
    expect(voided.entry).toMatchObject({ kind: 'void', amountMinor: 10_000, voidsEntryId: payment.entry.id, memo: 'cheque bounced' });
    expect(voided.balanceMinor).toBe(10_000);
    const statement = await h.must('owner', 'billing.ledger.get', { customerId: id });
    expect(statement.entries.map((e) => e.kind)).toEqual(['invoice', 'payment', 'void']);
    expect(statement.entries[1]).toMatchObject({ voidedByEntryId: voided.entry.id, amountMinor: -10_000 });
    expect(statement.entries.find((e) => e.id === inv.id)?.status).toBe('unpaid');
    expect(statement.allocations).toEqual([]);
  });

  it('voiding an invoice frees its payment as credit; double voids and voids of voids are refused', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    const inv = await invoice(h, id, 7_000);
    await pay(h, id, 7_000);
    const voided = await h.must('owner', 'billing.entries.void', { entryId: inv.id, reason: 'wrong customer' });
    const statement = await h.must('owner', 'billing.ledger.get', { customerId: id });
    expect(statement).toMatchObject({ balanceMinor: -7_000, creditMinor: 7_000, outstandingMinor: 0 });
    expect(statement.entries[0]).toMatchObject({ status: 'void', settledMinor: 0, openMinor: 0 });
    const before = h.changes();
    for (const entryId of [inv.id, voided.entry.id]) {
      const again = await h.call('owner', 'billing.entries.void', { entryId, reason: 'again' });
      expect(again.ok ? 'OK' : again.error.code).toBe('CONFLICT');
    }
    expect(h.changes()).toBe(before);
  });

  it('a cashier voids only with a manager approval', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    const payment = await pay(h, id, 1_000);
    const refused = await h.call('cashier', 'billing.entries.void', { entryId: payment.entry.id, reason: 'typo' });
    expect(refused.ok ? 'OK' : refused.error.code).toBe('APPROVAL_REQUIRED');
    const { approvalToken } = await h.must('cashier', 'auth.requestApproval', { username: 'manager', password: PASSWORDS.manager, procedure: 'billing.entries.void' });
    const approved = await h.call('cashier', 'billing.entries.void', { entryId: payment.entry.id, reason: 'typo' }, approvalToken);
    expect(approved.ok).toBe(true);
    const { entries } = await h.must('owner', 'audit.list', { procedure: 'billing.entries.void', limit: 1 });
    expect(entries[0]).toMatchObject({ operatorName: 'cashier', summary: `voided ledger entry ${payment.entry.id}` });
  });

  it('the ledger tables refuse UPDATE and DELETE; every money column holds integers only', async () => {
    const h = await startOfficeWithStaff();
    const id = await customer(h);
    await invoice(h, id, 1_234, 1100);
    await pay(h, id, 99);
    const raw = new Database(path.join(h.dataDir, DB_FILE_NAME));
    try {
      expect(() => raw.prepare('UPDATE ledger_entries SET amount_minor = 0').run()).toThrow(/insert-only/);
      expect(() => raw.prepare('DELETE FROM ledger_entries').run()).toThrow(/insert-only/);
      expect(() => raw.prepare('UPDATE ledger_lines SET net_minor = 0').run()).toThrow(/insert-only/);
      expect(() => raw.prepare('DELETE FROM ledger_lines').run()).toThrow(/insert-only/);
      // A sequence only moves up (a billing run draws a block of numbers at once); never back, never deleted.
      expect(() => raw.prepare("UPDATE number_sequences SET value = value - 1 WHERE key LIKE 'invoice:%'").run()).toThrow(/count up/);
      expect(() => raw.prepare("UPDATE number_sequences SET value = value WHERE key LIKE 'invoice:%'").run()).toThrow(/count up/);
      expect(() => raw.prepare('DELETE FROM number_sequences').run()).toThrow(/cannot be deleted/);
      const insert = raw.prepare(
        "INSERT INTO ledger_entries (id, customer_id, kind, amount_minor, occurred_at, created_at, method) VALUES (?, ?, 'payment', ?, 0, 0, 'cash')",
      );
      expect(() => insert.run('01940000-0000-7000-8000-0000000000a1', id, -10.5)).toThrow(/CHECK/);
      const odd = raw
        .prepare(
          `SELECT count(*) AS n FROM ledger_entries WHERE typeof(amount_minor) <> 'integer'
           UNION ALL SELECT count(*) FROM ledger_lines WHERE typeof(net_minor) <> 'integer' OR typeof(tax_minor) <> 'integer' OR typeof(total_minor) <> 'integer'`,
        )
        .all() as Array<{ n: number }>;
      expect(odd.map((row) => row.n)).toEqual([0, 0]);
    } finally {
      raw.close();
    }
  });
});
