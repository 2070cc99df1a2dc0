/**
 * Database side of the import: what exists for a router (for the diff) and the writes. Every write
 * function runs inside the caller's transaction and inserts in chunks (one statement per chunk, not
 * per row) so a router with 100,000 vouchers is written in one short transaction.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/connection';
import { importedPppProfiles, importedPppSecrets, voucherBatches, voucherPlans, voucherSales, vouchers } from '../db/schema';
import type { ExistingItems } from './diff';

/** Rows per multi-row INSERT: 20-odd columns x 400 rows stays under SQLite's 32,766 bound parameters. */
const CHUNK = 400;

export function insertChunked<T extends SQLiteTable>(db: Db, table: T, rows: Array<T['$inferInsert']>): void {
  for (let start = 0; start < rows.length; start += CHUNK) {
    db.insert(table)
      .values(rows.slice(start, start + CHUNK) as never)
      .run();
  }
}

const keySet = (rows: Array<{ key: string | null }>): Set<string> => new Set(rows.flatMap((row) => (row.key === null ? [] : [row.key])));

export interface ExistingForWrite extends ExistingItems {
  /** Live plan ids on this router by hotspot profile. */
  planIdByProfile: Map<string, string>;
  /** Imported batches on this router (deleted ones too: a key is never imported twice) by natural key and comment. */
  batchIdByKey: Map<string, string>;
  batchIdByComment: Map<string, string>;
}

export function loadExisting(db: Db, routerId: string): ExistingForWrite {
  const plans = db
    .select({ id: voucherPlans.id, key: voucherPlans.naturalKey, profile: voucherPlans.hotspotProfile, deletedAt: voucherPlans.deletedAt })
    .from(voucherPlans)
    .where(eq(voucherPlans.routerId, routerId))
    .all();
  const live = plans.filter((plan) => plan.deletedAt === null);
  const batches = db
    .select({ id: voucherBatches.id, key: voucherBatches.naturalKey, comment: voucherBatches.routerComment })
    .from(voucherBatches)
    .where(and(eq(voucherBatches.routerId, routerId), isNotNull(voucherBatches.naturalKey)))
    .all();
  const voucherRows = db
    .select({ code: vouchers.code, key: vouchers.naturalKey, status: vouchers.status })
    .from(vouchers)
    .where(eq(vouchers.routerId, routerId))
    .all();
  const saleKeys = db
    .select({ key: voucherSales.naturalKey })
    .from(voucherSales)
    .where(and(eq(voucherSales.routerId, routerId), isNotNull(voucherSales.naturalKey)))
    .all();
  const pppProfileKeys = db.select({ key: importedPppProfiles.naturalKey }).from(importedPppProfiles).where(eq(importedPppProfiles.routerId, routerId)).all();
  const pppSecretKeys = db.select({ key: importedPppSecrets.naturalKey }).from(importedPppSecrets).where(eq(importedPppSecrets.routerId, routerId)).all();
  return {
    planKeys: keySet(plans),
    batchKeys: keySet(batches),
    saleKeys: keySet(saleKeys),
    pppProfileKeys: keySet(pppProfileKeys),
    pppSecretKeys: keySet(pppSecretKeys),
    plansByProfile: new Map(live.map((plan) => [plan.profile, plan.key])),
    vouchersByCode: new Map(voucherRows.map((row) => [row.code, { naturalKey: row.key, status: row.status }])),
    planIdByProfile: new Map(live.map((plan) => [plan.profile, plan.id])),
    batchIdByKey: new Map(batches.flatMap((batch) => (batch.key === null ? [] : [[batch.key, batch.id] as const]))),
    batchIdByComment: new Map(batches.flatMap((batch) => (batch.comment === null ? [] : [[batch.comment, batch.id] as const]))),
  };
}

/** Voucher ids on a router by code (after the voucher writes, for linking sales). */
export function voucherIdsByCode(db: Db, routerId: string): Map<string, string> {
  const rows = db.select({ id: vouchers.id, code: vouchers.code }).from(vouchers).where(eq(vouchers.routerId, routerId)).all();
  return new Map(rows.map((row) => [row.code, row.id]));
}
