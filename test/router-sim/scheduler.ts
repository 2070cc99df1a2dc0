// When a /system/scheduler entry runs next. Start is start-date + start-time (UTC); with an interval
// it repeats, without one it runs once. `startup` entries only run at boot, which never happens
// inside a simulated session, so they have no next run.
import { isoToMs, parseDuration } from './clock';

export function nextRunMs(values: Readonly<Record<string, string>>, nowMs: number): number | null {
  if (values.disabled === 'true') return null;
  const time = values['start-time'];
  const date = values['start-date'];
  if (time === undefined || date === undefined || time === 'startup') return null;
  const start = isoToMs(date, time);
  if (start > nowMs) return start;
  const interval = parseDuration(values.interval ?? '0s') ?? 0;
  if (interval <= 0) return null;
  const k = Math.floor((nowMs - start) / interval) + 1;
  return start + k * interval;
}
