import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { OfficeService } from '../office/service';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import { instantAt } from '../../src-shared/domain/zoned-time';
import { dailyCronExpression, msUntilNextRun, SCHEDULER_RECHECK_MS } from '../billing/run/scheduler';
import type { BackupService } from './service';

/** The latest daily backup time at or before `now` in the office zone (today's if passed, else yesterday's). */
export function lastScheduledAt(now: number, dailyTime: string, timeZone: string): number {
  const today = dateInZone(now, timeZone);
  const todays = instantAt(today, dailyTime, timeZone);
  return todays <= now ? todays : instantAt(addDays(today, -1), dailyTime, timeZone);
}

/** A daily backup is owed when none was made since the latest scheduled time (a missed day is caught up). */
export function dailyBackupOwed(now: number, dailyTime: string, timeZone: string, backups: ReturnType<BackupService['list']>): boolean {
  const since = lastScheduledAt(now, dailyTime, timeZone);
  return !backups.some((backup) => backup.reason === 'daily' && backup.status !== 'failed' && backup.createdAt >= since);
}

/**
 * The daily backup, shaped like the billing scheduler: a check at start (a day missed while the PC was
 * off gets its backup now), node-cron at the office-local time, and a recheck at most every 15 minutes
 * for what cron cannot see (sleep, a changed time or zone). Every trigger runs the same `tick`, which
 * backs up only when one is owed.
 */
export class BackupScheduler {
  private timer: NodeJS.Timeout | undefined;
  private task: ScheduledTask | undefined;
  private taskKey = '';
  private running = false;

  constructor(private readonly deps: { backups: BackupService; office: OfficeService; clock: Clock; logger: Logger }) {}

  start(): Promise<void> {
    this.running = true;
    return this.tick();
  }

  recheck(): Promise<void> {
    return this.running ? this.tick() : Promise.resolve();
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    void this.task?.destroy();
    this.task = undefined;
    this.taskKey = '';
  }

  /** Backs up if owed; returns whether it did. */
  async runDue(): Promise<boolean> {
    const office = this.deps.office.get();
    if (!office) return false;
    const { dailyTime } = this.deps.backups.settings.get();
    if (!dailyBackupOwed(this.deps.clock.now(), dailyTime, office.timeZone, this.deps.backups.list())) return false;
    const backup = await this.deps.backups.create('daily');
    if (backup.status !== 'verified') this.deps.logger.error('daily backup failed verification', { id: backup.id, problem: backup.problem });
    return true;
  }

  private async tick(): Promise<void> {
    try {
      await this.runDue();
    } catch (error) {
      this.deps.logger.error('daily backup failed', { error: error instanceof Error ? error.message : String(error) });
    }
    this.arm();
  }

  private arm(): void {
    if (!this.running) return;
    const office = this.deps.office.get();
    let wait = SCHEDULER_RECHECK_MS;
    if (office) {
      const { dailyTime } = this.deps.backups.settings.get();
      this.armCron(dailyTime, office.timeZone);
      wait = msUntilNextRun(this.deps.clock.now(), dailyTime, office.timeZone);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), Math.min(Math.max(wait, 1_000), SCHEDULER_RECHECK_MS));
    this.timer.unref();
  }

  private armCron(dailyTime: string, timeZone: string): void {
    const expression = dailyCronExpression(dailyTime);
    const key = `${expression}|${timeZone}`;
    if (key === this.taskKey) return;
    void this.task?.destroy();
    this.task = cron.schedule(expression, () => (this.running ? this.tick() : undefined), { timezone: timeZone, name: 'daily-backup', noOverlap: true });
    this.taskKey = key;
  }
}
