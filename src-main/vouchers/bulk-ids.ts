import type { RandomBytes } from '../../src-shared/domain/voucher-codes';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * UUIDv7 ids for a whole batch, ~10x cheaper than one `uuid.v7()` call per row (which dominated the
 * 100k insert): one timestamp, random bytes taken from one big buffer, and a counter in the high
 * random bits so ids of a batch ascend (the primary-key index then grows at its end). Layout per RFC
 * 9562: 48-bit ms time, version 7, 12 + 62 bits of which the first 26 are a counter from a random
 * start and the remaining 48 are fresh random bits per id.
 */
export function bulkUuidV7(now: number, count: number, random: RandomBytes): string[] {
  const bytes = random(count * 6 + 4);
  const time = now.toString(16).padStart(12, '0').slice(-12);
  const head = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
  // Random start so two batches in the same millisecond do not share counters.
  let counter = ((bytes[0] as number) << 16) | ((bytes[1] as number) << 8) | (bytes[2] as number);
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i += 1, counter += 1) {
    const c = counter & 0x3ffffff; // 26 bits: 12 in rand_a, 14 after the variant bits
    const randA = (c >>> 14) & 0xfff;
    const variant = 0x8000 | (c & 0x3fff);
    const at = 4 + i * 6;
    ids[i] =
      `${head}${randA.toString(16).padStart(3, '0')}-${variant.toString(16)}-` +
      `${HEX[bytes[at] as number]}${HEX[bytes[at + 1] as number]}${HEX[bytes[at + 2] as number]}` +
      `${HEX[bytes[at + 3] as number]}${HEX[bytes[at + 4] as number]}${HEX[bytes[at + 5] as number]}`;
  }
  return ids;
}
