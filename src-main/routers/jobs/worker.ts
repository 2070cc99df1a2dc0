import { jobKindSchema } from '../../../src-shared/domain/router-items';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { RouterCommandRunner } from '../client';
import type { RouterConnections } from '../connections/manager';
import { applyJob } from './apply';
import { classifyFailure } from './classify';
import type { RouterJobRow } from './enqueue';
import type { JobOutcome, JobStore } from './store';

export interface JobWorkerOptions {
  /** How often routers are checked for due jobs (default 1 s); enqueue paths also call `wake`. */
  pollIntervalMs?: number;
  /** Jobs sent at once per router; the connection's in-flight window bounds what is on the wire. */
  batchSize?: number;
  /** Backoff after a failed attempt whose outcome is unknown: initial (default 2 s), doubling to max (5 min). */
  retryInitialMs?: number;
  retryMaxMs?: number;
}

export interface JobWorkerDeps {
  store: JobStore;
  connections: RouterConnections;
  clock: Clock;
  logger: Logger;
}

/**
 * Applies each router's queued jobs through that router's live session. Routers are independent: each
 * has its own drain loop, so an offline or failing router never delays another.
 */
export class JobWorker {
  private readonly busy = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  /** Per-router batch size: halved after a link failure, doubled after a clean batch (see drain). */
  private readonly batchLimit = new Map<string, number>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopped = true;

  constructor(
    private readonly deps: JobWorkerDeps,
    private readonly options: JobWorkerOptions = {},
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.deps.store.requeueRunning(this.deps.clock.now());
    this.unsubscribe = this.deps.connections.onStatus((status) => {
      if (status.state === 'online') this.wake(status.routerId);
    });
    this.timer = setInterval(() => this.wakeAll(), this.options.pollIntervalMs ?? 1000);
    this.timer.unref();
    this.wakeAll();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  wakeAll(): void {
    for (const routerId of this.deps.store.routersWithPendingJobs()) this.wake(routerId);
  }

  /** Starts draining a router's queue (or asks the running drain to look again when it finishes). */
  wake(routerId: string): void {
    if (this.stopped) return;
    if (this.busy.has(routerId)) {
      this.again.add(routerId);
      return;
    }
    const run = this.drain(routerId)
      .catch((error: unknown) => this.deps.logger.error('router job drain failed', { routerId, error: String(error) }))
      .finally(() => {
        this.busy.delete(routerId);
        if (this.again.delete(routerId)) this.wake(routerId);
      });
    this.busy.set(routerId, run);
  }

  /** Resolves when the router's current drain (if any) has finished: tests and benches wait on it. */
  idle(routerId: string): Promise<void> {
    return this.busy.get(routerId) ?? Promise.resolve();
  }

  private async drain(routerId: string): Promise<void> {
    const maxBatch = this.options.batchSize ?? 256;
    for (;;) {
      if (this.stopped) return;
      const session = this.deps.connections.session(routerId);
      if (!session || session.status.state !== 'online') return;
      const batchSize = this.batchLimit.get(routerId) ?? maxBatch;
      const batch = this.deps.store.nextBatch(routerId, this.deps.clock.now(), batchSize);
      if (batch.length === 0) return;
      this.deps.store.markRunning(
        batch.map((job) => job.id),
        this.deps.clock.now(),
      );
      const outcomes = await Promise.all(batch.map((job) => this.runOne(session, job)));
      // After stop() the db may already be closed; jobs left 'running' are requeued at the next start.
      if (this.stopped) return;
      this.deps.store.record(outcomes, this.deps.clock.now());
      // A link failure means the router is (or was) gone: wait for 'online' or the next poll. A link that
      // drops every few hundred commands would otherwise eat every big batch before its writes go out
      // (all reads are sent first), so the batch shrinks until a whole batch gets through.
      if (outcomes.some((outcome) => outcome.status === 'pending')) {
        this.batchLimit.set(routerId, Math.max(1, Math.floor(batchSize / 2)));
        return;
      }
      this.batchLimit.set(routerId, Math.min(maxBatch, batchSize * 2));
    }
  }

  private async runOne(runner: RouterCommandRunner, job: RouterJobRow): Promise<JobOutcome> {
    try {
      await applyJob(runner, jobKindSchema.parse(job.kind), JSON.parse(job.payload) as unknown);
      return { id: job.id, status: 'done' };
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.permanent) return { id: job.id, status: 'failed', error: failure.message };
      const delay = failure.sent ? this.backoff(job.attempts) : 0;
      return {
        id: job.id,
        status: 'pending',
        error: failure.message,
        countAttempt: failure.sent,
        nextAttemptAt: this.deps.clock.now() + delay,
      };
    }
  }

  private backoff(attempts: number): number {
    const initial = this.options.retryInitialMs ?? 2000;
    const max = this.options.retryMaxMs ?? 300_000;
    return Math.min(max, initial * 2 ** Math.min(attempts, 30));
  }
}
