import { and, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { auditLog } from '../db/schema';
import type { Db, Sqlite } from '../db/connection';
import type { AuditEntry } from '../../src-shared/ipc/schemas/audit';
import { entryHash, GENESIS_HASH, type ChainedFields } from './chain';
import { appendAuditEntry, type AuditActor, type AuditRecord, type PreparedAudit } from './append';

export type { AuditActor, AuditRecord, PreparedAudit } from './append';

export interface AuditFilter {
  text?: string;
  procedure?: string;
  operatorId?: string;
  from?: number;
  to?: number;
  beforeSeq?: number;
  limit: number;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
}

type AuditRow = typeof auditLog.$inferSelect;

/** Append-only, hash-chained audit trail. `append` must run inside the caller's transaction. */
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly sqlite: Sqlite,
    private readonly workstationId: string,
  ) {}

  append(actor: AuditActor, record: AuditRecord, at: number): number {
    return appendAuditEntry(this.sqlite, this.prepare(actor, record, at));
  }

  /** The entry as data, for a write on another connection (see PreparedAudit). */
  prepare(actor: AuditActor, record: AuditRecord, at: number): PreparedAudit {
    return { actor, record, at, workstationId: this.workstationId };
  }

  list(filter: AuditFilter): { entries: AuditEntry[]; hasMore: boolean } {
    const rows = this.db
      .select()
      .from(auditLog)
      .where(and(...this.conditions(filter)))
      .orderBy(desc(auditLog.seq))
      .limit(filter.limit + 1)
      .all();
    return { entries: rows.slice(0, filter.limit).map(toEntry), hasMore: rows.length > filter.limit };
  }

  /**
   * Entries in the log. The chain numbers them 1, 2, 3… without gaps (verify() checks it) and nothing
   * is ever deleted, so the last seq is the count: one index probe instead of count(*) walking the whole
   * log on every dashboard load (issue 8, P4).
   */
  count(): number {
    return this.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get()?.seq ?? 0;
  }

  /** Walks the chain in order and names the first entry whose hash, link or sequence is wrong. */
  verify(): AuditVerification {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    const rows = this.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<RawAuditRow>;
    for (const raw of rows) {
      const fields: ChainedFields = {
        seq: raw.seq,
        at: raw.at,
        operatorId: raw.operator_id,
        operatorName: raw.operator_name,
        workstationId: raw.workstation_id,
        procedure: raw.procedure,
        summary: raw.summary,
        details: raw.details,
      };
      const intact =
        raw.seq === expectedSeq && raw.prev_hash === prevHash && raw.hash === entryHash(prevHash, fields);
      if (!intact) return { ok: false, checked, firstBrokenSeq: raw.seq };
      prevHash = raw.hash;
      expectedSeq += 1;
      checked += 1;
    }
    return { ok: true, checked, firstBrokenSeq: null };
  }

  private conditions(filter: AuditFilter): SQL[] {
    const conditions: SQL[] = [];
    if (filter.procedure) conditions.push(eq(auditLog.procedure, filter.procedure));
    if (filter.operatorId) conditions.push(eq(auditLog.operatorId, filter.operatorId));
    if (filter.from !== undefined) conditions.push(gte(auditLog.at, filter.from));
    if (filter.to !== undefined) conditions.push(lte(auditLog.at, filter.to));
    if (filter.beforeSeq !== undefined) conditions.push(lt(auditLog.seq, filter.beforeSeq));
    if (filter.text) {
      const pattern = `%${filter.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      const contains = (column: AnySQLiteColumn): SQL => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
      const text = or(contains(auditLog.summary), contains(auditLog.procedure), contains(auditLog.operatorName));
      if (text) conditions.push(text);
    }
    return conditions;
  }
}

interface RawAuditRow {
  seq: number;
  at: number;
  operator_id: string | null;
  operator_name: string | null;
  workstation_id: string;
  procedure: string;
  summary: string;
  details: string | null;
  prev_hash: string;
  hash: string;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    operatorId: row.operatorId,
    operatorName: row.operatorName,
    workstationId: row.workstationId,
    procedure: row.procedure,
    summary: row.summary,
    hash: row.hash,
  };
}
