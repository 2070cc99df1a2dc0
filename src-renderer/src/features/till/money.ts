import type { Currency } from '@shared/domain/money';
import { textToMinor } from '../billing/moneyText';

export { decimalSeparator, minorToText } from '../billing/moneyText';

/** An optional amount: empty is 0, anything else must be an amount (NaN otherwise, so the schema names it). */
export function optionalMinor(text: string, currency: Currency, separator: '.' | ','): number {
  return text.trim() === '' ? 0 : textToMinor(text, currency, separator);
}
