import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { customers, operators, tillEntries, tillReceipts, vouchers } from '../db/schema';
import type { HistoryReceipt } from '../../src-shared/ipc/schemas/till';
import { receiptNumber } from './receipt-content';
import type { EntryRow, ReceiptRow } from './ledger';

type Lookup = ReadonlyMap<string, string>;

function distinct(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function operatorNames(db: Db, ids: readonly (string | null)[]): Lookup {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const rows = db.select({ id: operators.id, name: operators.displayName }).from(operators).where(inArray(operators.id, wanted)).all();
  return new Map(rows.map((row) => [row.id, row.name]));
}

function customerNames(db: Db, ids: readonly (string | null)[]): Lookup {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const rows = db.select({ id: customers.id, name: customers.name }).from(customers).where(inArray(customers.id, wanted)).all();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Which of these item entries a later void reversed (the unique voids index answers per entry). */
function voidsOf(db: Db, itemIds: readonly string[]): Lookup {
  if (itemIds.length === 0) return new Map();
  const rows = db
    .select({ id: tillEntries.id, voids: tillEntries.voidsEntryId })
    .from(tillEntries)
    .where(inArray(tillEntries.voidsEntryId, [...itemIds]))
    .all();
  return new Map(rows.flatMap((row) => (row.voids ? [[row.voids, row.id] as const] : [])));
}

function codesOf(db: Db, entries: readonly EntryRow[]): Lookup {
  const ids = [...new Set(entries.flatMap((entry) => (entry.voucherId ? [entry.voucherId] : [])))];
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: vouchers.id, code: vouchers.code }).from(vouchers).where(inArray(vouchers.id, ids)).all().map((row) => [row.id, row.code]));
}

function toHistory(receipt: ReceiptRow, entries: readonly EntryRow[], lookups: { operators: Lookup; customers: Lookup; voids: Lookup; codes: Lookup }): HistoryReceipt {
  const items: HistoryReceipt['items'] = [];
  const money: HistoryReceipt['money'] = [];
  for (const entry of entries) {
    if (entry.kind === 'tender' || entry.kind === 'refund') {
      if (entry.method) money.push({ kind: entry.kind, method: entry.method, amountMinor: entry.amountMinor, reference: entry.reference });
      continue;
    }
    items.push({
      entryId: entry.id,
      kind: entry.kind,
      description: entry.description,
      amountMinor: entry.amountMinor,
      voucherCode: entry.voucherId ? (lookups.codes.get(entry.voucherId) ?? null) : null,
      planName: entry.planName,
      voidedByEntryId: lookups.voids.get(entry.id) ?? null,
    });
  }
  return {
    id: receipt.id,
    number: receiptNumber(receipt.id),
    kind: receipt.kind,
    totalMinor: receipt.totalMinor,
    tenderedMinor: receipt.tenderedMinor,
    changeMinor: receipt.changeMinor,
    createdAt: receipt.createdAt,
    operatorName: receipt.operatorId ? (lookups.operators.get(receipt.operatorId) ?? '') : '',
    customerId: receipt.customerId,
    customerName: receipt.customerId ? (lookups.customers.get(receipt.customerId) ?? null) : null,
    note: receipt.note,
    items,
    money,
  };
}

/**
 * A shift's receipts, newest first, each with its items (and whether a void reversed them) and its
 * money per method: what the history list shows and voids start from. Reads only; a few indexed
 * queries whatever the number of receipts.
 */
export function receiptHistory(db: Db, shiftId: string, limit: number): HistoryReceipt[] {
  const receipts = db
    .select()
    .from(tillReceipts)
    .where(eq(tillReceipts.shiftId, shiftId))
    .orderBy(desc(tillReceipts.createdAt), desc(sql`rowid`))
    .limit(limit)
    .all();
  if (receipts.length === 0) return [];
  const entries = db
    .select()
    .from(tillEntries)
    .where(inArray(tillEntries.receiptId, receipts.map((receipt) => receipt.id)))
    .orderBy(asc(sql`rowid`))
    .all();
  const byReceipt = new Map<string, EntryRow[]>();
  for (const entry of entries) {
    const list = byReceipt.get(entry.receiptId);
    if (list) list.push(entry);
    else byReceipt.set(entry.receiptId, [entry]);
  }
  const itemIds = entries.filter((entry) => entry.kind === 'sale' || entry.kind === 'payment').map((entry) => entry.id);
  const lookups = {
    operators: operatorNames(db, receipts.map((receipt) => receipt.operatorId)),
    customers: customerNames(db, receipts.map((receipt) => receipt.customerId)),
    voids: voidsOf(db, itemIds),
    codes: codesOf(db, entries),
  };
  return receipts.map((receipt) => toHistory(receipt, byReceipt.get(receipt.id) ?? [], lookups));
}
