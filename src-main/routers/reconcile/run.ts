import type { ManagedMenu } from '../../../src-shared/domain/router-items';
import type { Db } from '../../db/connection';
import type { CommandInput, RouterCommandRunner } from '../client';
import { readDesired } from '../desired/store';
import { markerField, withMarker } from '../items/ownership';
import { readItems } from '../items/read';
import { planMenu, type ReconcilePlan } from './plan';

export interface ReconcileReport {
  added: number;
  updated: number;
  removed: number;
  conflicts: Array<{ menu: ManagedMenu; name: string }>;
  /** Commands that failed (router message or link error); running reconcile again retries them. */
  errors: Array<{ menu: ManagedMenu; name: string; message: string }>;
}

/**
 * Profiles first (users refer to them), then users and secrets, then profile removals (a profile in
 * use cannot be removed).
 */
const PROFILE_MENUS: ManagedMenu[] = ['/ip/hotspot/user/profile', '/ppp/profile'];
const ITEM_MENUS: ManagedMenu[] = ['/ip/hotspot/user', '/ppp/secret', '/system/scheduler'];

/**
 * A plan's expiry scheduler belongs with its hotspot profile (the profile's on-login records the
 * expiry, the scheduler enforces it), and schedulers have no job kind: whoever reconciles the
 * profiles (a voucher push) reconciles the schedulers too (docs/decisions/0009).
 */
function withCompanions(menus: readonly ManagedMenu[]): ManagedMenu[] {
  return menus.includes('/ip/hotspot/user/profile') && !menus.includes('/system/scheduler') ? [...menus, '/system/scheduler'] : [...menus];
}

/**
 * Makes the router's app-owned items match the desired state: reads each menu once (print with
 * .proplist), computes the difference and sends only that, all commands of a phase at once so the
 * connection's pipelining window keeps the link busy. Idempotent: a second run finds nothing to do.
 * Safe after a lost reply or reset: the next run re-reads and converges.
 */
/** Called as commands settle: at most ~100 times per run, and always once at the end. */
export type ReconcileProgress = (done: number, total: number) => void;

export async function reconcileRouter(
  runner: RouterCommandRunner,
  db: Db,
  routerId: string,
  menus: readonly ManagedMenu[] = [...PROFILE_MENUS, ...ITEM_MENUS],
  onProgress: ReconcileProgress = () => undefined,
): Promise<ReconcileReport> {
  const report: ReconcileReport = { added: 0, updated: 0, removed: 0, conflicts: [], errors: [] };
  const requested = withCompanions(menus);
  const wanted = (list: ManagedMenu[]): ManagedMenu[] => list.filter((menu) => requested.includes(menu));
  const plans = new Map<ManagedMenu, ReconcilePlan>();
  for (const menu of wanted([...PROFILE_MENUS, ...ITEM_MENUS])) {
    const plan = planMenu(menu, readDesired(db, routerId, menu), await readItems(runner, menu));
    plans.set(menu, plan);
    report.conflicts.push(...plan.conflicts.map((name) => ({ menu, name })));
  }
  const total = [...plans.values()].reduce((sum, plan) => sum + plan.add.length + plan.set.length + plan.remove.length, 0);
  const step = Math.max(1, Math.ceil(total / 100));
  let settled = 0;
  const tick = (): void => {
    settled += 1;
    if (settled % step === 0 || settled === total) onProgress(settled, total);
  };
  onProgress(0, total);
  const run = async (plan: ReconcilePlan | undefined, parts: Array<'add' | 'set' | 'remove'>): Promise<void> => {
    if (!plan) return;
    const ops: Array<{ name: string; input: CommandInput; count: 'added' | 'updated' | 'removed' }> = [];
    if (parts.includes('add')) {
      for (const item of plan.add) {
        ops.push({
          name: item.name,
          input: { command: `${plan.menu}/add`, attributes: { name: item.name, ...withMarker(plan.menu, item.attributes) } },
          count: 'added',
        });
      }
    }
    if (parts.includes('set')) {
      for (const item of plan.set) {
        const marked = withMarker(plan.menu, item.attributes);
        const field = markerField(plan.menu);
        const attributes = { ...item.attributes, ...(field in item.attributes ? { [field]: marked[field] } : {}) };
        ops.push({ name: item.name, input: { command: `${plan.menu}/set`, attributes: { '.id': item.id, ...attributes } }, count: 'updated' });
      }
    }
    if (parts.includes('remove')) {
      for (const item of plan.remove) {
        ops.push({ name: item.name, input: { command: `${plan.menu}/remove`, attributes: { '.id': item.id } }, count: 'removed' });
      }
    }
    const results = await Promise.allSettled(ops.map((op) => runner.command(op.input).finally(tick)));
    results.forEach((result, index) => {
      const op = ops[index];
      if (!op) return;
      if (result.status === 'fulfilled') report[op.count] += 1;
      else report.errors.push({ menu: plan.menu, name: op.name, message: errorMessage(result.reason) });
    });
  };
  for (const menu of PROFILE_MENUS) await run(plans.get(menu), ['add', 'set']);
  await Promise.all(ITEM_MENUS.map((menu) => run(plans.get(menu), ['add', 'set', 'remove'])));
  for (const menu of PROFILE_MENUS) await run(plans.get(menu), ['remove']);
  return report;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
