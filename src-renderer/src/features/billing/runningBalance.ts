import type { StatementEntry } from '@shared/ipc/schemas/billing';

export interface TimelineRow {
  entry: StatementEntry;
  /** What the customer owed right after this entry (positive = owes, negative = credit). */
  balanceMinor: number;
}

/** Entries in ledger order (time, then the time-ordered id) with the balance after each; newest first. */
export function runningBalance(entries: readonly StatementEntry[]): TimelineRow[] {
  const ordered = [...entries].sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let balance = 0;
  const rows = ordered.map((entry) => {
    balance += entry.amountMinor;
    return { entry, balanceMinor: balance };
  });
  return rows.reverse();
}
