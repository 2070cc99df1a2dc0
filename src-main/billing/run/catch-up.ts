import { addDays, dayNumber, type IsoDate } from '../../../src-shared/domain/civil-date';

/** A year of missed days at most; anything older is billed on the window's first day (nothing is lost). */
export const CATCH_UP_MAX_DAYS = 366;

/** One run to do: the day it bills for and whether it is a missed day (catch-up) or today's. */
export interface DueRun {
  asOf: IsoDate;
  missed: boolean;
}

/**
 * Billing days owed since the last completed run, oldest first, each with its own date: every day
 * after `lastDone` up to yesterday, then today once its run time has passed. Without any run yet the
 * office's first day is the start, so an office that kept the app closed since setup still gets each
 * period on the day it started.
 */
export function dueRuns(input: { lastDone: IsoDate | null; firstDay: IsoDate; today: IsoDate; todayDue: boolean }): DueRun[] {
  const { today } = input;
  const after = input.lastDone === null ? input.firstDay : addDays(input.lastDone, 1);
  const windowStart = addDays(today, -CATCH_UP_MAX_DAYS);
  let day = dayNumber(after) < dayNumber(windowStart) ? windowStart : after;
  const runs: DueRun[] = [];
  while (dayNumber(day) < dayNumber(today)) {
    runs.push({ asOf: day, missed: true });
    day = addDays(day, 1);
  }
  if (input.todayDue && dayNumber(day) <= dayNumber(today)) runs.push({ asOf: today, missed: false });
  return runs;
}
