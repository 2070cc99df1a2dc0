import { addDays, addMonthsClamped, dayNumber, daysBetween, type IsoDate } from '../../src-shared/domain/civil-date';
import type { Cycle } from '../../src-shared/ipc/schemas/billing';

/** A service period on the office calendar, `end` exclusive. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

/** The monthly boundary in the month of `date`: the billing day, clamped to short months (31 -> 30, 28, 29). */
function boundaryInMonth(date: IsoDate, billingDay: number): IsoDate {
  return addMonthsClamped(date, 0, billingDay);
}

/**
 * The full billing cycle that contains `date`, regardless of when the subscription started. Monthly:
 * from one billing day to the next (31, 30, 28 or 29 days). Every N days: counted from `anchor`.
 */
export function cycleContaining(cycle: Cycle, anchor: IsoDate, date: IsoDate): Period {
  if (cycle.kind === 'days') {
    const offset = daysBetween(anchor, date);
    const index = Math.floor(offset / cycle.days);
    const start = addDays(anchor, index * cycle.days);
    return { start, end: addDays(start, cycle.days) };
  }
  const here = boundaryInMonth(date, cycle.billingDay);
  if (dayNumber(date) >= dayNumber(here)) return { start: here, end: addMonthsClamped(here, 1, cycle.billingDay) };
  return { start: addMonthsClamped(here, -1, cycle.billingDay), end: here };
}

/** The period a subscription starting on `startDate` is first billed for: from the start to the cycle's end. */
export function firstPeriod(cycle: Cycle, startDate: IsoDate): { period: Period; cycle: Period } {
  const full = cycleContaining(cycle, startDate, startDate);
  return { period: { start: startDate, end: full.end }, cycle: full };
}

export function periodDays(period: Period): number {
  return daysBetween(period.start, period.end);
}

export function contains(period: Period, date: IsoDate): boolean {
  const day = dayNumber(date);
  return dayNumber(period.start) <= day && day < dayNumber(period.end);
}

/** Human label of a period for invoice lines: `2026-01-15 – 2026-02-14` (inclusive last day). */
export function periodLabel(period: Period): string {
  return `${period.start} – ${addDays(period.end, -1)}`;
}
