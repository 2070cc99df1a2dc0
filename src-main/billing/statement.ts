import type { Currency } from '../../src-shared/domain/money';
import { dayNumber } from '../../src-shared/domain/civil-date';
import type { InvoiceStatus, LedgerEntry, Statement, StatementEntry } from '../../src-shared/ipc/schemas/billing';
import { allocate } from './allocation';
import { sumMinor } from './amounts';

function debitStatus(entry: LedgerEntry, voided: boolean, settled: number, open: number, today: string): InvoiceStatus {
  if (voided) return 'void';
  if (open === 0) return 'paid';
  if (entry.dueDate !== null && dayNumber(today) > dayNumber(entry.dueDate)) return 'overdue';
  return settled > 0 ? 'partly_paid' : 'unpaid';
}

/**
 * A customer's statement, derived entirely from the ledger: balance = sum of entries; allocations,
 * paid/partly paid/overdue and the unused credit come from `allocate`. Nothing here is stored.
 * `today` is the office-calendar date that decides "overdue".
 */
export function buildStatement(customerId: string, currency: Currency, entries: readonly LedgerEntry[], today: string): Statement {
  const voidedBy = new Map(entries.filter((entry) => entry.voidsEntryId !== null).map((entry) => [entry.voidsEntryId as string, entry.id]));
  const result = allocate(entries.map((entry) => ({ ...entry, voided: voidedBy.has(entry.id) })));
  const rows: StatementEntry[] = entries.map((entry) => {
    const voided = voidedBy.has(entry.id);
    const isDebit = entry.kind === 'invoice' || (entry.kind === 'adjustment' && entry.amountMinor > 0);
    const settled = isDebit ? (voided ? 0 : (result.settled.get(entry.id) ?? 0)) : null;
    const open = isDebit ? (voided ? 0 : (result.open.get(entry.id) ?? 0)) : null;
    return {
      ...entry,
      voidedByEntryId: voidedBy.get(entry.id) ?? null,
      settledMinor: settled,
      openMinor: open,
      status: isDebit ? debitStatus(entry, voided, settled ?? 0, open ?? 0, today) : null,
    };
  });
  return {
    customerId,
    currency,
    balanceMinor: sumMinor(entries.map((entry) => entry.amountMinor)),
    outstandingMinor: sumMinor([...result.open.values()]),
    creditMinor: result.unallocatedMinor,
    entries: rows,
    allocations: result.allocations,
  };
}
