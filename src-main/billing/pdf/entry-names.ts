import type { LedgerEntry } from '../../../src-shared/ipc/schemas/billing';
import { methodLabel, shortRef } from './format';

/** The reference printed for an entry: its number, or for payments and unnumbered credit notes a short id. */
export function entryReference(entry: Pick<LedgerEntry, 'id' | 'kind' | 'number'>): string {
  if (entry.number) return entry.number;
  return shortRef(entry.kind === 'payment' ? 'P' : entry.kind === 'credit_note' ? 'C' : 'E', entry.id);
}

const KIND_NAMES: Record<LedgerEntry['kind'], string> = {
  invoice: 'Invoice',
  payment: 'Payment',
  credit_note: 'Credit note',
  adjustment: 'Adjustment',
  void: 'Void',
};

/** "Invoice WJ-2026-000001", "Payment P-…", "Void of Invoice WJ-…" (statement rows, applied-to lists). */
export function entryName(entry: LedgerEntry, byId: ReadonlyMap<string, LedgerEntry>): string {
  if (entry.kind === 'void') {
    const target = entry.voidsEntryId ? byId.get(entry.voidsEntryId) : undefined;
    return target ? `Void of ${entryName(target, byId)}` : 'Void';
  }
  if (entry.kind === 'adjustment') return KIND_NAMES.adjustment;
  return `${KIND_NAMES[entry.kind]} ${entryReference(entry)}`;
}

/** What an entry was for: its lines, how a payment was made, or its memo. */
export function entryDescription(entry: LedgerEntry): string {
  const parts: string[] = [];
  if (entry.lines.length > 0) parts.push(entry.lines.map((line) => line.description).join('; '));
  if (entry.method) parts.push(entry.reference ? `${methodLabel(entry.method)} (${entry.reference})` : methodLabel(entry.method));
  if (entry.memo !== '') parts.push(entry.memo);
  return parts.join(' · ');
}
