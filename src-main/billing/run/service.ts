import type { Db } from '../../db/connection';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { AuditService } from '../../audit/service';
import type { OfficeService } from '../../office/service';
import type { BillingRunTrigger } from '../../db/schema';
import { dateInZone, type IsoDate } from '../../../src-shared/domain/civil-date';
import { instantAt } from '../../../src-shared/domain/zoned-time';
import type { BillingRun } from '../../../src-shared/ipc/schemas/billing';
import type { BillingSettingsService } from '../settings';
import { dueRuns } from './catch-up';
import { reactivatePaidUp } from './reactivation';
import { BillingRunner, type RunnerDeps, type RunRequest } from './runner';
import { toBillingRun, type BillingRunRow, type BillingRunStore } from './store';

export interface BillingRunServiceDeps extends RunnerDeps {
  db: Db;
  office: OfficeService;
  settings: BillingSettingsService;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  /** Called after each completed run with its date (reminders enqueue what became due, overdue or suspended). */
  afterRun?: (asOf: IsoDate) => void;
}

/**
 * Scheduled billing (docs/decisions/0011). `runDue` is the one entry point of the daily timer and of
 * catch-up at start-up: it runs every billing day owed since the last completed run, in order, each
 * with its own date. Runs are serialised in-process (the timer, catch-up and "run now" never
 * interleave); across processes the (subscription, period) key keeps invoices unique.
 */
export class BillingRunService {
  private readonly runner: BillingRunner;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: BillingRunServiceDeps) {
    this.runner = new BillingRunner(deps);
  }

  get store(): BillingRunStore {
    return this.deps.store;
  }

  list(limit: number): BillingRun[] {
    return this.deps.store.list(limit);
  }

  /** Every run owed at `now`: missed days as catch-up, then today's with `trigger` once its run time passed. */
  runDue(now: number, trigger: Exclude<BillingRunTrigger, 'manual'>): Promise<BillingRun[]> {
    return this.serialised(async () => {
      const office = this.deps.office.get();
      if (!office) return [];
      const { timeZone } = office;
      const { runTime } = this.deps.settings.get();
      const today = dateInZone(now, timeZone);
      const owed = dueRuns({
        lastDone: this.deps.store.lastCompletedDate(),
        firstDay: dateInZone(office.createdAt, timeZone),
        today,
        todayDue: now >= instantAt(today, runTime, timeZone),
      });
      const done: BillingRun[] = [];
      for (const run of owed) {
        // A missed day's documents carry that day's run time; today's carry the real moment.
        const at = run.missed ? instantAt(run.asOf, runTime, timeZone) : now;
        const row = await this.execute(this.systemRequest(run.asOf, run.missed ? 'catch-up' : trigger, at));
        if (!row) break;
        done.push(toBillingRun(row));
      }
      return done;
    });
  }

  /** A manager's "run now": as of today, at this moment, audited as the caller's action. */
  runNow(now: number, createdBy: string | null, audit: RunRequest['audit']): Promise<BillingRun | null> {
    return this.serialised(async () => {
      const asOf = dateInZone(now, this.deps.office.require().timeZone);
      const row = await this.execute({ asOf, trigger: 'manual', at: now, createdBy, audit });
      return row ? toBillingRun(row) : null;
    });
  }

  /**
   * Reactivation on payment: lifts the customer's automatic suspensions whose arrears are now paid,
   * in the caller's transaction, without waiting for the next run. Returns the reactivated ids.
   */
  reactivatePaidUp(customerId: string, now: number): string[] {
    const today = dateInZone(now, this.deps.office.require().timeZone);
    return reactivatePaidUp(this.deps, customerId, today, now);
  }

  /** Stops the run in progress before its next chunk (close): catch-up finishes the day next time. */
  stop(): void {
    this.runner.stop();
  }

  private systemRequest(asOf: IsoDate, trigger: BillingRunTrigger, at: number): RunRequest {
    return {
      asOf,
      trigger,
      at,
      createdBy: null,
      audit: (summary, details) =>
        this.deps.audit.append({ operatorId: null, operatorName: null }, { procedure: 'billing.runs.scheduled', summary, details }, this.deps.clock.now()),
    };
  }

  /** One run, then the after-run hook once it completed (a run cut short by close calls nothing). */
  private async execute(request: RunRequest): Promise<BillingRunRow | null> {
    const row = await this.runner.run(request);
    if (row) this.deps.afterRun?.(request.asOf);
    return row;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
