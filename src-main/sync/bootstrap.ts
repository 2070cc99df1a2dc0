import type { Sqlite } from '../db/connection';
import { AppError } from '../../src-shared/ipc/result';
import { dateInZone } from '../../src-shared/domain/civil-date';
import { ACCOUNT_SEQUENCE_KEY } from '../billing/numbering';
import { sequenceOf } from '../customers/import/account-sequence';
import { backlog } from './outbox';
import { SyncError, type CentralApi } from './protocol';
import { SyncService, type PullSummary } from './service';
import { readCursor } from './state';
import { SYNCED_TABLES, type SyncedTable } from './tables';

/**
 * Bootstrap / rebuild an office from the central database (issue 7): a new office joins with what the
 * other offices already hold, or an office whose disk died is rebuilt under the same office code.
 *
 * Only on a FRESH local db (the first-run wizard done, no synced rows, nothing pulled yet), because the
 * outbox is started with an empty history: whatever is pulled is never pushed back, and nothing made here
 * before could be lost between "history" and "pulled". Then everything is pulled from cursor 0 (each page
 * commits with its cursor, like any pull), and the office's own number sequences are moved past the
 * highest number of THIS office found in the pulled rows, so a rebuilt office never hands out an
 * invoice, credit-note or account number again.
 *
 * A bootstrap cut short (network gone after some pages) leaves the marker `bootstrap = running` in
 * sync_state: running it again resumes from the stored cursor, as long as nothing was made here since.
 */

const STATE_KEY = 'bootstrap';

export interface BootstrapOptions {
  sqlite: Sqlite;
  central: CentralApi;
  now: () => number;
  /** The office's account-number format (billing settings), to recognise its own account numbers. */
  accountNumberFormat: string;
  pullLimit?: number;
}

export interface SequenceMove {
  key: string;
  /** The value the sequence holds now: the next number drawn is value + 1. */
  value: number;
}

export interface BootstrapReport {
  officeCode: string;
  /** Rows now held here per synced table (all of them came from central). */
  restored: Record<SyncedTable, number>;
  pull: Omit<PullSummary, 'cursor'> & { cursor: number };
  sequences: SequenceMove[];
  /** True when this run continued a bootstrap that had been cut short. */
  resumed: boolean;
}

interface OfficeRow {
  code: string;
  time_zone: string;
}

function officeOf(sqlite: Sqlite): OfficeRow {
  const office = sqlite.prepare('SELECT code, time_zone FROM office LIMIT 1').get() as OfficeRow | undefined;
  if (!office) throw new AppError('SETUP_REQUIRED', 'Set the office up (first-run wizard) before restoring it from the central database.');
  return office;
}

export function countSynced(sqlite: Sqlite): Record<SyncedTable, number> {
  const counts = {} as Record<SyncedTable, number>;
  for (const table of SYNCED_TABLES) counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return counts;
}

function bootstrapState(sqlite: Sqlite): string | null {
  const row = sqlite.prepare('SELECT value FROM sync_state WHERE key = ?').get(STATE_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

function setBootstrapState(sqlite: Sqlite, value: 'running' | 'done'): void {
  sqlite.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(STATE_KEY, value);
}

/** Refuses (typed, before any write or connection) unless this db may be filled from central. */
function requireFresh(sqlite: Sqlite): { resumed: boolean } {
  const counts = countSynced(sqlite);
  const held = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  const interrupted = bootstrapState(sqlite) === 'running';
  // An interrupted bootstrap holds pulled rows; it may continue only if nothing was made here since.
  if (interrupted && backlog(sqlite) === 0) return { resumed: true };
  if (Object.keys(held).length > 0 || readCursor(sqlite) > 0 || bootstrapState(sqlite) === 'done') {
    throw new AppError(
      'CONFLICT',
      'This office already holds data: it can only be restored from the central database on a fresh install (right after the first-run wizard).',
      { reason: 'not-fresh', held, cursor: readCursor(sqlite) },
    );
  }
  return { resumed: false };
}

/** Pull failures as the desk's typed errors, with the sync code kept for the screen. */
function toAppError(error: unknown): unknown {
  if (!(error instanceof SyncError)) return error;
  return new AppError('CONFLICT', `Restoring from the central database failed: ${error.message}`, { reason: 'sync', syncCode: error.code });
}

const INVOICE_NUMBER = (code: string) => new RegExp(`^${code}-(\\d{4})-(\\d+)$`);
const CREDIT_NOTE_NUMBER = (code: string) => new RegExp(`^CN-${code}-(\\d{4})-(\\d+)$`);

/** Highest value per sequence key among the numbers this office issued (invoices, credit notes, accounts). */
export function ownNumberTops(sqlite: Sqlite, office: OfficeRow, accountNumberFormat: string): Map<string, number> {
  const tops = new Map<string, number>();
  const raise = (key: string, value: number) => tops.set(key, Math.max(tops.get(key) ?? 0, value));
  // Office codes are capital letters and digits only: safe inside a pattern.
  const patterns: Array<[RegExp, string]> = [
    [INVOICE_NUMBER(office.code), 'invoice'],
    [CREDIT_NOTE_NUMBER(office.code), 'credit-note'],
  ];
  const numbers = sqlite.prepare('SELECT number FROM ledger_entries WHERE number IS NOT NULL').pluck().all() as string[];
  for (const number of numbers) {
    for (const [pattern, prefix] of patterns) {
      const match = pattern.exec(number);
      if (match?.[1] && match[2]) raise(`${prefix}:${match[1]}`, Number(match[2]));
    }
  }
  // An account number is this office's when its format (with this office code) could have produced it.
  const accounts = sqlite.prepare('SELECT account_number, created_at FROM customers').all() as Array<{ account_number: string; created_at: number }>;
  for (const row of accounts) {
    const year = dateInZone(row.created_at, office.time_zone).slice(0, 4);
    const seq = sequenceOf(row.account_number, { format: accountNumberFormat, officeCode: office.code, year });
    if (seq !== null) raise(ACCOUNT_SEQUENCE_KEY, seq);
  }
  return tops;
}

/** Moves each sequence up to at least its top (never down) and marks the bootstrap done: one transaction. */
function finish(sqlite: Sqlite, tops: Map<string, number>): SequenceMove[] {
  const upsert = sqlite.prepare(
    'INSERT INTO number_sequences (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value) RETURNING value',
  );
  return sqlite.transaction(() => {
    const moves = [...tops].sort(([a], [b]) => a.localeCompare(b)).map(([key, top]) => ({ key, value: (upsert.get(key, top) as { value: number }).value }));
    setBootstrapState(sqlite, 'done');
    return moves;
  }).immediate();
}

export async function bootstrapFromCentral(options: BootstrapOptions): Promise<BootstrapReport> {
  const { sqlite } = options;
  const office = officeOf(sqlite);
  const { resumed } = requireFresh(sqlite);
  setBootstrapState(sqlite, 'running');
  // Starts the outbox on an empty db: no history is queued, and pulled rows never enter it.
  const service = new SyncService({ sqlite, central: options.central, now: options.now, ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}) });
  let pull: PullSummary;
  try {
    pull = await service.pull();
  } catch (error) {
    throw toAppError(error);
  }
  const sequences = finish(sqlite, ownNumberTops(sqlite, office, options.accountNumberFormat));
  return { officeCode: office.code, restored: countSynced(sqlite), pull, sequences, resumed };
}
