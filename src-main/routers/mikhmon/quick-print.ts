/**
 * MikHmon quick-print packages: `/system/script` entries with comment `QuickPrintMikhmon` whose
 * source is `#name#server#usermode#userlength#prefix#char#profile#timelimit#datalimit#comment#validity#price_sprice#lock`
 * (split on `#`, so index 0 is empty). They are voucher-generation presets, imported so an office
 * keeps its one-click batches.
 */
import { parseOptionalDuration } from './duration';
import { parseOptionalPrice } from './price';
import { fail, ok, quote, type Parsed } from './result';

const CHARSETS = ['lower', 'upper', 'upplow', 'mix', 'mix1', 'mix2', 'num'];

export interface ParsedQuickPrint {
  packageName: string;
  server: string;
  userMode: 'vc' | 'up';
  userLength: number;
  prefix: string;
  charset: string;
  profile: string;
  timeLimitMs: number | null;
  dataLimitBytes: number | null;
  comment: string;
  validityText: string;
  priceMinor: number | null;
  sellingPriceMinor: number | null;
  macLock: boolean;
}

export function parseQuickPrintSource(source: string, exponent: number): Parsed<ParsedQuickPrint> {
  const fields = source.split('#');
  if (fields[0] !== '' || fields.length < 14) return fail(`quick-print source has ${Math.max(0, fields.length - 1)} of 13 "#" fields`);
  const [, packageName = '', server = '', mode = '', lengthText = '', prefix = '', charset = '', profile = '', timeText = '', dataText = '', comment = '', validityText = '', prices = '', lock = ''] = fields;

  if (packageName.trim() === '') return fail('quick-print package has no name');
  if (mode !== 'vc' && mode !== 'up') return fail(`quick-print user mode ${quote(mode)} is neither vc nor up`);
  if (!/^\d+$/.test(lengthText) || Number(lengthText) < 1 || Number(lengthText) > 64) {
    return fail(`quick-print user length ${quote(lengthText)} is not a small number`);
  }
  if (!CHARSETS.includes(charset)) return fail(`quick-print character set ${quote(charset)} is unknown`);
  if (profile.trim() === '') return fail('quick-print package has no profile');
  const timeLimit = parseOptionalDuration(timeText);
  if (!timeLimit.ok) return fail(`quick-print time limit: ${timeLimit.reason}`);
  if (dataText !== '' && !/^\d+$/.test(dataText)) return fail(`quick-print data limit ${quote(dataText)} is not a byte count`);
  const dataLimit = dataText === '' ? 0 : Number(dataText);
  if (!Number.isSafeInteger(dataLimit)) return fail(`quick-print data limit ${quote(dataText)} is too large`);
  const [priceText, sellingText] = prices.split('_');
  const price = parseOptionalPrice(priceText, exponent);
  if (!price.ok) return fail(`quick-print price: ${price.reason}`);
  const selling = parseOptionalPrice(sellingText, exponent);
  if (!selling.ok) return fail(`quick-print selling price: ${selling.reason}`);
  if (lock !== 'Enable' && lock !== 'Disable' && lock !== '') return fail(`quick-print MAC lock ${quote(lock)} is unknown`);

  return ok({
    packageName,
    server: server === '' ? 'all' : server,
    userMode: mode,
    userLength: Number(lengthText),
    prefix,
    charset,
    profile,
    timeLimitMs: timeLimit.value,
    // MikHmon writes 0 for "no data limit".
    dataLimitBytes: dataLimit === 0 ? null : dataLimit,
    comment,
    validityText,
    priceMinor: price.value,
    sellingPriceMinor: selling.value,
    macLock: lock === 'Enable',
  });
}
