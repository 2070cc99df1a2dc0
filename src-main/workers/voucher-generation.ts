import { randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { writeBatch, type BatchJob } from '../vouchers/write-batch';
import { AppError } from '../../src-shared/ipc/result';
import type { WorkerMessage } from '../vouchers/worker-protocol';

/**
 * Worker-thread entry: writes one voucher batch through its OWN better-sqlite3 connection (WAL), so
 * the 100k-row transaction never blocks the main thread's event loop. Cancel arrives through a shared
 * Int32Array (the worker is busy in a synchronous transaction and would never see a message).
 */
interface WorkerInput {
  dbFile: string;
  nativeBinding?: string;
  cancel: SharedArrayBuffer;
  job: BatchJob;
}

const port = parentPort;
const send = (message: WorkerMessage): void => port?.postMessage(message);

/** Writes one batch and reports the outcome; the connection lives only as long as the batch. */
function run(input: WorkerInput): void {
  const cancelFlag = new Int32Array(input.cancel);
  // The same pragmas as db/connection.ts openSqlite, opened without drizzle and the schema modules: the
  // worker needs raw statements only, and not loading them halves its start-up from source.
  const sqlite = new Database(input.dbFile, input.nativeBinding ? { nativeBinding: input.nativeBinding } : {});
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // A 100k batch touches ~40 MB of table and index pages; the default 2 MB cache would spill them to the
    // WAL mid-transaction. 256 MB is a ceiling, used only while this short-lived worker runs.
    sqlite.pragma('cache_size = -262144');
    const outcome = writeBatch(sqlite, input.job, {
      random: (count) => randomBytes(count),
      progress: (done, total, phase) => send({ type: 'progress', done, total, phase }),
      cancelled: () => Atomics.load(cancelFlag, 0) === 1,
    });
    send(outcome.kind === 'done' ? { type: 'done', count: outcome.count, firstSerial: outcome.firstSerial, lastSerial: outcome.lastSerial } : { type: 'cancelled' });
  } catch (error) {
    const known = error instanceof AppError;
    send({
      type: 'error',
      code: known ? error.code : 'INTERNAL',
      message: error instanceof Error ? error.message : String(error),
      ...(known && error.details !== undefined ? { details: error.details } : {}),
    });
  } finally {
    sqlite.close();
  }
}

// Started with its job (workerData.job), or as a warm spare that waits for one job message: a spare
// started ahead saves the next batch the worker's start-up (~0.1 s bundled, ~0.5-1 s from source).
const initial = workerData as Partial<WorkerInput>;
if (initial.job) run(initial as WorkerInput);
else port?.once('message', (message: WorkerInput) => run(message));
