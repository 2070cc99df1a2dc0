import type { Allocation } from '../../src-shared/ipc/schemas/billing';

/** What allocation needs of an entry. */
export interface AllocatableEntry {
  id: string;
  kind: 'invoice' | 'payment' | 'credit_note' | 'adjustment' | 'void';
  amountMinor: number;
  occurredAt: number;
  /** True when a void entry reverses this one. */
  voided: boolean;
}

export interface AllocationResult {
  allocations: Allocation[];
  /** Per debit entry id: how much credit covers it. */
  settled: Map<string, number>;
  /** Per debit entry id: what is still open. */
  open: Map<string, number>;
  /** Credit no debit has used yet. */
  unallocatedMinor: number;
}

function byTime(a: AllocatableEntry, b: AllocatableEntry): number {
  // UUIDv7 ids are time-ordered, so they break ties between entries of the same millisecond.
  return a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Allocation is derived, never stored: every credit (payment, credit note, credit adjustment) pays the
 * oldest open debits (invoices, debit adjustments) first, in ledger order. An overpayment stays as
 * unallocated credit until a later debit takes it. Voided entries and their voids take no part (they
 * cancel out in the balance). Deterministic, so every office derives the same answer from the same facts.
 */
export function allocate(entries: readonly AllocatableEntry[]): AllocationResult {
  const live = entries.filter((entry) => entry.kind !== 'void' && !entry.voided).sort(byTime);
  const debits = live.filter((entry) => entry.amountMinor > 0 || entry.kind === 'invoice');
  const credits = live.filter((entry) => entry.amountMinor < 0).map((entry) => ({ id: entry.id, left: -entry.amountMinor }));
  const open = new Map(debits.map((debit) => [debit.id, debit.amountMinor]));
  const settled = new Map(debits.map((debit) => [debit.id, 0]));
  const allocations: Allocation[] = [];
  let debitIndex = 0;
  for (const credit of credits) {
    while (credit.left > 0 && debitIndex < debits.length) {
      const debit = debits[debitIndex]!;
      const remaining = open.get(debit.id) ?? 0;
      const amount = Math.min(remaining, credit.left);
      if (amount > 0) {
        allocations.push({ creditEntryId: credit.id, debitEntryId: debit.id, amountMinor: amount });
        open.set(debit.id, remaining - amount);
        settled.set(debit.id, (settled.get(debit.id) ?? 0) + amount);
        credit.left -= amount;
      }
      if ((open.get(debit.id) ?? 0) === 0) debitIndex += 1;
    }
  }
  const unallocatedMinor = credits.reduce((sum, credit) => sum + credit.left, 0);
  return { allocations, settled, open, unallocatedMinor };
}
