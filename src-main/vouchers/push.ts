import { and, eq, notInArray } from 'drizzle-orm';
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

/**
 * Batch-level push: a generated batch is desired state already (written in the worker's transaction);
 * one reconcile of the router's hotspot menus sends all of it pipelined, instead of one queued job per
 * voucher (100k job rows would triple the batch's write). Best effort: when the router is offline the
 * batch stays `generated` and the next reconcile (on demand or later) pushes it.
 */
export async function pushBatch(deps: PushDeps, routerId: string, batchId: string | null): Promise<void> {
  try {
    const report = await deps.reconcile(routerId, VOUCHER_MENUS);
    if (!batchId) return;
    const failed = [...report.errors, ...report.conflicts].filter((item) => item.menu === '/ip/hotspot/user').map((item) => item.name);
    deps.db
      .update(vouchers)
      .set({ status: 'on_router' })
      .where(and(eq(vouchers.batchId, batchId), eq(vouchers.status, 'generated'), failed.length > 0 ? notInArray(vouchers.code, failed) : undefined))
      .run();
  } catch (error) {
    deps.logger.warn('voucher push deferred: router not reachable', { routerId, error: error instanceof Error ? error.message : String(error) });
  }
}
