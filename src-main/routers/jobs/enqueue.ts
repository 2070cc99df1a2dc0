import { and, eq, max } from 'drizzle-orm';
import type { JobKind } from '../../../src-shared/domain/router-items';
import { newId } from '../../../src-shared/domain/ids';
import { AppError } from '../../../src-shared/ipc/result';
import type { Db } from '../../db/connection';
import { routerJobs, routers } from '../../db/schema';
import { itemKey, jobPayloadSchemas, type JobPayload } from './kinds';

export type RouterJobRow = typeof routerJobs.$inferSelect;

/**
 * Queues a router change. Call it inside the transaction of the business change that needs it (a sold
 * voucher, a suspended subscriber): both commit or neither does. `db` may be the transaction's handle
 * or the core's db inside `services.transaction`. The payload is validated against its kind now, so a
 * malformed job never reaches the queue.
 */
export function enqueueRouterJob<K extends JobKind>(
  db: Db,
  job: { routerId: string; kind: K; payload: JobPayload<K>; now: number },
): RouterJobRow {
  const parsed = jobPayloadSchemas[job.kind].safeParse(job.payload);
  if (!parsed.success) {
    throw new AppError('VALIDATION', `Invalid ${job.kind} job payload.`, { issues: parsed.error.issues.map((i) => i.message) });
  }
  const router = db.select({ id: routers.id, deletedAt: routers.deletedAt }).from(routers).where(eq(routers.id, job.routerId)).get();
  if (!router || router.deletedAt !== null) throw new AppError('NOT_FOUND', 'No such router.', { id: job.routerId });
  // SQLite serialises writers, so max+1 inside the caller's transaction is a gap-free per-router order.
  const last = db.select({ seq: max(routerJobs.seq) }).from(routerJobs).where(and(eq(routerJobs.routerId, job.routerId))).get();
  const row: RouterJobRow = {
    id: newId(),
    routerId: job.routerId,
    seq: (last?.seq ?? 0) + 1,
    kind: job.kind,
    itemKey: itemKey(job.kind, parsed.data),
    payload: JSON.stringify(parsed.data),
    status: 'pending',
    attempts: 0,
    lastError: null,
    nextAttemptAt: job.now,
    createdAt: job.now,
    updatedAt: job.now,
    finishedAt: null,
  };
  db.insert(routerJobs).values(row).run();
  return row;
}
