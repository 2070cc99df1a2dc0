import type { Sqlite } from '../db/connection';

export interface JobStats {
  pending: number;
  running: number;
  failed: number;
  oldestFailure: { id: string; routerId: string; kind: string; error: string | null; at: number } | null;
}

/**
 * Open job counts by status through the `router_jobs_status` index (done/cancelled rows, the bulk of
 * the table, are never read), and the oldest failed job among the failed rows only.
 */
export const JOB_COUNTS_SQL = `SELECT status, count(*) AS n FROM router_jobs WHERE status IN ('pending', 'running', 'failed') GROUP BY status`;
export const OLDEST_FAILURE_SQL = `SELECT id, router_id AS routerId, kind, last_error AS error, updated_at AS at FROM router_jobs WHERE status = 'failed' ORDER BY updated_at, id LIMIT 1`;

export function jobStats(sqlite: Sqlite): JobStats {
  const counts = new Map((sqlite.prepare(JOB_COUNTS_SQL).all() as Array<{ status: string; n: number }>).map((row) => [row.status, row.n]));
  const oldest = sqlite.prepare(OLDEST_FAILURE_SQL).get() as JobStats['oldestFailure'] | undefined;
  return {
    pending: counts.get('pending') ?? 0,
    running: counts.get('running') ?? 0,
    failed: counts.get('failed') ?? 0,
    oldestFailure: oldest ?? null,
  };
}
