import type { Sqlite } from '../db/connection';
import { dateInZone, dayNumber } from '../../src-shared/domain/civil-date';
import type { AgingReport, AgingRow } from '../../src-shared/ipc/schemas/reports';
import type { Currency } from '../../src-shared/domain/money';
import { allocate, type AllocatableEntry } from '../billing/allocation';

type Amounts = Omit<AgingRow, 'customerId' | 'accountNumber' | 'name'>;

interface EntryRow {
  id: string;
  customerId: string;
  kind: AllocatableEntry['kind'];
  amountMinor: number;
  occurredAt: number;
  voidsEntryId: string | null;
}

function emptyAmounts(): Amounts {
  return { days0to30: 0, days31to60: 0, days61to90: 0, days90plus: 0, openMinor: 0, creditMinor: 0 };
}

/** Days since the document's office date decide the bucket: 0-30, 31-60, 61-90, over 90. */
export function addOpen(row: Amounts, ageDays: number, open: number): void {
  if (ageDays <= 30) row.days0to30 += open;
  else if (ageDays <= 60) row.days31to60 += open;
  else if (ageDays <= 90) row.days61to90 += open;
  else row.days90plus += open;
  row.openMinor += open;
}

function addRow(totals: Amounts, row: Amounts): void {
  totals.days0to30 += row.days0to30;
  totals.days31to60 += row.days31to60;
  totals.days61to90 += row.days61to90;
  totals.days90plus += row.days90plus;
  totals.openMinor += row.openMinor;
  totals.creditMinor += row.creditMinor;
}

/**
 * Receivables aging as of the end of an office day, derived from the billing ledger with billing's own
 * allocation (docs/decisions/0010): entries up to that instant, voids cancel what they void, credits
 * pay the oldest debits first; each debit's open amount is aged by its office date. No stored balance
 * is read. Customers with nothing open and no credit are left out.
 */
export function agingReport(sqlite: Sqlite, input: { asOf: string; endOfDay: number; timeZone: string; currency: Currency }): AgingReport {
  const entries = sqlite
    .prepare(
      `SELECT id, customer_id AS customerId, kind, amount_minor AS amountMinor, occurred_at AS occurredAt, voids_entry_id AS voidsEntryId
       FROM ledger_entries WHERE occurred_at < ? ORDER BY customer_id`,
    )
    .all(input.endOfDay) as EntryRow[];
  const customers = new Map(
    (sqlite.prepare('SELECT id, account_number AS accountNumber, name FROM customers').all() as Array<{ id: string; accountNumber: string; name: string }>).map((c) => [c.id, c]),
  );
  const byCustomer = new Map<string, EntryRow[]>();
  for (const entry of entries) {
    const list = byCustomer.get(entry.customerId) ?? [];
    list.push(entry);
    byCustomer.set(entry.customerId, list);
  }
  const asOfDay = dayNumber(input.asOf);
  const rows: AgingRow[] = [];
  const totals = emptyAmounts();
  for (const [customerId, list] of byCustomer) {
    const voided = new Set(list.filter((e) => e.voidsEntryId !== null).map((e) => e.voidsEntryId));
    const result = allocate(list.map((e) => ({ id: e.id, kind: e.kind, amountMinor: e.amountMinor, occurredAt: e.occurredAt, voided: voided.has(e.id) })));
    const amounts = emptyAmounts();
    amounts.creditMinor = result.unallocatedMinor;
    for (const entry of list) {
      const open = result.open.get(entry.id) ?? 0;
      if (open > 0) addOpen(amounts, asOfDay - dayNumber(dateInZone(entry.occurredAt, input.timeZone)), open);
    }
    if (amounts.openMinor === 0 && amounts.creditMinor === 0) continue;
    const customer = customers.get(customerId);
    rows.push({ customerId, accountNumber: customer?.accountNumber ?? '', name: customer?.name ?? '', ...amounts });
    addRow(totals, amounts);
  }
  rows.sort((a, b) => b.openMinor - a.openMinor || a.name.localeCompare(b.name));
  return { asOf: input.asOf, currency: input.currency, rows, totals };
}
