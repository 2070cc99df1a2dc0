import { addDays, addMonthsClamped, dateInZone, parseIsoDate } from '@shared/domain/civil-date';

/** The dialog's default period, as main's: the last 3 months up to today on the office calendar. */
export function defaultStatementPeriod(now: number, timeZone: string): { from: string; to: string } {
  const to = dateInZone(now, timeZone);
  return { from: addDays(addMonthsClamped(to, -3, parseIsoDate(to).day), 1), to };
}
