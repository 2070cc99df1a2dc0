import { and, count, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { vouchers } from '../db/schema';
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
  let report: ReconcileReport;
  try {
    report = await deps.reconcile(routerId, VOUCHER_MENUS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.warn('voucher push deferred: router not reachable', { routerId, error: message });
    return { onRouter: batchId ? countOnRouter(deps.db, batchId) : 0, failed: 0, deferred: true, message };
  }
  if (!batchId) return { onRouter: 0, failed: 0, deferred: false, message: null };
  const failed = [...report.errors, ...report.conflicts].filter((item) => item.menu === '/ip/hotspot/user').map((item) => item.name);
  deps.db
    .update(vouchers)
    .set({ status: 'on_router' })
    .where(and(eq(vouchers.batchId, batchId), eq(vouchers.status, 'generated'), failed.length > 0 ? notInArray(vouchers.code, failed) : undefined))
    .run();
  const firstError = report.errors[0]?.message ?? (report.conflicts.length > 0 ? 'an item of the same name on the router is not the app’s' : null);
  return { onRouter: countOnRouter(deps.db, batchId), failed: failed.length, deferred: false, message: firstError };
}

/** Statuses past `generated` were pushed (or printed after a push); `removed` ones are gone. */
function countOnRouter(db: Db, batchId: string): number {
  return (
    db
      .select({ n: count() })
      .from(vouchers)
      .where(and(eq(vouchers.batchId, batchId), notInArray(vouchers.status, ['generated', 'removed', 'expired'])))
      .get()?.n ?? 0
  );
}
