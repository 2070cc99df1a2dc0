/**
 * MikHmon prices are plain numbers in the office currency's major units (`5000`), typed by hand,
 * so grouping (`5.000`, `5,000`, `1.000.000`) turns up too. A separator is read as grouping only
 * when no other reading is possible for this currency; `5.000` in a 3-decimal currency could be
 * either, so it is reported instead of guessed. Conversion goes through `parseMoney` (no floats).
 */
import { MoneyParseError, parseMoney } from '../../../src-shared/domain/money';
import { fail, ok, quote, type Parsed } from './result';

const GROUPED = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/;
const GROUPED_WITH_DECIMAL = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*([.,])(\d+)$/;
const DECIMAL = /^(\d+)([.,])(\d+)$/;

function toMinor(whole: string, fraction: string, exponent: number, text: string): Parsed<number> {
  if (fraction.length > exponent) {
    return fail(`price ${quote(text)} has more decimals than the currency (${exponent})`);
  }
  try {
    return ok(parseMoney(fraction === '' ? whole : `${whole}.${fraction}`, exponent));
  } catch (err) {
    return fail(err instanceof MoneyParseError ? `price ${quote(text)}: ${err.message}` : `price ${quote(text)} is not an amount`);
  }
}

/** A MikHmon price -> minor units of a currency with `exponent` decimals. */
export function parseMikhmonPrice(text: string, exponent: number): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('price is empty');
  if (/^\d+$/.test(trimmed)) return toMinor(trimmed, '', exponent, text);

  const grouped = GROUPED.exec(trimmed);
  if (grouped) {
    const separator = grouped[1] ?? '';
    const groups = trimmed.split(separator).length - 1;
    // One group of three could also be three decimals; only currencies with fewer decimals rule that out.
    if (groups === 1 && exponent >= 3) {
      return fail(`price ${quote(text)} is ambiguous: grouping or ${exponent} decimals`);
    }
    return toMinor(trimmed.split(separator).join(''), '', exponent, text);
  }

  const mixed = GROUPED_WITH_DECIMAL.exec(trimmed);
  if (mixed && mixed[1] !== mixed[2]) {
    const whole = trimmed.slice(0, trimmed.length - (mixed[3] ?? '').length - 1).split(mixed[1] ?? '').join('');
    return toMinor(whole, mixed[3] ?? '', exponent, text);
  }

  const decimal = DECIMAL.exec(trimmed);
  if (decimal) return toMinor(decimal[1] ?? '', decimal[3] ?? '', exponent, text);

  return fail(`${quote(text)} is not a price`);
}

/** Price fields that may be empty (MikHmon leaves selling price out on old profiles). */
export function parseOptionalPrice(text: string | undefined, exponent: number): Parsed<number | null> {
  if (text === undefined || text.trim() === '') return ok(null);
  return parseMikhmonPrice(text, exponent);
}
