// RouterOS API wire codec, written independently of src-main so the simulator can catch client bugs
// instead of sharing them. Words are length-prefixed (1-5 bytes, big-endian); a zero-length word ends
// a sentence. Text is UTF-8 (RouterOS itself stores raw bytes; lengths always count bytes, not characters).

export class ReservedLengthByteError extends Error {
  constructor(readonly byte: number) {
    super(`reserved length byte 0x${byte.toString(16).padStart(2, '0')}`);
    this.name = 'ReservedLengthByteError';
  }
}

export class WordTooLongError extends Error {
  constructor(readonly length: number, readonly limit: number) {
    super(`word of ${length} bytes exceeds the limit of ${limit}`);
    this.name = 'WordTooLongError';
  }
}

/** Largest length the 5-byte form can carry. */
export const MAX_WORD_LENGTH = 0xffffffff;

export function encodeLength(length: number): Buffer {
  if (!Number.isInteger(length) || length < 0 || length > MAX_WORD_LENGTH) {
    throw new RangeError(`invalid word length ${length}`);
  }
  if (length < 0x80) return Buffer.from([length]);
  if (length < 0x4000) {
    const v = length | 0x8000;
    return Buffer.from([(v >>> 8) & 0xff, v & 0xff]);
  }
  if (length < 0x200000) {
    const v = length | 0xc00000;
    return Buffer.from([(v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
  }
  if (length < 0x10000000) {
    // `>>> 0` keeps the OR in unsigned 32-bit range (0xE0000000 is negative as a signed int).
    const v = (length | 0xe0000000) >>> 0;
    return Buffer.from([(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
  }
  const out = Buffer.alloc(5);
  out[0] = 0xf0;
  out.writeUInt32BE(length, 1);
  return out;
}

export interface DecodedLength {
  length: number;
  /** bytes the prefix itself occupies */
  size: number;
}

/**
 * Decodes the length prefix at `offset`. Returns null when the prefix is not complete yet (partial
 * input must be buffered, never treated as an error). Throws on a reserved first byte.
 */
export function decodeLength(buf: Uint8Array, offset = 0): DecodedLength | null {
  const b0 = buf[offset];
  if (b0 === undefined) return null;
  const need = (n: number): boolean => buf.length - offset >= n;
  const at = (i: number): number => buf[offset + i] ?? 0;
  if ((b0 & 0x80) === 0) return { length: b0, size: 1 };
  if ((b0 & 0xc0) === 0x80) {
    if (!need(2)) return null;
    return { length: ((b0 & 0x3f) << 8) | at(1), size: 2 };
  }
  if ((b0 & 0xe0) === 0xc0) {
    if (!need(3)) return null;
    return { length: ((b0 & 0x1f) << 16) | (at(1) << 8) | at(2), size: 3 };
  }
  if ((b0 & 0xf0) === 0xe0) {
    if (!need(4)) return null;
    return { length: (b0 & 0x0f) * 0x1000000 + ((at(1) << 16) | (at(2) << 8) | at(3)), size: 4 };
  }
  // 0xF0 is the 5-byte form; 0xF1-0xF7 have no meaning and 0xF8+ are reserved control bytes.
  if (b0 === 0xf0) {
    if (!need(5)) return null;
    return { length: at(1) * 0x1000000 + ((at(2) << 16) | (at(3) << 8) | at(4)), size: 5 };
  }
  throw new ReservedLengthByteError(b0);
}

export function encodeWord(word: string): Buffer {
  const body = Buffer.from(word, 'utf8');
  return Buffer.concat([encodeLength(body.length), body]);
}

export function encodeSentence(words: readonly string[]): Buffer {
  const parts: Buffer[] = [];
  for (const w of words) parts.push(encodeWord(w));
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/**
 * Incremental decoder: feed it whatever the socket delivers (one byte or many sentences) and take
 * complete sentences out. A sentence is released only once its terminating zero-length word has
 * arrived. Empty sentences (a lone terminator) are dropped, as the protocol says to ignore them.
 * Sentences are parsed lazily by `next()`, so the word-size limit can change between sentences
 * (RouterOS accepts much less from a peer that has not logged in yet).
 */
export class SentenceDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private words: string[] = [];

  constructor(public maxWordBytes: number = MAX_WORD_LENGTH) {}

  /** bytes received but not yet consumed into complete words */
  get bufferedBytes(): number {
    return this.pending.length;
  }

  feed(chunk: Uint8Array): void {
    this.pending = this.pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.pending, chunk]);
  }

  /** the next complete sentence, or null when more input is needed; throws on malformed input */
  next(): string[] | null {
    let pos = 0;
    try {
      for (;;) {
        const len = decodeLength(this.pending, pos);
        if (len === null) return null;
        if (len.length > this.maxWordBytes) throw new WordTooLongError(len.length, this.maxWordBytes);
        if (len.length === 0) {
          pos += len.size;
          if (this.words.length === 0) continue;
          const sentence = this.words;
          this.words = [];
          return sentence;
        }
        const end = pos + len.size + len.length;
        if (end > this.pending.length) return null;
        this.words.push(this.pending.toString('utf8', pos + len.size, end));
        pos = end;
      }
    } finally {
      if (pos > 0) this.pending = this.pending.subarray(pos);
    }
  }

  /** feed + take every complete sentence */
  push(chunk: Uint8Array): string[][] {
    this.feed(chunk);
    const out: string[][] = [];
    for (let s = this.next(); s !== null; s = this.next()) out.push(s);
    return out;
  }
}
