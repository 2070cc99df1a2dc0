import { and, count, eq, exists, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { routers, voucherBatches, vouchers } from '../db/schema';
import type { Logger } from '../core/logger';
import type { ReconcileReport } from '../routers/reconcile/run';
import type { ManagedMenu } from '../../src-shared/domain/router-items';

/** Profiles first (users name them), then users: reconcile orders the phases itself. */
const VOUCHER_MENUS: ManagedMenu[] = ['/ip/hotspot/user/profile', '/ip/hotspot/user'];

export interface PushDeps {
  db: Db;
  logger: Logger;
  reconcile(routerId: string, menus: readonly ManagedMenu[]): Promise<ReconcileReport>;
}

export interface PushOutcome {
  /** Vouchers of the batch the router holds after this push. */
  onRouter: number;
  /** Vouchers the router refused or that conflict with an item the operator owns. */
  failed: number;
  /** The router could not be reached: the batch waits for the next reconcile. */
  deferred: boolean;
  message: string | null;
}

/**
 * Batch-level push: a generated batch is desired state already (written in the worker's transaction);
 * one reconcile of the router's hotspot menus sends all of it pipelined, instead of one queued job per
 * voucher (100k job rows would triple the batch's write). When the router is offline the batch stays
 * `generated` and the next reconcile (on demand or later) pushes it.
 */
export async function pushBatch(deps: PushDeps, routerId: string, batchId: string | null): Promise<PushOutcome> {
  return pushBatches(deps, routerId, batchId ? [batchId] : []);
}

/**
 * One reconcile for several batches of a router: their vouchers the router now holds move
 * `generated → on_router`. Only the batches named: one committed after the reconcile read the router is
 * not on it yet (its own push follows).
 */
export async function pushBatches(deps: PushDeps, routerId: string, batchIds: readonly string[]): Promise<PushOutcome> {
  let report: ReconcileReport;
  try {
    report = await deps.reconcile(routerId, VOUCHER_MENUS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warn('voucher push deferred: router not reachable', { routerId, error: message });
    return { onRouter: countOnRouter(deps.db, batchIds), failed: 0, deferred: true, message };
  }
  if (batchIds.length === 0) return { onRouter: 0, failed: 0, deferred: false, message: null };
  const failed = [...report.errors, ...report.conflicts].filter((item) => item.menu === '/ip/hotspot/user').map((item) => item.name);
  deps.db
    .update(vouchers)
    .set({ status: 'on_router' })
    .where(and(inArray(vouchers.batchId, [...batchIds]), eq(vouchers.status, 'generated'), failed.length > 0 ? notInArray(vouchers.code, failed) : undefined))
    .run();
  const firstError = report.errors[0]?.message ?? (report.conflicts.length > 0 ? 'an item of the same name on the router is not the app’s' : null);
  return { onRouter: countOnRouter(deps.db, batchIds), failed: failed.length, deferred: false, message: firstError };
}

/**
 * What start-up pushes, by router: every live router holding app batches, with its batches still
 * `generated`. A push runs after its change commits, in the background (a new batch, a card made at the
 * till, a deleted or disabled batch, a voided card); an app killed in between (issue 8) left the router
 * behind until someone pressed Push, and a card sold on the spot is `sold` at once, so the statuses
 * alone cannot tell which routers are behind. One reconcile of the voucher menus per router at start
 * catches all of them (it sends only the difference).
 */
export function startupPushes(db: Db): Map<string, string[]> {
  // Per router, so both reads are index searches (voucher_batches_router_created, vouchers_unpushed):
  // start-up scans no big table (issue 8, P4). Only this office's routers: another office's router (its
  // batches arrive by sync) is commanded by that office alone.
  const hasAppBatches = exists(db.select({ one: sql`1` }).from(voucherBatches).where(and(eq(voucherBatches.routerId, routers.id), eq(voucherBatches.source, 'app'))));
  const ours = sql`${routers.officeCode} = coalesce((SELECT code FROM office LIMIT 1), ${routers.officeCode})`;
  const live = db
    .select({ id: routers.id })
    .from(routers)
    .where(and(isNull(routers.deletedAt), ours, hasAppBatches))
    .all();
  const byRouter = new Map<string, string[]>();
  for (const { id } of live) {
    const unpushed = db
      .selectDistinct({ batchId: vouchers.batchId })
      .from(vouchers)
      .where(and(eq(vouchers.routerId, id), eq(vouchers.status, 'generated'), eq(vouchers.source, 'app')))
      .all();
    byRouter.set(id, unpushed.flatMap((row) => (row.batchId === null ? [] : [row.batchId])));
  }
  return byRouter;
}

/** Statuses past `generated` were pushed (or printed after a push); `removed` ones are gone. */
function countOnRouter(db: Db, batchIds: readonly string[]): number {
  if (batchIds.length === 0) return 0;
  return (
    db
      .select({ n: count() })
      .from(vouchers)
      .where(and(inArray(vouchers.batchId, [...batchIds]), notInArray(vouchers.status, ['generated', 'removed', 'expired'])))
      .get()?.n ?? 0
  );
}
