/**
 * Money is an integer count of minor units plus the currency's exponent (IDR 0, USD 2, KWD 3).
 * Parsing works on the digits of the text, never through a float, so 0.1 + 0.2 problems cannot occur.
 */
export interface Currency {
  code: string;
  exponent: number;
}

export class MoneyParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyParseError';
  }
}

const MAX_EXPONENT = 4;

export function assertMinorUnits(value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyParseError(`amount must be a whole number of minor units, got ${String(value)}`);
  }
}

/** "12,500.50" or "12500,5" (decimal comma) -> minor units. Grouping separators are ignored. */
export function parseMoney(text: string, exponent: number, decimalSeparator: '.' | ',' = '.'): number {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > MAX_EXPONENT) {
    throw new MoneyParseError(`unsupported currency exponent ${exponent}`);
  }
  const group = decimalSeparator === '.' ? /[,\s\u00a0']/g : /[.\s\u00a0']/g;
  const trimmed = text.trim().replace(group, '');
  const negative = trimmed.startsWith('-');
  const unsigned = negative ? trimmed.slice(1) : trimmed;
  const [whole = '', fraction = '', ...rest] = unsigned.split(decimalSeparator);
  if (rest.length > 0 || !/^\d+$/.test(whole || '0') || (fraction !== '' && !/^\d+$/.test(fraction))) {
    throw new MoneyParseError(`"${text}" is not an amount`);
  }
  if (whole === '' && fraction === '') throw new MoneyParseError('amount is empty');
  if (fraction.length > exponent) {
    throw new MoneyParseError(`"${text}" has more than ${exponent} decimal places`);
  }
  const digits = (whole || '0') + fraction.padEnd(exponent, '0');
  const minor = Number(digits.replace(/^0+(?=\d)/, ''));
  assertMinorUnits(minor);
  return negative ? -minor : minor;
}

/** Locale-aware display, e.g. formatMoney(1250050, {code:'IDR',exponent:2}, 'id-ID') -> "Rp 12.500,50". */
export function formatMoney(minor: number, currency: Currency, locale: string): string {
  assertMinorUnits(minor);
  const negative = minor < 0;
  const absolute = Math.abs(minor);
  const scale = 10 ** currency.exponent;
  const whole = Math.trunc(absolute / scale);
  const fraction = absolute % scale;
  // Format the whole part and the fraction separately so no float ever carries the value.
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.code,
    minimumFractionDigits: currency.exponent,
    maximumFractionDigits: currency.exponent,
  }).formatToParts(whole);
  const fractionText = String(fraction).padStart(currency.exponent, '0');
  const text = parts.map((part) => (part.type === 'fraction' ? fractionText : part.value)).join('');
  return negative ? `-${text}` : text;
}

/** The exponent Intl knows for an ISO 4217 code (used as the wizard's default). */
export function defaultExponent(currencyCode: string): number {
  try {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions();
    return options.maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
