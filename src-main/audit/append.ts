import type { Sqlite } from '../db/connection';
import { entryHash, GENESIS_HASH, type ChainedFields } from './chain';

export interface AuditActor {
  operatorId: string | null;
  operatorName: string | null;
}

export interface AuditRecord {
  procedure: string;
  summary: string;
  details?: Record<string, unknown>;
}

/**
 * An audit entry decided on one connection and written on another, inside the transaction that makes
 * the change (the voucher worker commits a batch on its own connection). Plain data: it crosses threads.
 */
export interface PreparedAudit {
  actor: AuditActor;
  record: AuditRecord;
  at: number;
  workstationId: string;
}

/**
 * Appends one hash-chained entry. Must run inside the caller's write transaction: reading the last
 * entry and inserting the next under the same lock keeps the chain linear across connections.
 */
export function appendAuditEntry(sqlite: Sqlite, entry: PreparedAudit): number {
  const last = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const fields: ChainedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    operatorId: entry.actor.operatorId,
    operatorName: entry.actor.operatorName,
    workstationId: entry.workstationId,
    procedure: entry.record.procedure,
    summary: entry.record.summary,
    details: entry.record.details ? JSON.stringify(entry.record.details) : null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  sqlite
    .prepare(
      `INSERT INTO audit_log (seq, at, operator_id, operator_name, workstation_id, procedure, summary, details, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      fields.seq,
      fields.at,
      fields.operatorId,
      fields.operatorName,
      fields.workstationId,
      fields.procedure,
      fields.summary,
      fields.details,
      prevHash,
      entryHash(prevHash, fields),
    );
  return fields.seq;
}
