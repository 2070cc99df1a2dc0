/**
 * Voucher code alphabets and the pure parts of code generation: capacity and uniform sampling.
 * No Node here: the random bytes come from the caller (crypto.randomBytes in the worker, a seeded
 * source in tests), so the sampling itself is testable and deterministic.
 */

const DIGITS = '23456789';
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const LOWER = 'abcdefghijkmnprstuvwxyz';

/**
 * MikHmon's character sets (0/1/I/O/Q/l/o/q left out: they are misread on printed cards) and their
 * mixes. Names are what the generate dialog and the batch row store.
 */
export const VOUCHER_CHARSETS = {
  digits: DIGITS,
  upper: UPPER,
  lower: LOWER,
  'upper-digits': UPPER + DIGITS,
  'lower-digits': LOWER + DIGITS,
  mixed: UPPER + LOWER,
  'mixed-digits': UPPER + LOWER + DIGITS,
} as const;

export type VoucherCharset = keyof typeof VOUCHER_CHARSETS;
export const VOUCHER_CHARSET_NAMES = Object.keys(VOUCHER_CHARSETS) as VoucherCharset[];

/**
 * A batch may fill at most this share of the code space (existing codes of the same shape included).
 * At 1 % a fresh random code hits a taken one with probability ≤ 1 %, so rejection ends quickly, and
 * a guessed code is a valid unsold card with probability ≤ 1 %.
 */
export const MAX_SPACE_FILL = 0.01;

export interface CapacityVerdict {
  ok: boolean;
  /** charset size ^ length (Infinity beyond 2^53, which is always enough). */
  space: number;
  /** Codes this shape can hold within the safe margin, minus the ones already taken. */
  available: number;
  /** The shortest length that would hold existing + requested (for the refusal message). */
  suggestedLength: number;
}

/** Can `length` random characters from `charset` hold `existing + requested` codes with a safe margin? */
export function checkCapacity(charset: VoucherCharset, length: number, existing: number, requested: number): CapacityVerdict {
  const size = VOUCHER_CHARSETS[charset].length;
  const spaceFor = (len: number): number => Math.pow(size, len);
  const space = spaceFor(length);
  const limit = Math.floor(space * MAX_SPACE_FILL);
  let suggestedLength = length;
  while (Math.floor(spaceFor(suggestedLength) * MAX_SPACE_FILL) < existing + requested && suggestedLength < 64) suggestedLength += 1;
  return { ok: existing + requested <= limit, space, available: Math.max(0, limit - existing), suggestedLength };
}

/** The refusal shown in the generate dialog. */
export function capacityMessage(charset: VoucherCharset, length: number, verdict: CapacityVerdict, requested: number): string {
  return (
    `${length} characters from "${charset}" (${VOUCHER_CHARSETS[charset].length} symbols) can safely hold ` +
    `${verdict.available} more codes, not ${requested}. Use ${verdict.suggestedLength} characters or a larger character set.`
  );
}

export type RandomBytes = (count: number) => Uint8Array;

/**
 * Draws random symbols from `alphabet` by rejection sampling: a byte b is used only when
 * b < 256 - (256 mod n), so every symbol has exactly the same probability (plain `b % n` would favour
 * the first 256 mod n symbols). Bytes are fetched in large chunks: one RNG call per chunk, not per code.
 */
export class SymbolSource {
  private readonly limit: number;
  private buffer: Uint8Array = new Uint8Array(0);
  private position = 0;

  constructor(
    private readonly alphabet: string,
    private readonly random: RandomBytes,
    private readonly chunkBytes = 64 * 1024,
  ) {
    if (alphabet.length < 2 || alphabet.length > 256) throw new Error('alphabet must have 2..256 symbols');
    this.limit = 256 - (256 % alphabet.length);
  }

  /** One string of `length` uniform symbols. */
  next(length: number): string {
    let out = '';
    while (out.length < length) {
      if (this.position >= this.buffer.length) {
        this.buffer = this.random(this.chunkBytes);
        this.position = 0;
      }
      const byte = this.buffer[this.position++] as number;
      if (byte < this.limit) out += this.alphabet[byte % this.alphabet.length];
    }
    return out;
  }
}

/** Prefix rules: printable ASCII letters/digits and `-`/`_`, so a code is a valid RouterOS name. */
export const VOUCHER_PREFIX_PATTERN = /^[A-Za-z0-9_-]{0,8}$/;
