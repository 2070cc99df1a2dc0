import { startRouterSim, type RouterSim } from '../../router-sim';
import { onCleanup, startOfficeWithStaff, type Harness } from '../../support/core-harness';
import { SAMPLE_PLAN } from '../../support/sample-inputs';

export interface ExpiryWorld {
  h: Harness;
  sim: RouterSim;
  routerId: string;
  planId: string;
  codes: string[];
}

/**
 * A core with one simulated router, one app plan (1 day validity, no uptime limit) and three
 * vouchers pushed to the router by `routers.reconcile`: the same path an office takes.
 */
export async function expiryWorld(opts: { version: string; startTimeMs?: number; expiryMode: 'remove' | 'disable'; validityMs?: number }): Promise<ExpiryWorld> {
  const sim = await startRouterSim({ version: opts.version, ...(opts.startTimeMs !== undefined ? { startTimeMs: opts.startTimeMs } : {}) });
  onCleanup(() => sim.close());
  const h = await startOfficeWithStaff();
  const router = await h.must('owner', 'routers.create', { name: 'Tower', host: '127.0.0.1', port: sim.port, username: 'admin', password: 'admin' });
  const plan = await h.must('owner', 'vouchers.plans.create', {
    ...SAMPLE_PLAN,
    timeLimitMs: null,
    validityMs: opts.validityMs ?? 86_400_000,
    expiryMode: opts.expiryMode,
    routerId: router.id,
    hotspotProfile: 'day pass',
  });
  const batch = await h.must('owner', 'vouchers.generate', { planId: plan.id, count: 3, length: 6, charset: 'digits', userMode: 'same' });
  const report = await h.must('owner', 'routers.reconcile', { routerId: router.id });
  if (report.errors.length > 0 || report.conflicts.length > 0) throw new Error(`reconcile failed: ${JSON.stringify(report)}`);
  const { rows } = await h.must('owner', 'vouchers.list', { batchId: batch.batchId, limit: 10 });
  return { h, sim, routerId: router.id, planId: plan.id, codes: rows.map((r) => r.code) };
}

export const hotspotUser = (sim: RouterSim, name: string): Record<string, string> | undefined =>
  sim.rows('/ip/hotspot/user').find((r) => r.name === name);

export const scriptErrors = (sim: RouterSim): string[] => sim.rows('/log').filter((r) => r.topics === 'script,error').map((r) => r.message ?? '');
