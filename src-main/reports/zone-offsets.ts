/**
 * The office zone's UTC offset history, for the summary trigger to cut instants into office days in SQL
 * (SQLite has no time zone database). Read from Intl like src-shared/domain/zoned-time.ts: offsets are
 * sampled weekly and each change is narrowed to the second by bisection (zones change offset at most a
 * few times a year and never twice within a week).
 */

export interface ZoneOffset {
  /** From this instant on (inclusive) local time = UTC + offsetMs. */
  fromUtc: number;
  offsetMs: number;
}

/** Weekly samples: no zone has changed its offset and back within a week (Morocco's Ramadan hour lasts a month). */
const STEP_MS = 7 * 86_400_000;
/** Before this the first offset applies (no till sale predates the app); after it, the last one. */
export const OFFSETS_FROM = Date.UTC(2000, 0, 1);
export const OFFSETS_TO = Date.UTC(2080, 0, 1);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local minus UTC at `epochMs`, whole seconds. */
export function zoneOffsetAt(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(epochMs / 1000) * 1000;
}

/** The first second in (low, high] whose offset differs from the one at `low`. */
function transitionBetween(low: number, high: number, before: number, timeZone: string): number {
  let lo = low;
  let hi = high;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

const computed = new Map<string, readonly ZoneOffset[]>();

/** The zone's offsets from 2000 to 2080; the first row starts at the smallest safe integer. Memoized per zone. */
export function zoneOffsets(timeZone: string): readonly ZoneOffset[] {
  let rows = computed.get(timeZone);
  if (!rows) {
    rows = computeZoneOffsets(timeZone);
    computed.set(timeZone, rows);
  }
  return rows;
}

function computeZoneOffsets(timeZone: string): ZoneOffset[] {
  let current = zoneOffsetAt(OFFSETS_FROM, timeZone);
  const rows: ZoneOffset[] = [{ fromUtc: Number.MIN_SAFE_INTEGER, offsetMs: current }];
  for (let t = OFFSETS_FROM; t < OFFSETS_TO; t += STEP_MS) {
    const next = zoneOffsetAt(t + STEP_MS, timeZone);
    if (next === current) continue;
    const at = transitionBetween(t, t + STEP_MS, current, timeZone);
    rows.push({ fromUtc: at, offsetMs: zoneOffsetAt(at, timeZone) });
    current = next;
  }
  return rows;
}
