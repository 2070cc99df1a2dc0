import type Database from 'better-sqlite3';
import { and, asc, eq, getTableName, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { customers, ledgerEntries, ledgerLines, type EntryKind, type LineKind, type PaymentMethod } from '../db/schema';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';
import type { LedgerEntry, LedgerLine } from '../../src-shared/ipc/schemas/billing';
import { negate, sumMinor, taxOf } from './amounts';
import { clientOf } from './numbering';

type EntryRow = typeof ledgerEntries.$inferSelect;
type LineRow = typeof ledgerLines.$inferSelect;

/** A line before tax: the ledger computes tax and total so every document adds up the same way. */
export interface LineDraft {
  kind: LineKind;
  description: string;
  netMinor: number;
  taxRateBp: number;
  subscriptionId?: string | null;
  planId?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
}

interface EntryDraft {
  customerId: string;
  kind: EntryKind;
  amountMinor: number;
  occurredAt: number;
  createdBy: string | null;
  number?: string | null;
  dueDate?: string | null;
  method?: PaymentMethod | null;
  reference?: string | null;
  memo?: string;
  subscriptionId?: string | null;
  voidsEntryId?: string | null;
}

export function toLine(row: LineRow): LedgerLine {
  return {
    kind: row.kind,
    description: row.description,
    subscriptionId: row.subscriptionId,
    planId: row.planId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    netMinor: row.netMinor,
    taxRateBp: row.taxRateBp,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
  };
}

export function toEntry(row: EntryRow, lines: LedgerLine[]): LedgerEntry {
  return {
    id: row.id,
    customerId: row.customerId,
    kind: row.kind,
    number: row.number,
    amountMinor: row.amountMinor,
    occurredAt: row.occurredAt,
    dueDate: row.dueDate,
    method: row.method,
    reference: row.reference,
    memo: row.memo,
    subscriptionId: row.subscriptionId,
    voidsEntryId: row.voidsEntryId,
    createdBy: row.createdBy,
    lines,
  };
}

function lineRows(entryId: string, drafts: readonly LineDraft[]): LineRow[] {
  return drafts.map((draft, position) => {
    const taxMinor = taxOf(draft.netMinor, draft.taxRateBp);
    return {
      id: newId(),
      entryId,
      position,
      kind: draft.kind,
      description: draft.description,
      subscriptionId: draft.subscriptionId ?? null,
      planId: draft.planId ?? null,
      periodStart: draft.periodStart ?? null,
      periodEnd: draft.periodEnd ?? null,
      netMinor: draft.netMinor,
      taxRateBp: draft.taxRateBp,
      taxMinor,
      totalMinor: sumMinor([draft.netMinor, taxMinor]),
    };
  });
}

/**
 * The insert-only customer ledger. Every method runs inside the caller's transaction; nothing here
 * updates or deletes (the table triggers would refuse it anyway).
 */
export class Ledger {
  private prepared: LedgerStatements | undefined;

  constructor(private readonly db: Db) {}

  requireCustomer(customerId: string): void {
    const found = this.statements().customer.get(customerId);
    if (!found) throw new AppError('NOT_FOUND', 'No such customer.', { id: customerId });
  }

  /**
   * Invoice (positive total) or credit note (negative total) with its lines. The caller has checked the
   * customer (BillingDocuments does, before it draws a number); the foreign key still refuses a bad id.
   */
  insertDocument(draft: Omit<EntryDraft, 'amountMinor'> & { kind: 'invoice' | 'credit_note' }, lines: readonly LineDraft[]): LedgerEntry {
    const id = newId();
    const rows = lineRows(id, lines);
    const total = sumMinor(rows.map((row) => row.totalMinor));
    const entry = this.insert(id, { ...draft, amountMinor: draft.kind === 'invoice' ? total : negate(total) });
    for (const row of rows) this.statements().line.run(...lineValues(row));
    return toEntry(entry, rows.map(toLine));
  }

  insertSimple(draft: EntryDraft): LedgerEntry {
    this.requireCustomer(draft.customerId);
    return toEntry(this.insert(newId(), draft), []);
  }

  /** A reversing entry: the negation of the original, referencing it. An entry is voided at most once. */
  voidEntry(entryId: string, input: { reason: string; occurredAt: number; createdBy: string | null }): LedgerEntry {
    const original = this.db.select().from(ledgerEntries).where(eq(ledgerEntries.id, entryId)).get();
    if (!original) throw new AppError('NOT_FOUND', 'No such ledger entry.', { id: entryId });
    if (original.kind === 'void') throw new AppError('CONFLICT', 'A void cannot be voided: record a new entry instead.');
    const existing = this.db.select({ id: ledgerEntries.id }).from(ledgerEntries).where(eq(ledgerEntries.voidsEntryId, entryId)).get();
    if (existing) throw new AppError('CONFLICT', 'This entry is already voided.', { voidEntryId: existing.id });
    return this.insertSimple({
      customerId: original.customerId,
      kind: 'void',
      amountMinor: negate(original.amountMinor),
      occurredAt: input.occurredAt,
      createdBy: input.createdBy,
      memo: input.reason,
      subscriptionId: original.subscriptionId,
      voidsEntryId: original.id,
    });
  }

  balance(customerId: string): number {
    const row = this.db
      .select({ total: sql<number>`coalesce(sum(${ledgerEntries.amountMinor}), 0)` })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.customerId, customerId))
      .get();
    return row?.total ?? 0;
  }

  /** Every entry of a customer in ledger order, with its lines. */
  entries(customerId: string): LedgerEntry[] {
    const rows = this.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.customerId, customerId))
      .orderBy(asc(ledgerEntries.occurredAt), asc(ledgerEntries.id))
      .all();
    const lines = this.linesOf(rows.map((row) => row.id));
    return rows.map((row) => toEntry(row, lines.get(row.id) ?? []));
  }

  /** Lines of live (not voided) documents of a subscription, newest document first. */
  liveSubscriptionLines(subscriptionId: string): Array<LineRow & { occurredAt: number }> {
    return this.db
      .select({ line: ledgerLines, occurredAt: ledgerEntries.occurredAt })
      .from(ledgerLines)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
      .where(
        and(
          eq(ledgerLines.subscriptionId, subscriptionId),
          sql`NOT EXISTS (SELECT 1 FROM ledger_entries v WHERE v.voids_entry_id = ${ledgerEntries.id})`,
        ),
      )
      .orderBy(sql`${ledgerEntries.occurredAt} DESC`, sql`${ledgerEntries.id} DESC`, sql`${ledgerLines.position} DESC`)
      .all()
      .map(({ line, occurredAt }) => ({ ...line, occurredAt }));
  }

  private linesOf(entryIds: string[]): Map<string, LedgerLine[]> {
    const byEntry = new Map<string, LedgerLine[]>();
    if (entryIds.length === 0) return byEntry;
    const rows = this.db.select().from(ledgerLines).where(inArray(ledgerLines.entryId, entryIds)).orderBy(asc(ledgerLines.position)).all();
    for (const row of rows) {
      const list = byEntry.get(row.entryId) ?? [];
      list.push(toLine(row));
      byEntry.set(row.entryId, list);
    }
    return byEntry;
  }

  private insert(id: string, draft: EntryDraft): EntryRow {
    const row: EntryRow = {
      id,
      customerId: draft.customerId,
      kind: draft.kind,
      number: draft.number ?? null,
      amountMinor: draft.amountMinor,
      occurredAt: draft.occurredAt,
      dueDate: draft.dueDate ?? null,
      method: draft.method ?? null,
      reference: draft.reference ?? null,
      memo: draft.memo ?? '',
      subscriptionId: draft.subscriptionId ?? null,
      voidsEntryId: draft.voidsEntryId ?? null,
      createdBy: draft.createdBy,
      createdAt: draft.occurredAt,
    };
    this.statements().entry.run(...entryValues(row));
    return row;
  }

  /**
   * Prepared once: a billing run writes tens of thousands of entries (P6), and building each insert
   * through the query builder cost more than SQLite's own work. Named parameters are the row's keys.
   */
  private statements(): LedgerStatements {
    this.prepared ??= {
      customer: clientOf(this.db).prepare<[string]>(`SELECT id FROM ${getTableName(customers)} WHERE id = ?`),
      entry: clientOf(this.db).prepare<EntryValues>(
        `INSERT INTO ${getTableName(ledgerEntries)} (id, customer_id, kind, number, amount_minor, occurred_at, due_date, method, reference, memo, subscription_id, voids_entry_id, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      line: clientOf(this.db).prepare<LineValues>(
        `INSERT INTO ${getTableName(ledgerLines)} (id, entry_id, position, kind, description, subscription_id, plan_id, period_start, period_end, net_minor, tax_rate_bp, tax_minor, total_minor)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    return this.prepared;
  }
}

interface LedgerStatements {
  customer: Database.Statement<[string]>;
  entry: Database.Statement<EntryValues>;
  line: Database.Statement<LineValues>;
}

// Positional parameters, in the statements' column order: binding by name looks each key up per
// parameter, which a billing run pays 27 times per invoice (P6).
type EntryValues = [string, string, EntryKind, string | null, number, number, string | null, PaymentMethod | null, string | null, string, string | null, string | null, string | null, number];
type LineValues = [string, string, number, LineKind, string, string | null, string | null, string | null, string | null, number, number, number, number];

function entryValues(row: EntryRow): EntryValues {
  return [row.id, row.customerId, row.kind, row.number, row.amountMinor, row.occurredAt, row.dueDate, row.method, row.reference, row.memo, row.subscriptionId, row.voidsEntryId, row.createdBy, row.createdAt];
}

function lineValues(row: LineRow): LineValues {
  return [row.id, row.entryId, row.position, row.kind, row.description, row.subscriptionId, row.planId, row.periodStart, row.periodEnd, row.netMinor, row.taxRateBp, row.taxMinor, row.totalMinor];
}
