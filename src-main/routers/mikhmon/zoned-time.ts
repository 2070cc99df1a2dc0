/**
 * Router clocks run in local time and their dates carry no offset, so turning one into an instant
 * needs the office's IANA zone. Only Intl is used (no tz database package): the zone's offset at a
 * given instant is read back from `formatToParts`.
 */
import type { LocalDate } from './types';

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

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

/** True when Intl knows the zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
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
 * happens) the result is shifted forward by the gap, as a router's clock would have jumped; in a DST
 * overlap the earlier instant wins.
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
