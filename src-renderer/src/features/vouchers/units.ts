/**
 * Units the plan form offers and the human-readable text for durations and sizes. Amounts are whole
 * numbers of a unit, so milliseconds and bytes stay integers all the way to the server.
 */

export const DURATION_UNITS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

export const DATA_UNITS = { MB: 1024 ** 2, GB: 1024 ** 3 } as const;
export type DataUnit = keyof typeof DATA_UNITS;

/** `amount` as text (the field's value) and its unit; empty amount = no limit. */
export interface Amount<U extends string> {
  amount: string;
  unit: U;
}

/** The largest unit that divides `value` exactly, so an edited plan shows "7 days", not "10080 minutes". */
export function splitAmount<U extends string>(value: number | null, units: Readonly<Record<U, number>>, fallback: U): Amount<U> {
  if (value === null) return { amount: '', unit: fallback };
  const ordered = (Object.keys(units) as U[]).sort((a, b) => units[b] - units[a]);
  const unit = ordered.find((candidate) => value % units[candidate] === 0) ?? ordered[ordered.length - 1] ?? fallback;
  return { amount: String(value / units[unit]), unit };
}

/** Whole amount times unit; null for empty, NaN for anything that is not a whole number (the schema refuses it). */
export function joinAmount<U extends string>(value: Amount<U>, units: Readonly<Record<U, number>>): number | null {
  const text = value.amount.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return Number.NaN;
  return Number(text) * units[value.unit];
}

const DURATION_PARTS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const;

/** 93_600_000 -> "1 day 2 hr" in the display language (Intl unit names, no plural rules to keep). */
export function formatDuration(ms: number, language: string): string {
  let rest = ms;
  const parts: string[] = [];
  for (const [unit, size] of DURATION_PARTS) {
    const amount = Math.floor(rest / size);
    if (amount > 0) parts.push(new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(amount));
    rest -= amount * size;
  }
  return parts.length > 0 ? parts.join(' ') : new Intl.NumberFormat(language, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(0);
}

/** Plain number of a big count: 1.1e12 codes is easier to judge as "1.1 trillion". */
export function formatCompact(value: number, language: string): string {
  if (!Number.isFinite(value)) return '∞';
  return new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
