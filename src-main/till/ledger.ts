import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { tillEntries, tillReceipts, type ReceiptKind } from '../db/schema';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';

export type EntryRow = typeof tillEntries.$inferSelect;
export type ReceiptRow = typeof tillReceipts.$inferSelect;
export type EntryDraft = Omit<EntryRow, 'id' | 'receiptId' | 'shiftId' | 'operatorId' | 'createdAt'>;

/** Columns an entry leaves empty unless it says otherwise. */
export const EMPTY_ENTRY: Omit<EntryDraft, 'kind' | 'amountMinor'> = {
  method: null,
  reference: null,
  description: '',
  voucherId: null,
  voucherSaleId: null,
  voucherPriorStatus: null,
  planId: null,
  planName: null,
  customerId: null,
  ledgerEntryId: null,
  voidsEntryId: null,
};

export interface ReceiptDraft {
  shiftId: string;
  operatorId: string | null;
  kind: ReceiptKind;
  customerId?: string | null;
  totalMinor: number;
  tenderedMinor: number;
  changeMinor: number;
  note?: string;
  now: number;
}

/**
 * The till's insert-only ledger: a receipt and its entries are written together in the caller's
 * transaction. Item entries (sale, payment, void) and money entries (tender, refund) of one receipt
 * add up to the same total; the Z-report and the shift close read nothing else.
 */
export class TillLedger {
  constructor(private readonly db: Db) {}

  write(draft: ReceiptDraft, entries: readonly EntryDraft[]): { receipt: ReceiptRow; entries: EntryRow[] } {
    const receipt: ReceiptRow = {
      id: newId(),
      shiftId: draft.shiftId,
      operatorId: draft.operatorId,
      kind: draft.kind,
      customerId: draft.customerId ?? null,
      totalMinor: draft.totalMinor,
      tenderedMinor: draft.tenderedMinor,
      changeMinor: draft.changeMinor,
      note: draft.note ?? '',
      createdAt: draft.now,
    };
    this.db.insert(tillReceipts).values(receipt).run();
    const rows: EntryRow[] = entries.map((entry) => ({
      ...entry,
      id: newId(),
      receiptId: receipt.id,
      shiftId: draft.shiftId,
      operatorId: draft.operatorId,
      createdAt: draft.now,
    }));
    if (rows.length > 0) this.db.insert(tillEntries).values(rows).run();
    return { receipt, entries: rows };
  }

  requireEntry(id: string): EntryRow {
    const row = this.db.select().from(tillEntries).where(eq(tillEntries.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such till entry.', { id });
    return row;
  }

  requireReceipt(id: string): ReceiptRow {
    const row = this.db.select().from(tillReceipts).where(eq(tillReceipts.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such receipt.', { id });
    return row;
  }

  voidOf(entryId: string): EntryRow | undefined {
    return this.db.select().from(tillEntries).where(eq(tillEntries.voidsEntryId, entryId)).get();
  }

  /** A receipt's entries in the order they were written (rowid: insertion order). */
  receiptEntries(receiptId: string): EntryRow[] {
    return this.db.select().from(tillEntries).where(eq(tillEntries.receiptId, receiptId)).orderBy(asc(sql`rowid`)).all();
  }

  shiftEntries(shiftIds: readonly string[]): EntryRow[] {
    if (shiftIds.length === 0) return [];
    return this.db.select().from(tillEntries).where(inArray(tillEntries.shiftId, [...shiftIds])).orderBy(asc(sql`rowid`)).all();
  }

  entriesBetween(from: number, to: number): EntryRow[] {
    return this.db
      .select()
      .from(tillEntries)
      .where(and(sql`${tillEntries.createdAt} >= ${from}`, sql`${tillEntries.createdAt} < ${to}`))
      .orderBy(asc(sql`rowid`))
      .all();
  }

  receipts(shiftId: string, limit: number): ReceiptRow[] {
    return this.db.select().from(tillReceipts).where(eq(tillReceipts.shiftId, shiftId)).orderBy(asc(tillReceipts.createdAt)).limit(limit).all();
  }
}
