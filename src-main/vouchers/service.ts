import type { Db, Sqlite } from '../db/connection';
import type { Logger } from '../core/logger';
import type { ManagedMenu } from '../../src-shared/domain/router-items';
import type { ReconcileReport } from '../routers/reconcile/run';
import { BatchService } from './batches';
import { VoucherGeneration } from './generation';
import { PlanService } from './plans';
import { pushBatch, pushBatches, startupPushes, type PushOutcome } from './push';
import { VoucherPrinting, type PrintingDeps } from './printing/service';

export interface VoucherServiceDeps {
  db: Db;
  sqlite: Sqlite;
  dbFile: string;
  nativeBinding?: string;
  logger: Logger;
  reconcile(routerId: string, menus: readonly ManagedMenu[]): Promise<ReconcileReport>;
  /** Office, fonts, prints folder and printer backend for printing. */
  printing: Omit<PrintingDeps, 'db' | 'sqlite' | 'logger'>;
}

/** The voucher domain: plans, generation (worker), batches, the grid and printing. Sales are `sellVoucher` (sales.ts). */
export class VoucherService {
  readonly plans: PlanService;
  readonly batches: BatchService;
  readonly generation: VoucherGeneration;
  readonly printing: VoucherPrinting;
  /**
   * Off until core.startBackground(): tools and tests without routers must not open connections after
   * a write. On, a new or deleted batch is pushed by one reconcile of the router's hotspot menus.
   */
  private autoPush = false;
  private readonly pushes = new Set<Promise<void>>();

  constructor(private readonly deps: VoucherServiceDeps) {
    this.plans = new PlanService(deps.db);
    this.batches = new BatchService(deps.db, deps.sqlite);
    this.printing = new VoucherPrinting({ ...deps.printing, db: deps.db, sqlite: deps.sqlite, logger: deps.logger });
    this.generation = new VoucherGeneration({ db: deps.db, dbFile: deps.dbFile, ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}) });
  }

  /**
   * core.startBackground(): push batches to routers and keep a warm generation worker. Every router with
   * app batches is pushed once now: a push the last run did not get to (killed after the commit, router
   * offline) would otherwise wait for an operator (push.ts, startupPushes).
   */
  startBackground(): void {
    this.autoPush = true;
    this.generation.enableWarmSpare();
    for (const [routerId, batchIds] of startupPushes(this.deps.db)) this.track(this.pushMany(routerId, batchIds));
  }

  /** core.close(): no more pushes, spare worker stopped. */
  close(): void {
    this.autoPush = false;
    this.generation.close();
  }

  /** Starts a push in the background (when enabled); returns it so tests can await it. */
  push(routerId: string, batchId: string | null): Promise<void> {
    if (!this.autoPush) return Promise.resolve();
    return this.track(this.pushNow(routerId, batchId));
  }

  private pushMany(routerId: string, batchIds: readonly string[]): Promise<PushOutcome> {
    return pushBatches({ db: this.deps.db, logger: this.deps.logger, reconcile: this.deps.reconcile }, routerId, batchIds);
  }

  /** Kept until settled, so shutdown can wait for it (pending()). */
  private track(push: Promise<PushOutcome>): Promise<void> {
    const run = push.then(() => undefined);
    this.pushes.add(run);
    void run.finally(() => this.pushes.delete(run));
    return run;
  }

  /** The operator's "Push to router": runs now whatever the background setting, and reports the outcome. */
  pushNow(routerId: string, batchId: string | null): Promise<PushOutcome> {
    return pushBatch({ db: this.deps.db, logger: this.deps.logger, reconcile: this.deps.reconcile }, routerId, batchId);
  }

  /** Pushes still running (core.close waits for nothing: they end when their connection is closed). */
  pending(): Promise<void>[] {
    return [...this.pushes];
  }
}
