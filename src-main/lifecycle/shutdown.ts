import type { Logger } from '../core/logger';
import type { Admission } from './admission';

/** In-flight router commands, a running backup and the like get this long before the db closes anyway. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 5_000;

export interface ShutdownPlan {
  admission: Admission;
  logger: Logger;
  graceMs: number;
  /** Timers, cron tasks, pollers and workers take nothing new (synchronous). */
  stopScheduling(): void;
  /** Work already started when scheduling stopped: router job batches, voucher pushes, a backup. */
  inFlight(): Array<Promise<unknown>>;
  /** Last words before the db closes (log files flushed); awaited, errors only logged. */
  flush(): Promise<void>;
  /** The core's close: sockets, WAL checkpoint, db, instance lock. */
  close(): void;
}

/**
 * Graceful shutdown in a fixed order: close the door (new calls get SHUTTING_DOWN), stop scheduling, give
 * admitted calls and background work up to `graceMs` to settle, flush, close. Returns a function that
 * runs it once: SIGINT, SIGTERM and before-quit may all call it and get the same promise.
 */
export function gracefulShutdown(plan: ShutdownPlan): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= run(plan);
    return running;
  };
}

async function run(plan: ShutdownPlan): Promise<void> {
  const deadline = Date.now() + plan.graceMs;
  plan.admission.close();
  plan.stopScheduling();
  // Admitted calls first: a call may still start a push or a backup, which the second wait then covers.
  const callsDone = await within(plan.admission.idle(), deadline);
  const workDone = await within(Promise.allSettled(plan.inFlight()), deadline);
  if (!callsDone || !workDone) {
    plan.logger.warn('shutdown: work still running after the grace period; closing anyway', {
      graceMs: plan.graceMs,
      callsInFlight: plan.admission.pending,
    });
  }
  try {
    await within(plan.flush(), Date.now() + 1_000);
  } catch (error) {
    plan.logger.warn('shutdown: flushing failed', { error: error instanceof Error ? error.message : String(error) });
  }
  plan.close();
}

/** True if the promise settled before the deadline; a rejection counts as settled. */
async function within(work: Promise<unknown>, deadline: number): Promise<boolean> {
  const wait = Math.max(0, deadline - Date.now());
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), wait);
  });
  try {
    return await Promise.race([work.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
