import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { OfficeService } from '../../office/service';
import { addDays, dateInZone } from '../../../src-shared/domain/civil-date';
import { instantAt } from '../../../src-shared/domain/zoned-time';
import type { BillingSettingsService } from '../settings';
import type { BillingRunService } from './service';

/**
 * The longest sleep between checks. A laptop that slept through the run time, a changed clock or a
 * changed run time is noticed within this, and `runDue` is a single cheap query when nothing is owed.
 */
export const SCHEDULER_RECHECK_MS = 15 * 60_000;

export interface SchedulerDeps {
  runs: BillingRunService;
  office: OfficeService;
  settings: BillingSettingsService;
  clock: Clock;
  logger: Logger;
}

/** Milliseconds from `now` to the next run time in the office zone (today's if still ahead, else tomorrow's). */
export function msUntilNextRun(now: number, runTime: string, timeZone: string): number {
  const today = dateInZone(now, timeZone);
  const todays = instantAt(today, runTime, timeZone);
  return (todays > now ? todays : instantAt(addDays(today, 1), runTime, timeZone)) - now;
}

/** The node-cron expression for a daily run at HH:MM ("00:15" -> "15 0 * * *"). */
export function dailyCronExpression(runTime: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(runTime);
  if (!match) throw new RangeError(`run time must be HH:MM, got ${runTime}`);
  return `${Number(match[2])} ${Number(match[1])} * * *`;
}

/**
 * Daily billing while the app runs: catch-up at start, then node-cron at the office-local run time in
 * the office time zone. Every trigger just calls `runDue(now)` with the injected clock, the same entry
 * point as catch-up, so billing never depends on the PC having been on at the right minute. A recheck
 * timer (at most every 15 minutes) covers what cron cannot see: a laptop that slept through the run
 * time, and a changed run time or time zone (the cron task is re-created for it). Whoever learns that
 * the clock jumped (Electron's resume event, the test clock) calls `recheck()` to run at once.
 */
export class BillingScheduler {
  private timer: NodeJS.Timeout | undefined;
  private task: ScheduledTask | undefined;
  private taskKey = '';
  private running = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Runs catch-up now and arms cron and the recheck; the promise settles when catch-up is done. */
  start(): Promise<void> {
    this.running = true;
    return this.tick('catch-up');
  }

  /**
   * The clock jumped (the PC resumed from sleep, the clock was corrected, the web bridge's test clock
   * moved): run every day owed at the new time at once, in order, instead of waiting up to 15 minutes
   * for the recheck timer, then re-arm that timer from the new time. Settles when the runs are done;
   * does nothing once stopped (or before start).
   */
  recheck(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return this.tick('catch-up');
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    void this.task?.destroy();
    this.task = undefined;
    this.taskKey = '';
    this.deps.runs.stop();
  }

  /** The cron schedule in force (tests and diagnostics): expression and zone, or null when none. */
  cronSchedule(): { expression: string; timeZone: string } | null {
    if (!this.task || !this.taskKey) return null;
    const [expression = '', timeZone = ''] = this.taskKey.split('|');
    return { expression, timeZone };
  }

  private async tick(trigger: 'schedule' | 'catch-up'): Promise<void> {
    try {
      await this.deps.runs.runDue(this.deps.clock.now(), trigger);
    } catch (error) {
      this.deps.logger.error('billing run failed', { error: error instanceof Error ? error.message : String(error) });
    }
    this.arm();
  }

  private arm(): void {
    if (!this.running) return;
    // Before the setup wizard has run there is no office, so no zone and no billing settings yet: recheck later.
    const office = this.deps.office.get();
    let wait = SCHEDULER_RECHECK_MS;
    if (office) {
      const runTime = this.deps.settings.get().runTime;
      this.armCron(runTime, office.timeZone);
      wait = msUntilNextRun(this.deps.clock.now(), runTime, office.timeZone);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick('schedule'), Math.min(Math.max(wait, 1_000), SCHEDULER_RECHECK_MS));
    this.timer.unref();
  }

  private armCron(runTime: string, timeZone: string): void {
    const expression = dailyCronExpression(runTime);
    const key = `${expression}|${timeZone}`;
    if (key === this.taskKey) return;
    void this.task?.destroy();
    this.task = cron.schedule(expression, () => (this.running ? this.tick('schedule') : undefined), {
      timezone: timeZone,
      name: 'billing-daily-run',
      noOverlap: true,
    });
    this.taskKey = key;
  }
}
