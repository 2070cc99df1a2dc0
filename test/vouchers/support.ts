import type { Harness } from '../support/core-harness';
import { SAMPLE_PLAN } from '../support/sample-inputs';
import type { GenerationProgress } from '../../src-shared/ipc/schemas/vouchers';

/** A router (never contacted: background services stay off) and one app plan on it. */
type PlanOverrides = Partial<{ sharedUsers: number | null; timeLimitMs: number | null; dataLimitBytes: number | null; rateLimit: string | null }>;

export async function routerWithPlan(h: Harness, overrides: PlanOverrides = {}): Promise<{ routerId: string; planId: string }> {
  const router = await h.must('owner', 'routers.create', { name: 'Tower A', host: '127.0.0.1', port: 1, username: 'admin', password: 'admin' });
  const plan = await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, ...overrides, routerId: router.id, hotspotProfile: 'daily-1h' });
  return { routerId: router.id, planId: plan.id };
}

/** Collects the `vouchers.progress` events the core sends to one client. */
export function captureProgress(h: Harness, clientId: string): GenerationProgress[] {
  const seen: GenerationProgress[] = [];
  h.core.events.attach(clientId, (event, payload) => {
    if (event === 'vouchers.progress') seen.push(payload as GenerationProgress);
  });
  return seen;
}

/** Rows of a batch in each table it writes: all must be 0 after a cancel, a failure or a crash. */
export function batchRowCounts(sqlite: import('better-sqlite3').Database, batchId: string): { batches: number; vouchers: number; desired: number } {
  const one = (query: string, ...args: unknown[]): number => (sqlite.prepare(query).pluck().get(...args) as number) ?? 0;
  return {
    batches: one('SELECT count(*) FROM voucher_batches WHERE id = ?', batchId),
    vouchers: one('SELECT count(*) FROM vouchers WHERE batch_id = ?', batchId),
    // Voucher users are derived from the rows above; nothing may be written for them separately.
    desired: one("SELECT count(*) FROM router_desired_items WHERE menu = '/ip/hotspot/user'"),
  };
}
