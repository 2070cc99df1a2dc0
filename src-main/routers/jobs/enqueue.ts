import type Database from 'better-sqlite3';
import { and, eq, getTableName, max, sql } from 'drizzle-orm';
import type { JobKind } from '../../../src-shared/domain/router-items';
import { newId } from '../../../src-shared/domain/ids';
import { AppError } from '../../../src-shared/ipc/result';
import type { Db, Sqlite } from '../../db/connection';
import { routerJobs, routers } from '../../db/schema';
import { itemKey, jobPayloadSchemas, type JobPayload } from './kinds';

export type RouterJobRow = typeof routerJobs.$inferSelect;

interface EnqueueStatements {
  router: Database.Statement<[string], { id: string; deletedAt: number | null; officeCode: string; localOffice: string | null }>;
  lastSeq: Database.Statement<[string], { seq: number | null }>;
  insert: Database.Statement<[RouterJobRow]>;
}

const preparedByDb = new WeakMap<Db, EnqueueStatements>();

/**
 * Prepared once per connection: a billing run suspending thousands of subscribers queues two jobs each
 * (P6), and building these three queries through drizzle cost more than running them. A transaction
 * handle has no `$client`; it takes the query builder as before.
 */
function statementsOf(db: Db): EnqueueStatements | null {
  const found = preparedByDb.get(db);
  if (found) return found;
  const client = (db as Db & { $client?: Sqlite }).$client;
  if (!client) return null;
  const table = getTableName(routerJobs);
  const made: EnqueueStatements = {
    router: client.prepare(
      `SELECT id, deleted_at AS deletedAt, office_code AS officeCode, (SELECT code FROM office LIMIT 1) AS localOffice FROM ${getTableName(routers)} WHERE id = ?`,
    ),
    lastSeq: client.prepare(`SELECT max(seq) AS seq FROM ${table} WHERE router_id = ?`),
    insert: client.prepare(
      `INSERT INTO ${table} (id, router_id, seq, kind, item_key, payload, status, attempts, last_error, next_attempt_at, created_at, updated_at, finished_at)
       VALUES (@id, @routerId, @seq, @kind, @itemKey, @payload, @status, @attempts, @lastError, @nextAttemptAt, @createdAt, @updatedAt, @finishedAt)`,
    ),
  };
  preparedByDb.set(db, made);
  return made;
}

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
  const prepared = statementsOf(db);
  const router = prepared
    ? prepared.router.get(job.routerId)
    : db
        .select({ id: routers.id, deletedAt: routers.deletedAt, officeCode: routers.officeCode, localOffice: sql<string | null>`(SELECT code FROM office LIMIT 1)` })
        .from(routers)
        .where(eq(routers.id, job.routerId))
        .get();
  if (!router || router.deletedAt !== null) throw new AppError('NOT_FOUND', 'No such router.', { id: job.routerId });
  // SQLite serialises writers, so max+1 inside the caller's transaction is a gap-free per-router order.
  const last = prepared
    ? prepared.lastSeq.get(job.routerId)
    : db.select({ seq: max(routerJobs.seq) }).from(routerJobs).where(and(eq(routerJobs.routerId, job.routerId))).get();
  // Only the office that owns a router commands it (sync rule): here the change is data only; the owner
  // applies it to the router when it pulls the change (src-main/sync/router-follow-up.ts).
  const foreign = router.localOffice !== null && router.officeCode !== router.localOffice;
  const row: RouterJobRow = {
    id: newId(),
    routerId: job.routerId,
    seq: (last?.seq ?? 0) + 1,
    kind: job.kind,
    itemKey: itemKey(job.kind, parsed.data),
    payload: JSON.stringify(parsed.data),
    status: foreign ? 'cancelled' : 'pending',
    attempts: 0,
    lastError: foreign ? `Router of office ${router.officeCode}: that office applies this change when it syncs.` : null,
    nextAttemptAt: job.now,
    createdAt: job.now,
    updatedAt: job.now,
    finishedAt: foreign ? job.now : null,
  };
  if (prepared) prepared.insert.run(row);
  else db.insert(routerJobs).values(row).run();
  return row;
}
