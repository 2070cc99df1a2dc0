import { parseIsoDate, type IsoDate } from './civil-date';

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** Minutes the zone is ahead of UTC at an instant (Jakarta: +420), to the minute. */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value ?? '0');
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(epochMs / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/** `HH:MM` as minutes after midnight. */
export function minutesOfDay(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`not an HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The instant a wall-clock time happens on an office-calendar date. Two passes settle the offset
 * around a DST change: a time skipped by a spring-forward gap lands an hour later (after the gap), a
 * repeated one on its first occurrence, so a daily run is never lost or doubled on such a day.
 */
export function instantAt(date: IsoDate, time: string, timeZone: string): number {
  const { year, month, day } = parseIsoDate(date);
  const wall = Date.UTC(year, month - 1, day) + minutesOfDay(time) * MINUTE_MS;
  const first = wall - zoneOffsetMinutes(wall, timeZone) * MINUTE_MS;
  const second = wall - zoneOffsetMinutes(first, timeZone) * MINUTE_MS;
  return Math.max(first, second);
}
