import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { OfficeService } from '../office/service';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import { instantAt } from '../../src-shared/domain/zoned-time';

/**
 * The longest sleep between checks. A laptop that slept through the run time, a changed clock or a
 * changed run time is noticed within this, and a job's `run` is a cheap check when nothing is owed.
 */
export const SCHEDULER_RECHECK_MS = 15 * 60_000;

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

/** Why a daily job runs: the timer/cron at its time, or a check for what was missed (start, clock jump). */
export type DailyTrigger = 'schedule' | 'catch-up';

export interface DailyJobDeps {
  /** node-cron task name and the log message's subject. */
  name: string;
  office: OfficeService;
  clock: Clock;
  logger: Logger;
  /** The office-local HH:MM it runs at (read on every arm: a changed setting takes effect). */
  time: () => string;
  /** Does whatever is owed at the clock's now; must be idempotent (every trigger calls it). */
  run: (trigger: DailyTrigger) => Promise<unknown>;
}

/**
 * A job owed once a day at an office-local time, that must never depend on the PC having been on at
 * that minute: `start` checks at once (catch-up), node-cron fires at the time in the office zone, and a
 * recheck timer (at most every 15 minutes) covers what cron cannot see — a laptop that slept through
 * the time, a changed time or zone (the cron task is re-created for it). Whoever learns that the clock
 * jumped (Electron's resume event, the test clock) calls `recheck()`. Billing runs and daily backups use it.
 */
export class DailyJob {
  private timer: NodeJS.Timeout | undefined;
  private task: ScheduledTask | undefined;
  private taskKey = '';
  private running = false;

  constructor(private readonly deps: DailyJobDeps) {}

  /** Checks what is owed now and arms cron and the recheck; settles when that check is done. */
  start(): Promise<void> {
    this.running = true;
    return this.tick('catch-up');
  }

  /** The clock jumped: run what is owed at the new time at once and re-arm from it. No-op once stopped. */
  recheck(): Promise<void> {
    return this.running ? this.tick('catch-up') : Promise.resolve();
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    void this.task?.destroy();
    this.task = undefined;
    this.taskKey = '';
  }

  /** The cron schedule in force (tests and diagnostics): expression and zone, or null when none. */
  cronSchedule(): { expression: string; timeZone: string } | null {
    if (!this.task || !this.taskKey) return null;
    const [expression = '', timeZone = ''] = this.taskKey.split('|');
    return { expression, timeZone };
  }

  private async tick(trigger: DailyTrigger): Promise<void> {
    try {
      await this.deps.run(trigger);
    } catch (error) {
      this.deps.logger.error(`${this.deps.name} failed`, { error: error instanceof Error ? error.message : String(error) });
    }
    this.arm();
  }

  private arm(): void {
    if (!this.running) return;
    // Before the setup wizard has run there is no office, so no zone yet: recheck later.
    const office = this.deps.office.get();
    let wait = SCHEDULER_RECHECK_MS;
    if (office) {
      const time = this.deps.time();
      this.armCron(time, office.timeZone);
      wait = msUntilNextRun(this.deps.clock.now(), time, office.timeZone);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick('schedule'), Math.min(Math.max(wait, 1_000), SCHEDULER_RECHECK_MS));
    this.timer.unref();
  }

  private armCron(time: string, timeZone: string): void {
    const expression = dailyCronExpression(time);
    const key = `${expression}|${timeZone}`;
    if (key === this.taskKey) return;
    void this.task?.destroy();
    this.task = cron.schedule(expression, () => (this.running ? this.tick('schedule') : undefined), { timezone: timeZone, name: this.deps.name, noOverlap: true });
    this.taskKey = key;
  }
}
