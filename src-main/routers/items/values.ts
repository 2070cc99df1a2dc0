/**
 * RouterOS normalises what it stores (`yes` -> `true`, `3600` -> `1h`, MAC upper case), so a desired
 * value and the value read back are compared after the same normalisation; otherwise reconcile would
 * "fix" the same item forever.
 */
const UNITS: Record<string, number> = { w: 604_800, d: 86_400, h: 3600, m: 60, s: 1 };

/** Seconds of a RouterOS duration (`1d2h`, `01:00:00`, `3600`, `2d09:29:51`), or null if not one. */
export function durationSeconds(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  const clock = /^(?:(\d+)d)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(value);
  if (clock) return Number(clock[1] ?? 0) * 86_400 + Number(clock[2]) * 3600 + Number(clock[3]) * 60 + Number(clock[4]);
  if (!/^(\d+[wdhms])+$/.test(value)) return null;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+)([wdhms])/g)) total += Number(amount) * (UNITS[unit ?? 's'] ?? 1);
  return total;
}

/** Only typed attributes are normalised: a password `00123` must never equal `123`. */
const DURATION_KEYS = new Set(['limit-uptime', 'session-timeout', 'idle-timeout']);
const BOOLEAN_KEYS = new Set(['disabled']);
const MAC_KEYS = new Set(['mac-address']);

function canonical(key: string, value: string): string {
  if (BOOLEAN_KEYS.has(key)) {
    if (value === 'yes' || value === 'true') return 'true';
    if (value === 'no' || value === 'false') return 'false';
  }
  if (MAC_KEYS.has(key)) return value.toUpperCase();
  if (DURATION_KEYS.has(key)) {
    const seconds = durationSeconds(value);
    if (seconds !== null) return `${seconds}s`;
  }
  return value;
}

export function sameValue(key: string, desired: string, actual: string | undefined): boolean {
  if (actual === undefined) return desired === '';
  return desired === actual || canonical(key, desired) === canonical(key, actual);
}

/** The attributes whose router value differs from the desired one (only keys the app manages). */
export function changedAttributes(
  desired: Readonly<Record<string, string>>,
  actual: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(desired)) {
    if (!sameValue(key, value, actual[key])) out[key] = value;
  }
  return out;
}
