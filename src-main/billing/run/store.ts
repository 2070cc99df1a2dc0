import { desc, eq, isNotNull, max } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { billingRuns, type BillingRunTrigger } from '../../db/schema';
import { newId } from '../../../src-shared/domain/ids';
import type { BillingRun } from '../../../src-shared/ipc/schemas/billing';

export type BillingRunRow = typeof billingRuns.$inferSelect;

export interface RunCounts {
  invoicesIssued: number;
  suspended: number;
  reactivated: number;
  errors: number;
}

export const NO_COUNTS: RunCounts = { invoicesIssued: 0, suspended: 0, reactivated: 0, errors: 0 };

export function addCounts(a: RunCounts, b: RunCounts): RunCounts {
  return {
    invoicesIssued: a.invoicesIssued + b.invoicesIssued,
    suspended: a.suspended + b.suspended,
    reactivated: a.reactivated + b.reactivated,
    errors: a.errors + b.errors,
  };
}

export function toBillingRun(row: BillingRunRow): BillingRun {
  return { ...row };
}

/** The billing_runs table: one row per run, written when it starts and completed when it finishes. */
export class BillingRunStore {
  constructor(private readonly db: Db) {}

  start(input: { asOfDate: string; trigger: BillingRunTrigger; startedAt: number; createdBy: string | null }): BillingRunRow {
    const row: BillingRunRow = { id: newId(), ...input, finishedAt: null, ...NO_COUNTS };
    this.db.insert(billingRuns).values(row).run();
    return row;
  }

  finish(run: BillingRunRow, counts: RunCounts, finishedAt: number): BillingRunRow {
    const done = { ...counts, finishedAt };
    this.db.update(billingRuns).set(done).where(eq(billingRuns.id, run.id)).run();
    return { ...run, ...done };
  }

  /** The newest day a run completed for: catch-up starts the day after. Unfinished runs do not count. */
  lastCompletedDate(): string | null {
    const row = this.db.select({ day: max(billingRuns.asOfDate) }).from(billingRuns).where(isNotNull(billingRuns.finishedAt)).get();
    return row?.day ?? null;
  }

  list(limit: number): BillingRun[] {
    return this.db.select().from(billingRuns).orderBy(desc(billingRuns.startedAt), desc(billingRuns.id)).limit(limit).all().map(toBillingRun);
  }
}
