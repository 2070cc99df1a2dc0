import { dayNumber, type IsoDate } from '../../../src-shared/domain/civil-date';
import { allocate, type AllocatableEntry } from '../allocation';

/** What the arrears check needs of a ledger entry. */
export interface ArrearsEntry extends Omit<AllocatableEntry, 'voided'> {
  dueDate: string | null;
  subscriptionId: string | null;
  voidsEntryId: string | null;
}

/** The invoice that makes a subscription suspendable. */
export interface Arrear {
  entryId: string;
  dueDate: IsoDate;
  graceDays: number;
}

/**
 * Subscriptions of one customer with an open invoice past its due date plus the plan's grace days on
 * `asOf`, each with its oldest such invoice. Open amounts come from the same derived allocation as the
 * statement (credits pay the oldest debits first), so the desk and the run never disagree. The same
 * test decides suspension and automatic reactivation, so a subscription cannot flap between them.
 */
export function arrearsOf(entries: readonly ArrearsEntry[], graceDays: ReadonlyMap<string, number>, asOf: IsoDate): Map<string, Arrear> {
  const voided = new Set(entries.flatMap((entry) => (entry.voidsEntryId === null ? [] : [entry.voidsEntryId])));
  const { open } = allocate(entries.map((entry) => ({ ...entry, voided: voided.has(entry.id) })));
  const today = dayNumber(asOf);
  const found = new Map<string, Arrear>();
  const byTime = [...entries].sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1));
  for (const entry of byTime) {
    const sub = entry.subscriptionId;
    if (entry.kind !== 'invoice' || sub === null || entry.dueDate === null || found.has(sub)) continue;
    const grace = graceDays.get(sub);
    if (grace === undefined || (open.get(entry.id) ?? 0) === 0) continue;
    if (today > dayNumber(entry.dueDate) + grace) found.set(sub, { entryId: entry.id, dueDate: entry.dueDate, graceDays: grace });
  }
  return found;
}

/** Balance > 0 is the only case with anything open (credit is never held while a debit is open). */
export function mayHaveArrears(entries: readonly ArrearsEntry[]): boolean {
  return entries.reduce((sum, entry) => sum + entry.amountMinor, 0) > 0;
}
