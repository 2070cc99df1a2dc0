/**
 * Integer money arithmetic for billing. Products of a price and a day count or a tax rate can pass
 * 2^53, so they are done in BigInt and rounded half up (away from zero for the non-negative amounts
 * used here) back to a safe integer: no float ever carries an amount.
 */

/** round(value * numerator / denominator), half up; value, numerator >= 0, denominator > 0. */
export function mulDivRound(value: number, numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(value) || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError('mulDivRound takes safe integers and a positive denominator');
  }
  if (value < 0 || numerator < 0) throw new RangeError('mulDivRound takes non-negative amounts');
  const product = BigInt(value) * BigInt(numerator);
  const divisor = BigInt(denominator);
  const result = Number((product * 2n + divisor) / (divisor * 2n));
  if (!Number.isSafeInteger(result)) throw new RangeError('amount out of range');
  return result;
}

/** Tax on a net amount at a rate in basis points (1100 = 11 %), rounded half up per line. */
export function taxOf(netMinor: number, taxRateBp: number): number {
  return mulDivRound(netMinor, taxRateBp, 10_000);
}

/** The share of a period's amount for `days` of its `periodDays` days. */
export function prorate(amountMinor: number, days: number, periodDays: number): number {
  if (days < 0 || days > periodDays) throw new RangeError(`cannot prorate ${days} of ${periodDays} days`);
  return mulDivRound(amountMinor, days, periodDays);
}

/** Negation that never yields -0 (SQLite would store it as a REAL). */
export function negate(amountMinor: number): number {
  return amountMinor === 0 ? 0 : -amountMinor;
}

export function sumMinor(values: readonly number[]): number {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('sum out of range');
  return total;
}
