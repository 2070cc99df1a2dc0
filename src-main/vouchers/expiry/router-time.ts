import { parseRouterDateTime } from '../../routers/mikhmon/router-date';

/**
 * The app-side twin of the scripts' date arithmetic: router wall-clock text in either format
 * (`jan/15/2026` or `2026-01-15`, plus `10:20:30`) -> router-local seconds since 1970, and those
 * seconds -> UTC epoch ms with the router's GMT offset. Computed through Date.UTC, independently of
 * the scripts' formula, so tests comparing the two catch a wrong formula.
 */
export class RouterTimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RouterTimeError';
  }
}

export function routerLocalSeconds(date: string, time: string): number {
  const parsed = parseRouterDateTime(`${date} ${time}`);
  if (!parsed.ok) throw new RouterTimeError(`router clock ${JSON.stringify(`${date} ${time}`)}: ${parsed.reason}`);
  const v = parsed.value;
  return Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second) / 1000;
}

/** `/system/clock` gmt-offset: `+07:00`, `-03:30`; some builds give plain seconds (`25200`). */
export function gmtOffsetSeconds(text: string): number {
  const hm = /^([+-])(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (hm) return (hm[1] === '-' ? -1 : 1) * (Number(hm[2]) * 3600 + Number(hm[3]) * 60);
  if (/^[+-]?\d{1,5}$/.test(text.trim())) return Number(text.trim());
  throw new RouterTimeError(`router gmt-offset ${JSON.stringify(text)} is not an offset`);
}

export function localSecondsToUtcMs(localSeconds: number, offsetSeconds: number): number {
  return (localSeconds - offsetSeconds) * 1000;
}
