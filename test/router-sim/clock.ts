// Simulated router clock plus RouterOS duration and date text. The router's time zone is UTC here, so
// every rendering uses the UTC calendar; tests control time only through advanceClock.

export const DEFAULT_START_MS = Date.UTC(2026, 0, 15, 10, 0, 0);

export class SimClock {
  private current: number;
  readonly bootMs: number;

  constructor(startMs: number = DEFAULT_START_MS) {
    this.current = startMs;
    this.bootMs = startMs;
  }

  now(): number {
    return this.current;
  }

  /** moves time forward only; the router clock in this simulator never runs backwards */
  set(ms: number): void {
    if (ms > this.current) this.current = ms;
  }
}

const UNITS: ReadonlyArray<[string, number]> = [
  ['w', 7 * 86_400_000],
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
];

/** 0 -> '0s', 93784000 -> '1d2h3m4s', 604800000 -> '1w'; sub-second rest is shown as 'ms' */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.floor(ms));
  let out = '';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  if (rest > 0) out += `${rest}ms`;
  return out === '' ? '0s' : out;
}

const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };

/**
 * Accepts what RouterOS accepts as a time interval: bare seconds ('3600'), unit form ('1w2d3h4m5s',
 * '500ms'), clock form ('01:00:00') and the old mixed form ('2d09:29:51'). Returns ms, or null.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const clock = /^(?:(\d+)w)?(?:(\d+)d)?\s*(\d+):(\d{1,2}):(\d{1,2})(?:\.(\d{1,3}))?$/.exec(t);
  if (clock) {
    const [, w, d, h, m, s, frac] = clock;
    return (
      Number(w ?? 0) * 604_800_000 +
      Number(d ?? 0) * 86_400_000 +
      Number(h) * 3_600_000 +
      Number(m) * 60_000 +
      Number(s) * 1000 +
      (frac ? Number(frac.padEnd(3, '0')) : 0)
    );
  }
  if (!/^(\d+(ms|w|d|h|m|s))+$/.test(t)) return null;
  let total = 0;
  for (const m of t.matchAll(/(\d+)(ms|w|d|h|m|s)/g)) total += Number(m[1]) * (UNIT_MS[m[2] ?? 's'] ?? 0);
  return total;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

function parts(ms: number): { y: number; mo: number; d: number; time: string } {
  const dt = new Date(ms);
  return {
    y: dt.getUTCFullYear(),
    mo: dt.getUTCMonth(),
    d: dt.getUTCDate(),
    time: `${pad2(dt.getUTCHours())}:${pad2(dt.getUTCMinutes())}:${pad2(dt.getUTCSeconds())}`,
  };
}

/** before 7.10 'jan/15/2026', from 7.10 '2026-01-15' */
export function formatDate(ms: number, isoDates: boolean): string {
  const p = parts(ms);
  return isoDates ? `${p.y}-${pad2(p.mo + 1)}-${pad2(p.d)}` : `${MONTHS[p.mo]}/${pad2(p.d)}/${p.y}`;
}

export function formatTime(ms: number): string {
  return parts(ms).time;
}

export function formatDateTime(ms: number, isoDates: boolean): string {
  return `${formatDate(ms, isoDates)} ${formatTime(ms)}`;
}

/**
 * The abbreviated form RouterOS uses for moments like a scheduler's next-run: only the time when it
 * is today, no year when it is this year ('jan/16 10:00:00' or '01-16 10:00:00'), the full form
 * otherwise. MikHmon's on-login script branches on exactly these lengths (8, 15, more).
 */
export function formatRelativeDateTime(ms: number, nowMs: number, isoDates: boolean): string {
  const p = parts(ms);
  const n = parts(nowMs);
  if (p.y === n.y && p.mo === n.mo && p.d === n.d) return p.time;
  if (p.y === n.y) {
    return isoDates ? `${pad2(p.mo + 1)}-${pad2(p.d)} ${p.time}` : `${MONTHS[p.mo]}/${pad2(p.d)} ${p.time}`;
  }
  return formatDateTime(ms, isoDates);
}

/** /system/resource build-time: old routers capitalise the month ('Jun/15/2023 05:17:29') */
export function formatBuildTime(ms: number, isoDates: boolean): string {
  if (isoDates) return formatDateTime(ms, true);
  const p = parts(ms);
  const mon = MONTHS[p.mo] ?? 'jan';
  return `${mon[0]?.toUpperCase()}${mon.slice(1)}/${pad2(p.d)}/${p.y} ${p.time}`;
}

/** 'jan/15/2026', 'Jan/15/2026' or '2026-01-15' -> '2026-01-15' (canonical storage form), else null */
export function parseDateInput(text: string): string | null {
  const t = text.trim().toLowerCase();
  let y: number;
  let mo: number;
  let d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const old = /^([a-z]{3})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso) {
    y = Number(iso[1]);
    mo = Number(iso[2]) - 1;
    d = Number(iso[3]);
  } else if (old) {
    mo = MONTHS.indexOf(old[1] ?? '');
    d = Number(old[2]);
    y = Number(old[3]);
    if (mo < 0) return null;
  } else {
    return null;
  }
  const check = new Date(Date.UTC(y, mo, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo || check.getUTCDate() !== d) return null;
  return `${y}-${pad2(mo + 1)}-${pad2(d)}`;
}

/** 'HH:MM' or 'HH:MM:SS' -> 'HH:MM:SS'; 'startup' stays; else null */
export function parseTimeInput(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (t === 'startup') return 'startup';
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || mi > 59 || s > 59) return null;
  return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
}

/** canonical '2026-01-15' + '10:20:30' -> epoch ms (UTC) */
export function isoToMs(date: string, time: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  return Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
}

export function msToIsoDate(ms: number): string {
  return formatDate(ms, true);
}
