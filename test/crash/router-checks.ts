import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '../../src-main/core/create-core';
import { readDesired } from '../../src-main/routers/desired/store';
import { readItems } from '../../src-main/routers/items/read';
import { planMenu } from '../../src-main/routers/reconcile/plan';
import type { ManagedMenu } from '../../src-shared/domain/router-items';

/** Every menu the workloads change: voucher users and profiles, PPP secrets and profiles. */
const MENUS: readonly ManagedMenu[] = ['/ip/hotspot/user/profile', '/ip/hotspot/user', '/ppp/profile', '/ppp/secret'];

/** Generous: a drain of a few hundred jobs over loopback takes well under a second. */
const DRAIN_TIMEOUT_MS = 30_000;

function openJobs(core: Core): { open: number; failed: Array<Record<string, unknown>> } {
  const { sqlite } = core.services;
  const open = Number(sqlite.prepare("SELECT count(*) FROM router_jobs WHERE status IN ('pending', 'running')").pluck().get());
  const failed = sqlite.prepare("SELECT kind, item_key AS item, last_error AS error FROM router_jobs WHERE status = 'failed' LIMIT 3").all() as Array<Record<string, unknown>>;
  return { open, failed };
}

/**
 * The restarted core's job worker takes the queue up where the kill left it (running jobs requeued):
 * waits until nothing is pending or running. A failed job is a problem: the router refused a change.
 */
export async function waitJobsDrained(core: Core): Promise<string[]> {
  const started = Date.now();
  for (;;) {
    const { open, failed } = openJobs(core);
    if (failed.length > 0) return [`router jobs failed: ${JSON.stringify(failed)}`];
    if (open === 0) return [];
    if (Date.now() - started > DRAIN_TIMEOUT_MS) return [`router job queue did not drain: ${open} still open after ${DRAIN_TIMEOUT_MS} ms`];
    await sleep(20);
  }
}

/**
 * The router holds exactly the desired state the db defines (routers/desired: explicit items plus the
 * users derived from live vouchers): reconcile's own planner finds nothing to add, set or remove.
 */
export async function routerDifferences(core: Core, routerId: string): Promise<string[]> {
  const { db, routers, routerRuntime } = core.services;
  const row = routers.require(routerId);
  const problems: string[] = [];
  await routerRuntime.connections.use(row, async (runner) => {
    for (const menu of MENUS) {
      const plan = planMenu(menu, readDesired(db, routerId, menu), await readItems(runner, menu));
      const diff = { add: plan.add.map((i) => i.name), set: plan.set.map((i) => `${i.name} ${JSON.stringify(i.attributes)}`), remove: plan.remove.map((i) => i.name), conflicts: plan.conflicts };
      for (const [kind, names] of Object.entries(diff)) {
        if (names.length > 0) problems.push(`router ${menu}: ${names.length} to ${kind}, e.g. ${names.slice(0, 3).join(', ')}`);
      }
    }
  });
  return problems;
}
