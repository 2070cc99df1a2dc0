/**
 * RouterOS dates in both styles: `jan/15/2024 10:20:30` (before 7.10; month names in any case,
 * since some builds print `Jan`) and `2024-01-15 10:20:30` (7.10 and later), plus their date-only
 * forms. Calendar checks are strict (no `feb/30`), because a wrong expiry is worse than a reported one.
 */
import { fail, ok, quote, type Parsed } from './result';
import type { LocalDate } from './types';
import { zonedTimeToEpochMs, type LocalDateTime } from './zoned-time';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const LEGACY_DATE = /^([A-Za-z]{3})\/(\d{2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})$/;

export type DateStyle = 'legacy' | 'iso';

/** Month number (1-12) for a RouterOS month abbreviation, or null. */
export function monthFromName(name: string): number | null {
  const index = MONTHS.indexOf(name.toLowerCase());
  return index < 0 ? null : index + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(text: string, year: number, month: number, day: number): Parsed<LocalDate> {
  if (year < 1970 || year > 2999) return fail(`year ${year} in ${quote(text)} is out of range`);
  if (month < 1 || month > 12) return fail(`month in ${quote(text)} does not exist`);
  if (day < 1 || day > daysInMonth(year, month)) return fail(`day in ${quote(text)} does not exist`);
  return ok({ year, month, day });
}

/** `jan/15/2024` or `2024-01-15`. */
export function parseRouterDateOnly(text: string): Parsed<LocalDate & { style: DateStyle }> {
  const trimmed = text.trim();
  const legacy = LEGACY_DATE.exec(trimmed);
  if (legacy) {
    const [, mon = '', dd = '', yyyy = ''] = legacy;
    const month = monthFromName(mon);
    if (month === null) return fail(`unknown month ${quote(mon)} in ${quote(text)}`);
    const date = validDate(text, Number(yyyy), month, Number(dd));
    return date.ok ? ok({ ...date.value, style: 'legacy' }) : date;
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, yyyy = '', mm = '', dd = ''] = iso;
    const date = validDate(text, Number(yyyy), Number(mm), Number(dd));
    return date.ok ? ok({ ...date.value, style: 'iso' }) : date;
  }
  return fail(`${quote(text)} is not a RouterOS date`);
}

/** `10:20:30` -> hour, minute, second. */
export function parseRouterTime(text: string): Parsed<{ hour: number; minute: number; second: number }> {
  const match = TIME.exec(text.trim());
  if (!match) return fail(`${quote(text)} is not a time of day`);
  const [hour, minute, second] = match.slice(1).map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return fail(`time ${quote(text)} does not exist`);
  return ok({ hour, minute, second });
}

/** A date with an optional time (`jan/15/2024 10:20:30`, `2024-01-15`); date-only means midnight. */
export function parseRouterDateTime(text: string): Parsed<LocalDateTime & { style: DateStyle }> {
  const trimmed = text.trim();
  const space = trimmed.indexOf(' ');
  const datePart = space < 0 ? trimmed : trimmed.slice(0, space);
  const timePart = space < 0 ? '' : trimmed.slice(space + 1).trim();
  const date = parseRouterDateOnly(datePart);
  if (!date.ok) return date;
  if (timePart === '') return ok({ ...date.value, hour: 0, minute: 0, second: 0 });
  const time = parseRouterTime(timePart);
  if (!time.ok) return time;
  return ok({ ...date.value, ...time.value });
}

/** Router-local date (and time) text -> epoch ms in the office's zone. */
export function routerDateTimeToEpochMs(text: string, timeZone: string): Parsed<number> {
  const local = parseRouterDateTime(text);
  return local.ok ? ok(zonedTimeToEpochMs(local.value, timeZone)) : local;
}

/** Cheap shape test: does this comment try to be a router date? (Used to tell typos from free text.) */
export function looksLikeRouterDate(text: string): boolean {
  return /^\s*([A-Za-z]{3}\/\d{1,2}\/\d{2,4}|\d{4}-\d{1,2}-\d{1,2})(\s|$)/.test(text);
}
