import { describe, expect, it } from 'vitest';
import { newId } from '../../../src-shared/domain/ids';
import { startBillingHarness } from '../support';
import { pdfText, setJakartaTime, startDocuments } from './support';

const UNKNOWN_CUSTOMER = '01940000-0000-7000-8000-000000000000';

function sequence(h: Awaited<ReturnType<typeof startDocuments>>['h'], key: string): number | undefined {
  const row = h.core.services.sqlite.prepare('SELECT value FROM number_sequences WHERE key = ?').get(key) as { value: number } | undefined;
  return row?.value;
}

describe('credit-note numbers', () => {
  it('CN-OFFICE-YYYY-NNNNNN without gaps; a create that fails after drawing its number gives it back', async () => {
    const { h } = await startDocuments();
    const customerId = (await h.must('manager', 'customers.create', { name: 'Siti' })).id;
    const credit = (description: string) => h.call('manager', 'billing.creditNotes.create', { customerId, lines: [{ description, netMinor: 1000 }], memo: 'goodwill' });
    // A failure inside the write transaction, after the number was drawn: the line insert aborts.
    h.core.services.sqlite.exec(
      "CREATE TEMP TRIGGER fail_line BEFORE INSERT ON main.ledger_lines WHEN NEW.description = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
    );
    const numbers: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const ok = await credit(`Credit ${i}`);
      if (!ok.ok) throw new Error(ok.error.message);
      numbers.push(ok.data.entry.number ?? '');
      if (i % 7 === 0) {
        const failed = await credit('boom');
        expect(failed.ok).toBe(false);
        const unknown = await h.call('manager', 'billing.creditNotes.create', { customerId: UNKNOWN_CUSTOMER, lines: [{ description: 'x', netMinor: 1 }], memo: 'x' });
        expect(unknown.ok ? 'OK' : unknown.error.code).toBe('NOT_FOUND');
      }
    }
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => `CN-WJ-2026-${String(i + 1).padStart(6, '0')}`));
    expect(sequence(h, 'credit-note:2026')).toBe(30);
    // Invoices keep their own series, untouched by credit notes.
    const invoice = await h.must('manager', 'billing.invoices.create', { customerId, lines: [{ description: 'Service', netMinor: 5000 }] });
    expect(invoice.entry.number).toBe('WJ-2026-000001');
    // Calls in flight together still draw distinct, consecutive numbers.
    const together = await Promise.all(Array.from({ length: 12 }, () => credit('together')));
    const drawn = together.map((result) => (result.ok ? result.data.entry.number : result.error.code)).sort();
    expect(drawn).toEqual(Array.from({ length: 12 }, (_, i) => `CN-WJ-2026-${String(i + 31).padStart(6, '0')}`));
  });

  it('the year is the office year, and old credit notes without a number keep none (and still print)', async () => {
    const { h } = await startDocuments();
    const customerId = (await h.must('manager', 'customers.create', { name: 'Budi' })).id;
    // A credit note written before numbering existed: number NULL, as the insert-only ledger keeps it.
    const oldId = newId();
    h.core.services.sqlite
      .prepare(
        "INSERT INTO ledger_entries (id, customer_id, kind, number, amount_minor, occurred_at, memo, created_at) VALUES (?, ?, 'credit_note', NULL, -2500, ?, 'before numbering', ?)",
      )
      .run(oldId, customerId, h.clock.now(), h.clock.now());
    setJakartaTime(h, '2026-12-31T23:50:00');
    const last = await h.must('manager', 'billing.creditNotes.create', { customerId, lines: [{ description: 'a', netMinor: 10 }], memo: 'x' });
    setJakartaTime(h, '2027-01-01T00:20:00');
    const first = await h.must('manager', 'billing.creditNotes.create', { customerId, lines: [{ description: 'b', netMinor: 10 }], memo: 'x' });
    expect([last.entry.number, first.entry.number]).toEqual(['CN-WJ-2026-000001', 'CN-WJ-2027-000001']);

    const statement = await h.must('manager', 'billing.ledger.get', { customerId });
    expect(statement.entries.find((entry) => entry.id === oldId)?.number).toBeNull();
    const printed = await h.must('cashier', 'billing.documents.pdf', { entryId: oldId });
    const text = pdfText(printed.pdfBase64);
    expect(text).toMatch(/Credit note no\.\s+C-[0-9A-F]{10}/);
    expect(text).toContain('before numbering');
    // The unique index on numbers still refuses a repeated number (invoice or credit note alike).
    expect(() =>
      h.core.services.sqlite
        .prepare("INSERT INTO ledger_entries (id, customer_id, kind, number, amount_minor, occurred_at, memo, created_at) VALUES (?, ?, 'credit_note', 'CN-WJ-2026-000001', -1, 1, '', 1)")
        .run(newId(), customerId),
    ).toThrow(/UNIQUE/);
  });

  it('the credit note of a plan change is numbered too', async () => {
    const b = await startBillingHarness();
    const { h } = b;
    setJakartaTime(h, '2026-03-01T09:00:00');
    const customerId = await b.customer();
    const cheap = await b.plan({ priceMinor: 100_000 });
    const dear = await b.plan({ priceMinor: 200_000 });
    const sub = await h.must('manager', 'billing.subscriptions.create', { customerId, planId: cheap });
    setJakartaTime(h, '2026-03-16T09:00:00');
    const change = await h.must('manager', 'billing.subscriptions.changePlan', { id: sub.subscription.id, planId: dear });
    expect(change.creditNote?.number).toBe('CN-WJ-2026-000001');
    expect(change.invoice?.number).toBe('WJ-2026-000002');
  });
});
