import { parseIsoDate, type IsoDate } from './civil-date';

/**
 * Wall-clock times in an IANA zone to instants, with Intl only (no tz database package): the zone's
 * offset at an instant is read back from `formatToParts`. Used by billing (run times in the office
 * zone) and by the MikHmon import (router clocks run in local time and their dates carry no offset).
 */

export interface LocalDateTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone; callers validate the zone once up front.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset (local minus UTC, in ms) of `timeZone` at the instant `epochMs`. */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
  const local = Date.UTC(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  // Intl drops milliseconds; compare whole seconds on both sides.
  return local - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `local`. In a DST gap (a time that never
 * happens) the result is shifted forward by the gap, as a clock would have jumped; in a DST overlap
 * the earlier instant wins, so a daily run on such a day is never lost or doubled.
 */
export function zonedTimeToEpochMs(local: LocalDateTime, timeZone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // Zone transitions are far more than a day apart, so the offsets a day either side cover both
  // sides of any transition near this wall time. A candidate is right when it maps back exactly.
  const offsets = [...new Set([asUtc - DAY_MS, asUtc, asUtc + DAY_MS].map((t) => offsetAt(t, timeZone)))];
  const candidates = offsets.map((o) => asUtc - o).filter((t) => t + offsetAt(t, timeZone) === asUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  // A gap only opens when the offset grows, so the smaller one is the offset before the jump.
  return asUtc - Math.min(...offsets);
}

/** `HH:MM` as minutes after midnight. */
export function minutesOfDay(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`not an HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The instant a wall-clock `HH:MM` happens on an office-calendar date (see zonedTimeToEpochMs for DST). */
export function instantAt(date: IsoDate, time: string, timeZone: string): number {
  const { year, month, day } = parseIsoDate(date);
  const minutes = minutesOfDay(time);
  return zonedTimeToEpochMs({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, timeZone);
}
