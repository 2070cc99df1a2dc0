import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import { bulkUuidV7 } from './bulk-ids';
import { appendAuditEntry, type PreparedAudit } from '../audit/append';
import { AppError } from '../../src-shared/ipc/result';
import {
  capacityMessage,
  checkCapacity,
  SymbolSource,
  VOUCHER_CHARSETS,
  type RandomBytes,
  type VoucherCharset,
} from '../../src-shared/domain/voucher-codes';
import type { GenerationPhase } from '../../src-shared/ipc/schemas/vouchers';

/** Everything the worker needs to write one batch; plain data so it crosses the thread boundary. */
export interface BatchJob {
  batchId: string;
  planId: string;
  routerId: string;
  profile: string;
  count: number;
  length: number;
  prefix: string;
  charset: VoucherCharset;
  userMode: 'same' | 'separate';
  passwordLength: number;
  note: string;
  createdBy: string | null;
  now: number;
  /** `mb:` comment every user of the batch carries on the router (ownership marker, 0005). */
  routerComment: string;
  /** Desired attributes shared by every user of the batch (profile, comment, limits, server). */
  userAttributes: Record<string, string>;
  /** The generate call's audit entry; appended in this transaction with the batch id added. */
  audit?: PreparedAudit;
}

export interface BatchHooks {
  random: RandomBytes;
  progress(done: number, total: number, phase: GenerationPhase): void;
  /** Polled between chunks; true stops the batch and rolls it back. */
  cancelled(): boolean;
}

export type BatchOutcome = { kind: 'done'; count: number; firstSerial: number; lastSerial: number } | { kind: 'cancelled' };

/** Rows per progress event and cancel check: small enough to cancel quickly, big enough to cost nothing. */
const CHUNK = 5000;
const HOTSPOT_USER_MENU = '/ip/hotspot/user';

/**
 * Codes that a new code of this shape (prefix + length) could collide with: every voucher in the db
 * (all routers, imported or generated: a code is unique office-wide) and every hotspot user the app
 * wants on this router (desired state, 0005). Other shapes cannot collide, so they are not loaded.
 */
function takenCodes(sqlite: Sqlite, job: BatchJob): Set<string> {
  const width = job.prefix.length + job.length;
  const taken = new Set<string>();
  const vouchers = sqlite.prepare('SELECT code FROM vouchers WHERE length(code) = ? AND substr(code, 1, ?) = ?').pluck();
  for (const code of vouchers.iterate(width, job.prefix.length, job.prefix) as IterableIterator<string>) taken.add(code);
  const desired = sqlite
    .prepare('SELECT name FROM router_desired_items WHERE router_id = ? AND menu = ? AND length(name) = ? AND substr(name, 1, ?) = ?')
    .pluck();
  for (const name of desired.iterate(job.routerId, HOTSPOT_USER_MENU, width, job.prefix.length, job.prefix) as IterableIterator<string>) {
    taken.add(name);
  }
  return taken;
}

/** Draws `count` fresh codes; a taken or repeated one is drawn again (rare: the space is ≤ 1 % full). */
function drawCodes(job: BatchJob, taken: Set<string>, hooks: BatchHooks): string[] {
  const symbols = new SymbolSource(VOUCHER_CHARSETS[job.charset], hooks.random);
  const codes: string[] = [];
  // The capacity check makes a redraw rare; the bound turns a logic error into a failure, not a hang.
  const maxDraws = job.count * 2 + 1000;
  for (let draws = 0; codes.length < job.count; draws += 1) {
    if (draws > maxDraws) throw new AppError('CONFLICT', 'Could not find enough unused codes; use longer codes.');
    const code = job.prefix + symbols.next(job.length);
    if (taken.has(code)) continue;
    taken.add(code);
    codes.push(code);
    if (codes.length % CHUNK === 0) {
      if (hooks.cancelled()) return [];
      hooks.progress(codes.length, job.count, 'generating');
    }
  }
  return codes;
}

/**
 * Generates and stores one batch in ONE transaction on the given connection (the worker's own):
 * the batch row (with the users' shared router attributes) and every voucher. All or nothing: an error, a cancel or
 * a killed process leaves no row of the batch (SQLite rolls back an uncommitted WAL transaction).
 * Synchronous on purpose: it runs on a worker thread, never on the main thread.
 */
export function writeBatch(sqlite: Sqlite, job: BatchJob, hooks: BatchHooks): BatchOutcome {
  hooks.progress(0, job.count, 'preparing');
  // IMMEDIATE: take the write lock first, so the uniqueness read below and the insert see the same db.
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const outcome = insertBatch(sqlite, job, hooks);
    if (outcome.kind === 'cancelled') {
      sqlite.exec('ROLLBACK');
      return outcome;
    }
    hooks.progress(job.count, job.count, 'committing');
    sqlite.exec('COMMIT');
    return outcome;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}

/**
 * The batch's rows, inside a transaction the caller holds (writeBatch's own, or the till sale's for a card
 * generated on the spot): same uniqueness and capacity rules either way. 'cancelled' leaves the rollback to the caller.
 */
export function insertBatch(sqlite: Sqlite, job: BatchJob, hooks: BatchHooks): BatchOutcome {
  const taken = takenCodes(sqlite, job);
  const existing = taken.size;
  const verdict = checkCapacity(job.charset, job.length, existing, job.count);
  if (!verdict.ok) throw new AppError('VALIDATION', capacityMessage(job.charset, job.length, verdict, job.count));
  const codes = drawCodes(job, taken, hooks);
  if (hooks.cancelled()) return { kind: 'cancelled' };
  const passwords = job.userMode === 'same' ? null : new SymbolSource(VOUCHER_CHARSETS[job.charset], hooks.random);
  insertBatchRow(sqlite, job);
  // Serial = draw order, but rows go in sorted by code: the three code-keyed unique indexes then grow
  // at their ends instead of splitting pages at random (the serial still says nothing about the code).
  const order = codes.map((code, index) => ({ code, serial: index + 1 })).sort((a, b) => (a.code < b.code ? -1 : 1));
  const ids = bulkUuidV7(job.now, order.length, hooks.random);
  const statements = new RowStatements(sqlite);
  const voucherValues: unknown[] = [];
  for (let index = 0; index < order.length; index += 1) {
    const { code, serial } = order[index] as { code: string; serial: number };
    const password = passwords ? passwords.next(job.passwordLength) : code;
    voucherValues.push(ids[index], job.batchId, job.planId, job.routerId, code, password, job.profile, serial, job.now, job.now);
    if (voucherValues.length === ROWS_PER_STATEMENT * VOUCHER_COLUMNS) statements.flush(voucherValues);
    if ((index + 1) % CHUNK === 0) {
      if (hooks.cancelled()) return { kind: 'cancelled' };
      hooks.progress(index + 1, job.count, 'writing');
    }
  }
  statements.flush(voucherValues);
  if (job.audit) appendBatchAudit(sqlite, job, job.audit);
  return { kind: 'done', count: codes.length, firstSerial: 1, lastSerial: codes.length };
}

const ROWS_PER_STATEMENT = 64;
const VOUCHER_COLUMNS = 10;

/**
 * Multi-row INSERTs (64 rows per statement): better-sqlite3 pays a fixed cost per statement run, which
 * dominates at 100k rows. Statements are prepared per row count and reused. The batch's hotspot users
 * are not written: they are derived from these rows (routers/desired/voucher-users.ts).
 */
class RowStatements {
  private readonly vouchers = new Map<number, Statement>();

  constructor(private readonly sqlite: Sqlite) {}

  /** Inserts the pending rows and empties the value list. */
  flush(voucherValues: unknown[]): void {
    const rows = voucherValues.length / VOUCHER_COLUMNS;
    if (rows === 0) return;
    this.statement(this.vouchers, rows, VOUCHER_SQL, VOUCHER_ROW).run(voucherValues);
    voucherValues.length = 0;
  }

  private statement(cache: Map<number, Statement>, rows: number, head: string, row: string): Statement {
    let statement = cache.get(rows);
    if (!statement) {
      statement = this.sqlite.prepare(`${head} ${Array.from({ length: rows }, () => row).join(', ')}`);
      cache.set(rows, statement);
    }
    return statement;
  }
}

const VOUCHER_SQL = `INSERT INTO vouchers (id, batch_id, plan_id, router_id, code, password, profile, serial, created_at, updated_at,
  status, disabled, source) VALUES`;
const VOUCHER_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generated', 0, 'app')";

function appendBatchAudit(sqlite: Sqlite, job: BatchJob, audit: PreparedAudit): void {
  appendAuditEntry(sqlite, { ...audit, record: { ...audit.record, details: { ...audit.record.details, batchId: job.batchId } } });
}

function insertBatchRow(sqlite: Sqlite, job: BatchJob): void {
  sqlite
    .prepare(
      `INSERT INTO voucher_batches (id, plan_id, router_id, note, router_comment, user_mode, code_length, charset, prefix,
        voucher_count, user_attributes, source, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'app', ?, ?, ?)`,
    )
    .run(
      job.batchId,
      job.planId,
      job.routerId,
      job.note,
      job.routerComment,
      job.userMode === 'same' ? 'vc' : 'up',
      job.length,
      job.charset,
      job.prefix,
      job.count,
      JSON.stringify(job.userAttributes),
      job.createdBy,
      job.now,
      job.now,
    );
}
