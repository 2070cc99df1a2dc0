/**
 * MikHmon sales records: a `/system/script` entry per first login (not per sale), with
 * `name="<date>-|-<time>-|-<user>-|-<price>-|-<ip>-|-<mac>-|-<validity>-|-<profile>-|-<comment>"`,
 * `owner="<mon><yyyy>"`, `source="<date>"`, `comment="mikhmon"`. The date is the router clock's, so
 * it comes in either style. The owner is how MikHmon groups months, and has three known shapes:
 * `jan2024` (upstream, RouterOS < 7.10), `012024` (the RouterOS 7 fork), and `202-15` (upstream on
 * 7.10+, where its fixed-position picks land inside `2024-01-15`: first three year digits + `-dd`).
 */
import { parseRouterDuration } from './duration';
import { parseMikhmonPrice } from './price';
import { fail, ok, quote, type Parsed } from './result';
import { monthFromName, parseRouterDateOnly, parseRouterTime } from './router-date';
import type { LocalDate, SaleOwnerFormat } from './types';
import { zonedTimeToEpochMs } from './zoned-time';

const SEPARATOR = '-|-';

export interface ParsedSaleName {
  date: LocalDate;
  dateText: string;
  timeText: string;
  soldAtMs: number;
  user: string;
  priceMinor: number;
  address: string;
  macAddress: string;
  validityMs: number | null;
  validityText: string;
  profile: string;
  comment: string;
}

/** Parses the script name of a sales record. `source` (the date again) is the fallback date. */
export function parseSaleName(name: string, source: string, exponent: number, timeZone: string): Parsed<ParsedSaleName> {
  const parts = name.split(SEPARATOR);
  if (parts.length < 9) return fail(`sales record name has ${parts.length} of 9 "-|-" fields`);
  const [dateText = '', timeText = '', user = '', priceText = '', address = '', macAddress = '', validityText = '', profile = ''] = parts;
  // The batch comment is last and free text; keep any separator inside it.
  const comment = parts.slice(8).join(SEPARATOR);

  let date = parseRouterDateOnly(dateText);
  if (!date.ok) {
    const fallback = parseRouterDateOnly(source);
    if (!fallback.ok) return fail(`sale date: ${date.reason}`);
    date = fallback;
  }
  const time = parseRouterTime(timeText);
  if (!time.ok) return fail(`sale time: ${time.reason}`);
  if (user.trim() === '') return fail('sales record has no user name');
  const price = parseMikhmonPrice(priceText, exponent);
  if (!price.ok) return fail(`sale price: ${price.reason}`);

  // Validity is informational on a sale; an unreadable one should not lose the money record.
  const validity = validityText.trim() === '' ? null : parseRouterDuration(validityText);
  const { style: _style, ...localDate } = date.value;
  return ok({
    date: localDate,
    dateText: dateText.trim(),
    timeText: timeText.trim(),
    soldAtMs: zonedTimeToEpochMs({ ...localDate, ...time.value }, timeZone),
    user,
    priceMinor: price.value,
    address,
    macAddress,
    validityMs: validity !== null && validity.ok ? validity.value : null,
    validityText: validityText.trim(),
    profile,
    comment,
  });
}

export interface ParsedOwner {
  format: SaleOwnerFormat;
  /** Month and year the owner names, when the format carries them. */
  month: number | null;
  year: number | null;
}

export function parseSaleOwner(owner: string): ParsedOwner {
  const text = owner.trim();
  const monYear = /^([A-Za-z]{3})(\d{4})$/.exec(text);
  if (monYear) {
    const month = monthFromName(monYear[1] ?? '');
    if (month !== null) return { format: 'mon-yyyy', month, year: Number(monYear[2]) };
  }
  const numeric = /^(\d{2})(\d{4})$/.exec(text);
  if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) {
    return { format: 'mm-yyyy', month: Number(numeric[1]), year: Number(numeric[2]) };
  }
  if (/^\d{3}-\d{1,2}$/.test(text)) return { format: 'broken-7.10', month: null, year: null };
  return { format: 'unknown', month: null, year: null };
}

/**
 * Does the owner agree with the sale date? `null` when it does (or cannot say); otherwise why not.
 * The broken form still carries the year's first three digits and the day, so even it is checked.
 */
export function ownerMismatch(owner: string, parsed: ParsedOwner, date: LocalDate): string | null {
  if (parsed.format === 'mon-yyyy' || parsed.format === 'mm-yyyy') {
    return parsed.month === date.month && parsed.year === date.year
      ? null
      : `owner ${quote(owner)} names another month than the sale date`;
  }
  if (parsed.format === 'broken-7.10') {
    const [yearHead = '', day = ''] = owner.trim().split('-');
    return String(date.year).slice(0, 3) === yearHead && Number(day) === date.day
      ? null
      : `owner ${quote(owner)} does not match the sale date`;
  }
  return `owner ${quote(owner)} is not a MikHmon month key`;
}
