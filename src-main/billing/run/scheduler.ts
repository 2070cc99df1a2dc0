import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { OfficeService } from '../../office/service';
import { DailyJob } from '../../scheduling/daily-job';
import type { BillingSettingsService } from '../settings';
import type { BillingRunService } from './service';

export interface SchedulerDeps {
  runs: BillingRunService;
  office: OfficeService;
  settings: BillingSettingsService;
  clock: Clock;
  logger: Logger;
}

/**
 * Daily billing while the app runs (a DailyJob at the billing run time): every trigger calls
 * `runDue(now)` with the injected clock, the same entry point as catch-up, so billing never depends on
 * the PC having been on at the right minute; a day missed runs at start or on `recheck()`.
 */
export class BillingScheduler {
  private readonly job: DailyJob;

  constructor(private readonly deps: SchedulerDeps) {
    this.job = new DailyJob({
      name: 'billing-daily-run',
      office: deps.office,
      clock: deps.clock,
      logger: deps.logger,
      time: () => deps.settings.get().runTime,
      run: (trigger) => deps.runs.runDue(deps.clock.now(), trigger),
    });
  }

  /** Runs catch-up now and arms cron and the recheck; the promise settles when catch-up is done. */
  start(): Promise<void> {
    return this.job.start();
  }

  /** The clock jumped: every day owed at the new time runs at once, in order. */
  recheck(): Promise<void> {
    return this.job.recheck();
  }

  stop(): void {
    this.job.stop();
    this.deps.runs.stop();
  }

  cronSchedule(): { expression: string; timeZone: string } | null {
    return this.job.cronSchedule();
  }
}
