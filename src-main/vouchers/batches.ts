import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Sqlite } from '../db/connection';
import { voucherBatches, voucherPlans, vouchers, VOUCHER_STATUSES, type VoucherStatus } from '../db/schema';
import { AppError } from '../../src-shared/ipc/result';
import type { VoucherRow } from '../../src-shared/ipc/schemas/vouchers';

type BatchRow = typeof voucherBatches.$inferSelect;

export interface BatchSummary {
  id: string;
  planId: string | null;
  planName: string | null;
  routerId: string;
  note: string;
  userMode: 'vc' | 'up' | null;
  codeLength: number | null;
  charset: string | null;
  prefix: string | null;
  voucherCount: number;
  source: 'app' | 'mikhmon-import';
  createdBy: string | null;
  createdAt: number;
}

/** Statuses that mean money changed hands or the card is in a customer's hands: such a batch stays. */
const SOLD_STATUSES: VoucherStatus[] = ['sold', 'used', 'expired'];
/** Not yet in a customer's hands: the statuses batch-wide disable and print selections act on. */
export const UNSOLD_STATUSES: VoucherStatus[] = ['generated', 'on_router', 'printed'];
const UNSOLD_SQL = UNSOLD_STATUSES.map((status) => `'${status}'`).join(', ');

export interface BatchUsage {
  firstLogins: number;
  uptimeMs: number;
  bytesIn: number;
  bytesOut: number;
  disabled: number;
  printed: number;
  lastReadAt: number | null;
}

function summary(row: BatchRow, planName: string | null): BatchSummary {
  return {
    id: row.id,
    planId: row.planId,
    planName,
    routerId: row.routerId,
    note: row.note,
    userMode: row.userMode,
    codeLength: row.codeLength,
    charset: row.charset,
    prefix: row.prefix,
    voucherCount: row.voucherCount,
    source: row.source,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

function emptyCounts(): Record<VoucherStatus, number> {
  return Object.fromEntries(VOUCHER_STATUSES.map((status) => [status, 0])) as Record<VoucherStatus, number>;
}

/** Doubles quotes, and defuses spreadsheet formulas (`=`, `+`, `-`, `@` at the start of a cell). */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Batches and the voucher grid: paged reads (the grid is virtualised over offset/limit), delete, CSV. */
export class BatchService {
  constructor(
    private readonly db: Db,
    private readonly sqlite: Sqlite,
  ) {}

  list(filter: { routerId?: string; planId?: string; offset: number; limit: number }): {
    batches: Array<BatchSummary & { counts: Record<VoucherStatus, number> }>;
    total: number;
  } {
    const conditions: SQL[] = [isNull(voucherBatches.deletedAt)];
    if (filter.routerId) conditions.push(eq(voucherBatches.routerId, filter.routerId));
    if (filter.planId) conditions.push(eq(voucherBatches.planId, filter.planId));
    const where = and(...conditions);
    const rows = this.db
      .select({ batch: voucherBatches, planName: voucherPlans.name })
      .from(voucherBatches)
      .leftJoin(voucherPlans, eq(voucherPlans.id, voucherBatches.planId))
      .where(where)
      .orderBy(desc(voucherBatches.createdAt), desc(voucherBatches.id))
      .limit(filter.limit)
      .offset(filter.offset)
      .all();
    const total = this.db.select({ n: count() }).from(voucherBatches).where(where).get()?.n ?? 0;
    const counts = this.countsFor(rows.map((row) => row.batch.id));
    return { batches: rows.map((row) => ({ ...summary(row.batch, row.planName), counts: counts.get(row.batch.id) ?? emptyCounts() })), total };
  }

  /** Lifecycle counts of a page of batches in one grouped query over the (batch, status) index. */
  private countsFor(batchIds: readonly string[]): Map<string, Record<VoucherStatus, number>> {
    const byBatch = new Map<string, Record<VoucherStatus, number>>();
    if (batchIds.length === 0) return byBatch;
    const rows = this.db
      .select({ batchId: vouchers.batchId, status: vouchers.status, n: count() })
      .from(vouchers)
      .where(inArray(vouchers.batchId, [...batchIds]))
      .groupBy(vouchers.batchId, vouchers.status)
      .all();
    for (const row of rows) {
      if (!row.batchId) continue;
      const counts = byBatch.get(row.batchId) ?? emptyCounts();
      counts[row.status] = row.n;
      byBatch.set(row.batchId, counts);
    }
    return byBatch;
  }

  require(id: string): BatchRow {
    const row = this.db.select().from(voucherBatches).where(and(eq(voucherBatches.id, id), isNull(voucherBatches.deletedAt))).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such batch.', { id });
    return row;
  }

  get(id: string): { batch: BatchSummary; counts: Record<VoucherStatus, number>; usage: BatchUsage } {
    const row = this.require(id);
    const plan = row.planId ? this.db.select({ name: voucherPlans.name }).from(voucherPlans).where(eq(voucherPlans.id, row.planId)).get() : undefined;
    return { batch: summary(row, plan?.name ?? null), counts: this.counts(id), usage: this.usage(id) };
  }

  /** Usage totals of a batch from what was last read back from its router (one pass over the batch index). */
  usage(batchId: string): BatchUsage {
    const row = this.sqlite
      .prepare(
        `SELECT count(first_login_at) AS firstLogins, coalesce(sum(uptime_ms), 0) AS uptimeMs,
                coalesce(sum(bytes_in), 0) AS bytesIn, coalesce(sum(bytes_out), 0) AS bytesOut,
                coalesce(sum(disabled), 0) AS disabled, count(printed_at) AS printed, max(usage_read_at) AS lastReadAt
           FROM vouchers WHERE batch_id = ?`,
      )
      .get(batchId) as BatchUsage;
    return row;
  }

  /**
   * Disables (or re-enables) the batch's unsold vouchers on the router, inside the caller's transaction:
   * their desired hotspot users are derived from these rows, so one reconcile then sends the difference.
   * Sold and used cards are the customers' and stay as they are.
   */
  setDisabled(id: string, disabled: boolean, now: number): { batch: BatchRow; changed: number } {
    const batch = this.require(id);
    const flag = disabled ? 1 : 0;
    const changed = this.sqlite
      .prepare(`UPDATE vouchers SET disabled = ?, updated_at = ? WHERE batch_id = ? AND status IN (${UNSOLD_SQL}) AND disabled <> ?`)
      .run(flag, now, id, flag).changes;
    return { batch, changed };
  }

  /** Vouchers per status, from the (batch, status) index. */
  counts(batchId: string): Record<VoucherStatus, number> {
    const counts = emptyCounts();
    const rows = this.db.select({ status: vouchers.status, n: count() }).from(vouchers).where(eq(vouchers.batchId, batchId)).groupBy(vouchers.status).all();
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  vouchers(filter: { batchId?: string; status?: VoucherStatus; search?: string; offset: number; limit: number }): { rows: VoucherRow[]; total: number } {
    const conditions: SQL[] = [];
    if (filter.batchId) conditions.push(eq(vouchers.batchId, filter.batchId));
    if (filter.status) conditions.push(eq(vouchers.status, filter.status));
    if (filter.search) {
      // A prefix search on the code; LIKE wildcards typed by the operator are matched literally.
      const pattern = `${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(sql`${vouchers.code} LIKE ${pattern} ESCAPE '\\'`);
    }
    const where = conditions.length > 0 ? and(...conditions) : undefined;
    const rows = this.db
      .select({
        id: vouchers.id,
        batchId: vouchers.batchId,
        planId: vouchers.planId,
        routerId: vouchers.routerId,
        code: vouchers.code,
        password: vouchers.password,
        profile: vouchers.profile,
        serial: vouchers.serial,
        status: vouchers.status,
        disabled: vouchers.disabled,
        firstLoginAt: vouchers.firstLoginAt,
        expiresAt: vouchers.expiresAt,
        macAddress: vouchers.macAddress,
        uptimeMs: vouchers.uptimeMs,
        bytesIn: vouchers.bytesIn,
        bytesOut: vouchers.bytesOut,
        usageReadAt: vouchers.usageReadAt,
        endedAt: vouchers.endedAt,
        printedAt: vouchers.printedAt,
        printCount: vouchers.printCount,
      })
      .from(vouchers)
      .where(where)
      .orderBy(asc(vouchers.batchId), asc(vouchers.serial), asc(vouchers.code))
      .limit(filter.limit)
      .offset(filter.offset)
      .all();
    const total = this.db.select({ n: count() }).from(vouchers).where(where).get()?.n ?? 0;
    return { rows, total };
  }

  /**
   * Deletes an unsold batch, inside the caller's transaction: the batch is soft-deleted, its vouchers
   * become `removed` (codes stay reserved: a printed card must never log in as someone else's later),
   * which drops their derived desired users, so the next reconcile removes them from the router.
   */
  delete(id: string, now: number): { batch: BatchRow; removed: number } {
    const batch = this.require(id);
    const sold = this.db
      .select({ n: count() })
      .from(vouchers)
      .where(and(eq(vouchers.batchId, id), inArray(vouchers.status, SOLD_STATUSES)))
      .get()?.n ?? 0;
    if (sold > 0) throw new AppError('CONFLICT', `${sold} vouchers of this batch are sold or used: the batch cannot be deleted.`, { sold });
    const removed = this.db
      .update(vouchers)
      .set({ status: 'removed', updatedAt: now })
      .where(and(eq(vouchers.batchId, id), sql`${vouchers.status} <> 'removed'`))
      .run().changes;
    this.db.update(voucherBatches).set({ deletedAt: now, updatedAt: now }).where(eq(voucherBatches.id, id)).run();
    return { batch, removed };
  }

  /** The batch as CSV text (serial, code, password, plan, price, status), for spreadsheets and other printers. */
  exportCsv(id: string): { fileName: string; csv: string; rows: number } {
    const batch = this.require(id);
    const plan = batch.planId ? this.db.select().from(voucherPlans).where(eq(voucherPlans.id, batch.planId)).get() : undefined;
    const lines = ['serial,code,password,plan,profile,price_minor,status,note'];
    const rows = this.sqlite
      .prepare('SELECT serial, code, password, profile, status FROM vouchers WHERE batch_id = ? ORDER BY serial, code')
      .iterate(id) as IterableIterator<{ serial: number | null; code: string; password: string; profile: string; status: string }>;
    let count = 0;
    for (const row of rows) {
      const cells = [row.serial, row.code, row.password, plan?.name ?? null, row.profile, plan?.priceMinor ?? null, row.status, batch.note];
      lines.push(cells.map(csvCell).join(','));
      count += 1;
    }
    const day = new Date(batch.createdAt).toISOString().slice(0, 10);
    return { fileName: `vouchers-${day}-${batch.id.slice(-12)}.csv`, csv: `${lines.join('\n')}\n`, rows: count };
  }
}
