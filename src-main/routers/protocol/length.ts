import { RouterProtocolError, RouterEncodingError } from './errors';

/** Largest length the 5-byte form can carry (4 bytes after the 0xF0 marker). */
export const MAX_ENCODABLE_LENGTH = 0xffffffff;

/** Number of bytes `encodeLength(length)` produces. */
export function lengthPrefixSize(length: number): number {
  if (length < 0x80) return 1;
  if (length < 0x4000) return 2;
  if (length < 0x200000) return 3;
  if (length < 0x10000000) return 4;
  return 5;
}

/**
 * Writes the RouterOS length prefix of `length` into `target` at `offset`
 * and returns the offset just past it.
 */
export function writeLength(length: number, target: Uint8Array, offset: number): number {
  if (!Number.isInteger(length) || length < 0 || length > MAX_ENCODABLE_LENGTH) {
    throw new RouterEncodingError(`word length ${length} cannot be encoded`);
  }
  let o = offset;
  if (length < 0x80) {
    target[o++] = length;
  } else if (length < 0x4000) {
    target[o++] = (length >>> 8) | 0x80;
    target[o++] = length & 0xff;
  } else if (length < 0x200000) {
    target[o++] = (length >>> 16) | 0xc0;
    target[o++] = (length >>> 8) & 0xff;
    target[o++] = length & 0xff;
  } else if (length < 0x10000000) {
    target[o++] = (length >>> 24) | 0xe0;
    target[o++] = (length >>> 16) & 0xff;
    target[o++] = (length >>> 8) & 0xff;
    target[o++] = length & 0xff;
  } else {
    target[o++] = 0xf0;
    target[o++] = (length >>> 24) & 0xff;
    target[o++] = (length >>> 16) & 0xff;
    target[o++] = (length >>> 8) & 0xff;
    target[o++] = length & 0xff;
  }
  return o;
}

/** Encodes a word length as its RouterOS prefix (1 to 5 bytes, big-endian). */
export function encodeLength(length: number): Buffer {
  const out = Buffer.alloc(lengthPrefixSize(length));
  writeLength(length, out, 0);
  return out;
}

export interface DecodedLength {
  /** The decoded word length. */
  length: number;
  /** Bytes the prefix occupied. */
  size: number;
}

/**
 * Decodes a length prefix at `offset`.
 * Returns `undefined` when more bytes are needed; throws `RouterProtocolError`
 * on a reserved first byte (>= 0xF8). First bytes 0xF0-0xF7 are read as the
 * 5-byte form (the low three bits are ignored, as other clients do).
 * Non-minimal encodings are accepted.
 */
export function decodeLength(buf: Uint8Array, offset = 0): DecodedLength | undefined {
  if (offset >= buf.length) return undefined;
  const b0 = buf[offset] as number;
  const avail = buf.length - offset;
  if (b0 < 0x80) return { length: b0, size: 1 };
  if (b0 < 0xc0) {
    if (avail < 2) return undefined;
    return { length: ((b0 & 0x3f) << 8) | (buf[offset + 1] as number), size: 2 };
  }
  if (b0 < 0xe0) {
    if (avail < 3) return undefined;
    return {
      length: ((b0 & 0x1f) << 16) | ((buf[offset + 1] as number) << 8) | (buf[offset + 2] as number),
      size: 3,
    };
  }
  if (b0 < 0xf0) {
    if (avail < 4) return undefined;
    return {
      length:
        (b0 & 0x0f) * 0x1000000 +
        (((buf[offset + 1] as number) << 16) | ((buf[offset + 2] as number) << 8) | (buf[offset + 3] as number)),
      size: 4,
    };
  }
  if (b0 < 0xf8) {
    if (avail < 5) return undefined;
    return {
      length:
        (buf[offset + 1] as number) * 0x1000000 +
        (((buf[offset + 2] as number) << 16) | ((buf[offset + 3] as number) << 8) | (buf[offset + 4] as number)),
      size: 5,
    };
  }
  throw new RouterProtocolError(`reserved control byte 0x${b0.toString(16)} where a word length was expected`);
}
