import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { OfficeService } from '../office/service';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import { instantAt } from '../../src-shared/domain/zoned-time';
import { DailyJob } from '../scheduling/daily-job';
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
 * The daily backup (a DailyJob at the backup time, like billing): a check at start (a day missed while
 * the PC was off gets its backup now), node-cron at the office-local time and the 15-minute recheck.
 * Every trigger backs up only when one is owed.
 */
export class BackupScheduler {
  private readonly job: DailyJob;

  constructor(private readonly deps: { backups: BackupService; office: OfficeService; clock: Clock; logger: Logger }) {
    this.job = new DailyJob({
      name: 'daily-backup',
      office: deps.office,
      clock: deps.clock,
      logger: deps.logger,
      time: () => deps.backups.settings.get().dailyTime,
      run: () => this.runDue(),
    });
  }

  start(): Promise<void> {
    return this.job.start();
  }

  recheck(): Promise<void> {
    return this.job.recheck();
  }

  stop(): void {
    this.job.stop();
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
}
