import { MoneyParseError, parseMoney, type Currency } from '@shared/domain/money';

export { decimalSeparator, minorToText } from '../vouchers/plans/planForm';

/**
 * Major units as typed ("150000", "12,50") -> integer minor units of the office currency, digit by digit
 * (never through a float). Anything that is not an amount becomes NaN, so the contract's schema names
 * the field instead of the form guessing.
 */
export function textToMinor(text: string, currency: Currency, separator: '.' | ','): number {
  try {
    return parseMoney(text, currency.exponent, separator);
  } catch (error) {
    if (error instanceof MoneyParseError) return Number.NaN;
    throw error;
  }
}

/** A tax rate typed in percent ("11", "2.5") -> integer basis points (1100, 250); empty is 0 %. */
export function percentToBp(text: string, separator: '.' | ','): number {
  if (text.trim() === '') return 0;
  try {
    return parseMoney(text, 2, separator);
  } catch (error) {
    if (error instanceof MoneyParseError) return Number.NaN;
    throw error;
  }
}

/** Basis points as percent text without grouping: 1100 -> "11", 250 -> "2.5". */
export function bpToPercent(bp: number, separator: '.' | ','): string {
  const whole = Math.trunc(bp / 100);
  const fraction = bp % 100;
  if (fraction === 0) return String(whole);
  return `${whole}${separator}${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}
