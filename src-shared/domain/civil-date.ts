/**
 * Calendar dates (`YYYY-MM-DD`) as the office sees them. Billing periods, due dates and the invoice
 * year are days on the office's calendar, not instants: an instant is cut into a date in the office
 * time zone once, and day arithmetic then works on whole days (no DST hours can leak in).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(text: IsoDate): CivilDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    throw new RangeError(`no such day: ${text}`);
  }
  return date;
}

export function isIsoDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(date: CivilDate): IsoDate {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (proleptic Gregorian): differences are exact day counts. */
export function dayNumber(text: IsoDate): number {
  const { year, month, day } = parseIsoDate(text);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(days: number): IsoDate {
  const date = new Date(days * DAY_MS);
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

export function addDays(text: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(text) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

let lastDate = { epochMs: Number.NaN, timeZone: '', date: '' };

/** The office-calendar date of an instant. The last answer is kept: a billing run asks for one instant many times. */
export function dateInZone(epochMs: number, timeZone: string): IsoDate {
  if (lastDate.epochMs === epochMs && lastDate.timeZone === timeZone) return lastDate.date;
  const date = computeDateInZone(epochMs, timeZone);
  lastDate = { epochMs, timeZone, date };
  return date;
}

function computeDateInZone(epochMs: number, timeZone: string): IsoDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value ?? '0');
  return formatIsoDate({ year: get('year'), month: get('month'), day: get('day') });
}

/** The same day-of-month `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsClamped(text: IsoDate, months: number, dayOfMonth: number): IsoDate {
  const { year, month } = parseIsoDate(text);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)) });
}
