import type { Clock } from '../../core/clock';
import type { BillingRunTrigger } from '../../db/schema';
import type { IsoDate } from '../../../src-shared/domain/civil-date';
import { billChunk, type ChunkDeps, type ChunkRequest, type ChunkResult } from './chunk';
import { DuePeriodsMemo } from './periods';
import { PlanLineMemo } from './plan-lines';
import { addCounts, NO_COUNTS, type BillingRunRow, type BillingRunStore, type RunCounts } from './store';

/**
 * Subscriptions per transaction. A chunk of 1,000 takes tens of milliseconds, so the event loop (IPC,
 * the router worker) gets a turn between chunks instead of freezing for the whole run; each chunk is
 * idempotent on its own, so a run cut short by a crash or close is simply run again by catch-up.
 */
export const RUN_CHUNK_SIZE = 1_000;
/** Ids named in a run's audit entry; the counts are always complete. */
const AUDIT_ID_LIMIT = 100;

export interface RunnerDeps extends ChunkDeps {
  clock: Clock;
  store: BillingRunStore;
  transaction<T>(fn: () => T): T;
}

export interface RunRequest {
  asOf: IsoDate;
  trigger: BillingRunTrigger;
  /** The instant the run's invoices and status changes carry. */
  at: number;
  createdBy: string | null;
  /** Writes the run's audit entry, inside the transaction that completes the run. */
  audit(summary: string, details: Record<string, unknown>): void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Executes one billing run: the run row, the chunks in their own transactions, then the counts and the audit entry. */
export class BillingRunner {
  private stopped = false;

  constructor(private readonly deps: RunnerDeps) {}

  /** Called on close: the run in progress stops before its next chunk and stays unfinished. */
  stop(): void {
    this.stopped = true;
  }

  async run(request: RunRequest): Promise<BillingRunRow | null> {
    const { deps } = this;
    const run = deps.transaction(() =>
      deps.store.start({ asOfDate: request.asOf, trigger: request.trigger, startedAt: deps.clock.now(), createdBy: request.createdBy }),
    );
    const context = deps.documents.issueContext();
    const ids = deps.snapshot.candidateIds();
    const chunkRequest: ChunkRequest = { asOf: request.asOf, at: request.at, createdBy: request.createdBy, context, periods: new DuePeriodsMemo(request.asOf), lines: new PlanLineMemo() };
    const changes = { suspended: [] as string[], reactivated: [] as string[] };
    let counts: RunCounts = NO_COUNTS;
    for (let index = 0; index < ids.length; index += RUN_CHUNK_SIZE) {
      if (index > 0) await nextTurn();
      if (this.stopped) return null;
      const done = this.billChunk(ids.slice(index, index + RUN_CHUNK_SIZE), chunkRequest);
      counts = addCounts(counts, done.counts);
      changes.suspended.push(...done.suspended);
      changes.reactivated.push(...done.reactivated);
    }
    return deps.transaction(() => {
      const finished = deps.store.finish(run, counts, deps.clock.now());
      request.audit(`billing run for ${request.asOf} (${request.trigger}): ${counts.invoicesIssued} invoices, ${counts.suspended} suspended, ${counts.reactivated} reactivated, ${counts.errors} errors`, {
        runId: run.id,
        asOfDate: request.asOf,
        trigger: request.trigger,
        ...counts,
        suspendedIds: changes.suspended.slice(0, AUDIT_ID_LIMIT),
        reactivatedIds: changes.reactivated.slice(0, AUDIT_ID_LIMIT),
      });
      return finished;
    });
  }

  /** The chunk in one go; if a subscription fails, the chunk is undone and replayed one savepoint per subscription. */
  private billChunk(ids: readonly string[], request: ChunkRequest): ChunkResult {
    const { deps } = this;
    try {
      return deps.transaction(() => billChunk(deps, ids, request, 'together'));
    } catch (error) {
      // Logged: a failure that hit every chunk (a constraint the batch path trips) would otherwise only
      // show as a run several times slower, each chunk done twice.
      deps.logger.warn('billing run: chunk replayed one subscription at a time', { size: ids.length, error: error instanceof Error ? error.message : String(error) });
      return deps.transaction(() => billChunk(deps, ids, request, 'isolated'));
    }
  }
}
