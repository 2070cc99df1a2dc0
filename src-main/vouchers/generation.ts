import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { routerDesiredItems, routers, voucherPlans, vouchers } from '../db/schema';
import { newId } from '../../src-shared/domain/ids';
import { attributesSchema } from '../../src-shared/domain/router-items';
import { capacityMessage, checkCapacity } from '../../src-shared/domain/voucher-codes';
import { AppError } from '../../src-shared/ipc/result';
import type { GenerateInput, GenerationProgress } from '../../src-shared/ipc/schemas/vouchers';
import type { BatchJob } from './write-batch';
import type { PreparedAudit } from '../audit/append';
import type { WorkerMessage } from './worker-protocol';
import type { Worker } from 'node:worker_threads';
import { startGenerationWorker } from './worker-launch';
import { routerDuration } from './durations';

export interface GenerationDeps {
  db: Db;
  dbFile: string;
  nativeBinding?: string;
}

export interface GenerationCaller {
  operatorId: string | null;
  now: number;
  /** The call's audit entry, written in the batch's own transaction (so batch and entry commit together). */
  audit?: PreparedAudit;
  onProgress(progress: GenerationProgress): void;
}

export interface GenerationResult {
  batchId: string;
  routerId: string;
  planName: string;
  count: number;
  firstSerial: number;
  lastSerial: number;
}

/**
 * Runs voucher generation in a worker thread (one at a time: a second batch would only wait for the
 * first one's write lock) and keeps the cancel flags of running batches.
 */
export class VoucherGeneration {
  private readonly running = new Map<string, Int32Array>();
  private queue: Promise<unknown> = Promise.resolve();
  /** A started, idle worker waiting for its job (see enableWarmSpare). */
  private spare: Worker | null = null;
  private warmSpares = false;

  constructor(private readonly deps: GenerationDeps) {}

  async generate(input: GenerateInput, caller: GenerationCaller): Promise<GenerationResult> {
    const { job, planName } = prepareBatchJob(this.deps.db, input, caller);
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    this.running.set(job.batchId, cancel);
    caller.onProgress({ batchId: job.batchId, done: 0, total: job.count, phase: 'preparing' });
    const run = this.queue.then(() => this.runWorker(job, cancel, caller));
    this.queue = run.catch(() => undefined);
    try {
      const done = await run;
      return { batchId: job.batchId, routerId: job.routerId, planName, count: done.count, firstSerial: done.firstSerial, lastSerial: done.lastSerial };
    } finally {
      this.running.delete(job.batchId);
      this.warm();
    }
  }

  /**
   * Keeps one idle worker started ahead (the app turns this on with its background services): a batch
   * then skips the worker's start-up. The spare is unref'd, so it never keeps the process alive.
   */
  enableWarmSpare(): void {
    this.warmSpares = true;
    this.warm();
  }

  /** Stops the spare worker (core.close). A running batch is not touched: its worker ends by itself. */
  close(): void {
    this.warmSpares = false;
    const spare = this.spare;
    this.spare = null;
    void spare?.terminate();
  }

  private warm(): void {
    if (!this.warmSpares || this.spare) return;
    const worker = startGenerationWorker({});
    worker.unref();
    const forget = (): void => {
      if (this.spare === worker) this.spare = null;
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    this.spare = worker;
  }

  /** Asks a running batch to stop; it rolls back and leaves nothing. False when no such batch is running. */
  cancel(batchId: string): boolean {
    const flag = this.running.get(batchId);
    if (!flag) return false;
    Atomics.store(flag, 0, 1);
    return true;
  }

  private runWorker(job: BatchJob, cancel: Int32Array, caller: GenerationCaller): Promise<{ count: number; firstSerial: number; lastSerial: number }> {
    return new Promise((resolve, reject) => {
      const data = {
        dbFile: this.deps.dbFile,
        ...(this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {}),
        cancel: cancel.buffer,
        job,
      };
      const spare = this.spare;
      this.spare = null;
      const worker = spare ?? startGenerationWorker(data);
      if (spare) {
        spare.ref();
        spare.postMessage(data);
      }
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        fn();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          caller.onProgress({ batchId: job.batchId, done: message.done, total: message.total, phase: message.phase });
        } else if (message.type === 'done') {
          caller.onProgress({ batchId: job.batchId, done: message.count, total: job.count, phase: 'done' });
          finish(() => resolve(message));
        } else if (message.type === 'cancelled') {
          caller.onProgress({ batchId: job.batchId, done: 0, total: job.count, phase: 'cancelled' });
          finish(() => reject(new AppError('CONFLICT', 'Generation was cancelled; nothing was saved.', { batchId: job.batchId, cancelled: true })));
        } else {
          caller.onProgress({ batchId: job.batchId, done: 0, total: job.count, phase: 'failed', message: message.message });
          const code = message.code === 'INTERNAL' ? 'INTERNAL' : message.code;
          finish(() => reject(new AppError(code, code === 'INTERNAL' ? 'Generation failed; nothing was saved.' : message.message, message.details)));
        }
      });
      worker.on('error', (error) => {
        caller.onProgress({ batchId: job.batchId, done: 0, total: job.count, phase: 'failed', message: error.message });
        finish(() => reject(new AppError('INTERNAL', 'Generation failed; nothing was saved.')));
      });
      worker.on('exit', (code) => {
        finish(() => reject(new AppError('INTERNAL', `The generation worker stopped (exit ${code}); nothing was saved.`)));
      });
    });
  }
}

/**
 * Checks on the main thread what can be refused early (plan, router, capacity) and builds the job. Also the
 * till's on-the-spot card (one-card batch written in the sale's transaction, till/on-the-spot.ts).
 */
export function prepareBatchJob(db: Db, input: GenerateInput, caller: Pick<GenerationCaller, 'operatorId' | 'now' | 'audit'>): { job: BatchJob; planName: string } {
  const plan = db.select().from(voucherPlans).where(and(eq(voucherPlans.id, input.planId), isNull(voucherPlans.deletedAt))).get();
  if (!plan) throw new AppError('NOT_FOUND', 'No such voucher plan.', { id: input.planId });
  if (!plan.routerId) throw new AppError('VALIDATION', 'This plan is a template: choose its router first.');
  const router = db.select().from(routers).where(and(eq(routers.id, plan.routerId), isNull(routers.deletedAt))).get();
  if (!router) throw new AppError('NOT_FOUND', 'The plan’s router no longer exists.');
  // A quick count so an impossible request is refused before any worker starts; the worker
  // checks again inside its transaction, against exactly what it will insert next to.
  const width = input.prefix.length + input.length;
  const existing =
    (db
      .select({ n: sql<number>`count(*)` })
      .from(vouchers)
      .where(sql`length(${vouchers.code}) = ${width} AND substr(${vouchers.code}, 1, ${input.prefix.length}) = ${input.prefix}`)
      .get()?.n ?? 0) +
    (db
      .select({ n: sql<number>`count(*)` })
      .from(routerDesiredItems)
      .where(
        sql`${routerDesiredItems.routerId} = ${router.id} AND ${routerDesiredItems.menu} = '/ip/hotspot/user'
            AND length(${routerDesiredItems.name}) = ${width} AND substr(${routerDesiredItems.name}, 1, ${input.prefix.length}) = ${input.prefix}`,
      )
      .get()?.n ?? 0);
  const verdict = checkCapacity(input.charset, input.length, existing, input.count);
  if (!verdict.ok) {
    throw new AppError('VALIDATION', capacityMessage(input.charset, input.length, verdict, input.count), {
      space: verdict.space,
      available: verdict.available,
      suggestedLength: verdict.suggestedLength,
    });
  }
  const batchId = newId();
  // Desired comments are stored without the ownership prefix: reconcile adds `mb:` when it writes
  // (items/ownership.ts), so the router shows `mb:b-<batch>`, the batch's router_comment.
  const batchTag = `b-${batchId.slice(-12)}`;
  const routerComment = `mb:${batchTag}`;
  const userAttributes: Record<string, string> = { profile: plan.hotspotProfile, comment: batchTag };
  if (router.hotspotServer && router.hotspotServer !== 'all') userAttributes.server = router.hotspotServer;
  if (plan.timeLimitMs !== null) userAttributes['limit-uptime'] = routerDuration(plan.timeLimitMs);
  if (plan.dataLimitBytes !== null) userAttributes['limit-bytes-total'] = String(plan.dataLimitBytes);
  // Voucher users are derived from the batch's shared attributes (no per-row putDesiredItems check): check them once here.
  if (!attributesSchema('/ip/hotspot/user').safeParse({ password: 'x', ...userAttributes }).success) {
    throw new AppError('VALIDATION', 'The plan’s limits cannot be written to the router.');
  }
  const job: BatchJob = {
    batchId,
    planId: plan.id,
    routerId: router.id,
    profile: plan.hotspotProfile,
    count: input.count,
    length: input.length,
    prefix: input.prefix,
    charset: input.charset,
    userMode: input.userMode,
    passwordLength: input.passwordLength ?? input.length,
    note: input.note,
    createdBy: caller.operatorId,
    now: caller.now,
    routerComment,
    userAttributes,
    ...(caller.audit ? { audit: caller.audit } : {}),
  };
  return { job, planName: plan.name };
}
