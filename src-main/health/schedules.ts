import type { OfficeService } from '../office/service';
import { msUntilNextRun } from '../scheduling/daily-job';

export interface NextRuns {
  billingNextRunAt: number | null;
  backupNextRunAt: number | null;
}

/**
 * The next daily run of billing and backups, from their configured office-local times (the same rule
 * the DailyJob arms its timer by). Null before the office (and so its time zone) exists.
 */
export function nextRuns(now: number, office: OfficeService, times: { billing: () => string; backup: () => string }): NextRuns {
  const current = office.get();
  if (!current) return { billingNextRunAt: null, backupNextRunAt: null };
  return {
    billingNextRunAt: now + msUntilNextRun(now, times.billing(), current.timeZone),
    backupNextRunAt: now + msUntilNextRun(now, times.backup(), current.timeZone),
  };
}
