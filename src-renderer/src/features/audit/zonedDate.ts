/**
 * Turns a calendar date typed in the office (an <input type="date"> value, "2026-03-01") into the
 * epoch-ms instant that day starts in the office's time zone, whatever zone this computer is in.
 */
function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

export function startOfDayInZone(date: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const wallClock = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Two passes settle days where the offset changes (DST) between the guess and the answer.
  const first = wallClock - zoneOffsetMs(wallClock, timeZone);
  const second = wallClock - zoneOffsetMs(first, timeZone);
  return second;
}

/** The last millisecond of that office day (the start of the next day minus one). */
export function endOfDayInZone(date: string, timeZone: string): number | null {
  const start = startOfDayInZone(date, timeZone);
  if (start === null) return null;
  const nextDay = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1));
  const next = startOfDayInZone(nextDay.toISOString().slice(0, 10), timeZone);
  return next === null ? null : next - 1;
}
