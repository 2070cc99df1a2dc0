const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

/**
 * A plan's validity as a customer reads it on the card ("30 days", "1 hari 12 jam"), in the office
 * locale through Intl's unit names. Whole minutes; parts of zero are left out.
 */
export function humanDuration(ms: number, locale: string): string {
  let rest = Math.max(0, Math.round(ms / 60_000) * 60_000);
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0) parts.push(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount));
  }
  return parts.length > 0 ? parts.join(' ') : new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(0);
}
