import { and, asc, desc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { jobKindSchema, type JobStatus } from '../../../src-shared/domain/router-items';
import { AppError } from '../../../src-shared/ipc/result';
import type { JobInfo } from '../../../src-shared/ipc/schemas/jobs';
import type { Db } from '../../db/connection';
import { routerJobs } from '../../db/schema';
import type { RouterJobRow } from './enqueue';

export interface JobFilter {
  routerId?: string | undefined;
  status?: JobStatus | undefined;
  limit: number;
  beforeId?: string | undefined;
}

export type JobOutcome =
  | { id: string; status: 'done' }
  | { id: string; status: 'failed'; error: string }
  | { id: string; status: 'pending'; error: string; countAttempt: boolean; nextAttemptAt: number };

const SCAN_PAGE = 1000;

/** Reads and moves router jobs. Pure db work; the worker decides what happens when. */
export class JobStore {
  constructor(
    private readonly db: Db,
    private readonly transaction: <T>(fn: () => T) => T,
  ) {}

  list(filter: JobFilter): { jobs: JobInfo[]; hasMore: boolean } {
    const conditions: SQL[] = [];
    if (filter.routerId) conditions.push(eq(routerJobs.routerId, filter.routerId));
    if (filter.status) conditions.push(eq(routerJobs.status, filter.status));
    // UUIDv7 ids sort by creation time, so they double as a stable paging cursor.
    if (filter.beforeId) conditions.push(lt(routerJobs.id, filter.beforeId));
    const rows = this.db
      .select()
      .from(routerJobs)
      .where(and(...conditions))
      .orderBy(desc(routerJobs.id))
      .limit(filter.limit + 1)
      .all();
    return { jobs: rows.slice(0, filter.limit).map(toInfo), hasMore: rows.length > filter.limit };
  }

  require(id: string): RouterJobRow {
    const row = this.db.select().from(routerJobs).where(eq(routerJobs.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such job.', { id });
    return row;
  }

  /** Routers that have jobs waiting. */
  routersWithPendingJobs(): string[] {
    return this.db
      .selectDistinct({ routerId: routerJobs.routerId })
      .from(routerJobs)
      .where(eq(routerJobs.status, 'pending'))
      .all()
      .map((row) => row.routerId);
  }

  /**
   * The next jobs that may run now, oldest first, at most one per item. An item whose oldest open
   * job has failed, or waits for its backoff, holds its later jobs back; other items go ahead.
   */
  nextBatch(routerId: string, now: number, size: number): RouterJobRow[] {
    const blocked = new Set(
      this.db
        .selectDistinct({ key: routerJobs.itemKey })
        .from(routerJobs)
        .where(and(eq(routerJobs.routerId, routerId), eq(routerJobs.status, 'failed')))
        .all()
        .map((row) => row.key),
    );
    const batch: RouterJobRow[] = [];
    let afterSeq = 0;
    for (;;) {
      const page = this.db
        .select()
        .from(routerJobs)
        .where(and(eq(routerJobs.routerId, routerId), eq(routerJobs.status, 'pending'), gt(routerJobs.seq, afterSeq)))
        .orderBy(asc(routerJobs.seq))
        .limit(SCAN_PAGE)
        .all();
      for (const row of page) {
        if (blocked.has(row.itemKey)) continue;
        blocked.add(row.itemKey);
        if (row.nextAttemptAt > now) continue;
        batch.push(row);
        if (batch.length >= size) return batch;
      }
      const last = page[page.length - 1];
      if (page.length < SCAN_PAGE || !last) return batch;
      afterSeq = last.seq;
    }
  }

  markRunning(ids: string[], now: number): void {
    this.transaction(() => {
      for (let i = 0; i < ids.length; i += 500) {
        this.db
          .update(routerJobs)
          .set({ status: 'running', updatedAt: now })
          .where(inArray(routerJobs.id, ids.slice(i, i + 500)))
          .run();
      }
    });
  }

  record(outcomes: JobOutcome[], now: number): void {
    this.transaction(() => {
      for (const outcome of outcomes) {
        const base = { updatedAt: now };
        if (outcome.status === 'done') {
          this.db
            .update(routerJobs)
            .set({ ...base, status: 'done', finishedAt: now, attempts: sql`${routerJobs.attempts} + 1` })
            .where(and(eq(routerJobs.id, outcome.id), eq(routerJobs.status, 'running')))
            .run();
        } else if (outcome.status === 'failed') {
          this.db
            .update(routerJobs)
            .set({ ...base, status: 'failed', lastError: outcome.error, attempts: sql`${routerJobs.attempts} + 1` })
            .where(and(eq(routerJobs.id, outcome.id), eq(routerJobs.status, 'running')))
            .run();
        } else {
          this.db
            .update(routerJobs)
            .set({
              ...base,
              status: 'pending',
              lastError: outcome.error,
              nextAttemptAt: outcome.nextAttemptAt,
              ...(outcome.countAttempt ? { attempts: sql`${routerJobs.attempts} + 1` } : {}),
            })
            .where(and(eq(routerJobs.id, outcome.id), eq(routerJobs.status, 'running')))
            .run();
        }
      }
    });
  }

  /** After a crash or a stop mid-batch: the outcome is unknown, and every job is safe to run again. */
  requeueRunning(now: number): number {
    return this.db.update(routerJobs).set({ status: 'pending', updatedAt: now }).where(eq(routerJobs.status, 'running')).run().changes;
  }

  /** Failed: run again now (later jobs of the same item were waiting behind it). Pending: skip the backoff wait. */
  retry(id: string, now: number): RouterJobRow {
    const job = this.require(id);
    if (job.status !== 'failed' && job.status !== 'pending') {
      throw new AppError('CONFLICT', `A ${job.status} job cannot be retried.`, { status: job.status });
    }
    this.db
      .update(routerJobs)
      .set({ status: 'pending', nextAttemptAt: now, updatedAt: now, ...(job.status === 'failed' ? { attempts: 0 } : {}) })
      .where(eq(routerJobs.id, id))
      .run();
    return this.require(id);
  }

  cancel(id: string, now: number): RouterJobRow {
    const job = this.require(id);
    if (job.status !== 'failed' && job.status !== 'pending') {
      const why = job.status === 'running' ? 'it is being sent to the router right now' : `it is already ${job.status}`;
      throw new AppError('CONFLICT', `This job cannot be cancelled: ${why}.`, { status: job.status });
    }
    this.db.update(routerJobs).set({ status: 'cancelled', finishedAt: now, updatedAt: now }).where(eq(routerJobs.id, id)).run();
    return this.require(id);
  }
}

const HIDDEN = '[hidden]';

/** Job as procedures show it: passwords in payloads (voucher and PPP secrets) are hidden. */
export function toInfo(row: RouterJobRow): JobInfo {
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  const attributes = payload.attributes;
  if (attributes && typeof attributes === 'object' && 'password' in attributes) {
    payload.attributes = { ...attributes, password: HIDDEN };
  }
  return {
    id: row.id,
    routerId: row.routerId,
    seq: row.seq,
    kind: jobKindSchema.parse(row.kind),
    payload,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}
