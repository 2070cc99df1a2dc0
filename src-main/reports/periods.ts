import { dayNumber, fromDayNumber } from '../../src-shared/domain/civil-date';

/**
 * Office-calendar periods over day numbers (days since 1970-01-01 on the office calendar, as stored in
 * the summary). Weeks are ISO weeks starting Monday (the office has no week-start setting).
 */
export type Period = 'day' | 'week' | 'month';

/** 1970-01-01 was a Thursday: Monday = 0. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function mondayOf(day: number): number {
  return day - weekday(day);
}

/** ISO 8601 week label, e.g. `2026-W01` (the week belongs to the year of its Thursday). */
export function isoWeekLabel(monday: number): string {
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${thursday.slice(0, 4)}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The key a day falls into: the date, the week's Monday date, or `YYYY-MM`. */
export function periodKey(day: number, period: Period): string {
  if (period === 'day') return fromDayNumber(day);
  if (period === 'week') return fromDayNumber(mondayOf(day));
  return fromDayNumber(day).slice(0, 7);
}

export function periodLabel(key: string, period: Period): string {
  return period === 'week' ? `${isoWeekLabel(dayNumber(key))} (${key})` : key;
}

/** Every period key touching [from, to], in order: empty periods still get a row. */
export function periodKeys(from: number, to: number, period: Period): string[] {
  const keys: string[] = [];
  for (let day = from; day <= to; day += 1) {
    const key = periodKey(day, period);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}
