import { RouterEncodingError, RouterProtocolError } from './errors';
import { decodeLength, lengthPrefixSize, writeLength } from './length';

/** Index of the first non-ASCII character in `text`, or -1. */
export function firstNonAscii(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return i;
  }
  return -1;
}

function checkWord(word: string): void {
  if (word.length === 0) {
    // A zero-length word is the sentence terminator: sending one mid-sentence would split it.
    throw new RouterEncodingError('empty word in a sentence');
  }
  const bad = firstNonAscii(word);
  if (bad !== -1) {
    const key = word.startsWith('=') ? word.slice(1, Math.max(1, word.indexOf('=', 1))) : word.slice(0, 40);
    throw new RouterEncodingError(
      `non-ASCII character U+${word.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')} in "${key}": ` +
        'RouterOS stores raw bytes without an encoding, so only ASCII text is sent',
    );
  }
}

/**
 * Encodes one word (length prefix + bytes). Text must be ASCII; anything else is
 * rejected with `RouterEncodingError` rather than silently re-encoded.
 */
export function encodeWord(word: string): Buffer {
  checkWord(word);
  const out = Buffer.alloc(lengthPrefixSize(word.length) + word.length);
  const o = writeLength(word.length, out, 0);
  out.write(word, o, 'latin1');
  return out;
}

/** Encodes a whole sentence (its words followed by the zero-length terminator) as one buffer. */
export function encodeSentence(words: readonly string[]): Buffer {
  if (words.length === 0) throw new RouterEncodingError('a sentence needs at least one word');
  let size = 1;
  for (const word of words) {
    checkWord(word);
    size += lengthPrefixSize(word.length) + word.length;
  }
  const out = Buffer.alloc(size);
  let o = 0;
  for (const word of words) {
    o = writeLength(word.length, out, o);
    o += out.write(word, o, 'latin1');
  }
  out[o] = 0;
  return out;
}

export interface SentenceDecoderOptions {
  /** Largest accepted word, in bytes (default 16 MiB). */
  maxWordBytes?: number;
  /** Largest accepted sentence, in bytes (default 64 MiB). */
  maxSentenceBytes?: number;
}

const EMPTY: Buffer = Buffer.alloc(0);

export interface DecodeResult {
  sentences: string[][];
  error?: RouterProtocolError;
}

/**
 * Incremental decoder: feed it the byte chunks exactly as they arrive from the socket,
 * split anywhere, and it returns each sentence as soon as its terminating zero byte
 * has arrived (even when that byte comes alone in its own chunk).
 *
 * Words are decoded as latin1, which maps every byte to one UTF-16 code unit, so no
 * byte is ever lost: `Buffer.from(word, 'latin1')` gives back the router's bytes.
 * Empty sentences are skipped. A framing error is reported as `RouterProtocolError`, after
 * which the decoder stays failed (the stream cannot be resynchronised).
 */
export class SentenceDecoder {
  private readonly maxWordBytes: number;
  private readonly maxSentenceBytes: number;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes needed before parsing can make progress. */
  private need = 1;
  private words: string[] = [];
  private sentenceBytes = 0;
  private failure: RouterProtocolError | undefined;

  constructor(options: SentenceDecoderOptions = {}) {
    this.maxWordBytes = options.maxWordBytes ?? 16 * 1024 * 1024;
    this.maxSentenceBytes = options.maxSentenceBytes ?? 64 * 1024 * 1024;
  }

  /** Bytes received but not yet part of a complete word. */
  get bufferedBytes(): number {
    return this.buffered;
  }

  /** True while a sentence has started but its terminator has not arrived. */
  get inSentence(): boolean {
    return this.words.length > 0 || this.buffered > 0;
  }

  /**
   * Decodes a chunk. Returns the sentences completed by it and, if the stream turned out
   * to be invalid, the error (sentences completed before the bad bytes are still returned).
   */
  feed(chunk: Uint8Array): DecodeResult {
    if (this.failure) return { sentences: [], error: this.failure };
    const sentences: string[][] = [];
    if (chunk.length === 0) return { sentences };
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.chunks.push(piece);
    this.buffered += piece.length;
    if (this.buffered < this.need) return { sentences };

    const buf = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [];
    let pos = 0;
    try {
      for (;;) {
        const prefix = decodeLength(buf, pos);
        if (prefix === undefined) {
          this.need = pos < buf.length ? prefixSizeFromFirstByte(buf[pos] as number) : 1;
          break;
        }
        const { length, size } = prefix;
        if (length > this.maxWordBytes) {
          throw new RouterProtocolError(`word of ${length} bytes exceeds the ${this.maxWordBytes}-byte limit`);
        }
        if (this.sentenceBytes + size + length > this.maxSentenceBytes) {
          throw new RouterProtocolError(`sentence exceeds the ${this.maxSentenceBytes}-byte limit`);
        }
        if (buf.length - pos < size + length) {
          this.need = size + length;
          break;
        }
        const start = pos + size;
        pos = start + length;
        if (length === 0) {
          if (this.words.length > 0) sentences.push(this.words);
          this.words = [];
          this.sentenceBytes = 0;
        } else {
          this.words.push(buf.toString('latin1', start, pos));
          this.sentenceBytes += size + length;
        }
      }
    } catch (err) {
      this.failure =
        err instanceof RouterProtocolError ? err : new RouterProtocolError('undecodable input', { cause: err });
      this.chunks = [];
      this.buffered = 0;
      this.words = [];
      return { sentences, error: this.failure };
    }
    const rest = pos < buf.length ? buf.subarray(pos) : EMPTY;
    if (rest.length > 0) this.chunks.push(rest);
    this.buffered = rest.length;
    return { sentences };
  }

  /**
   * Like `feed`, but throws the `RouterProtocolError` (dropping any sentences the same
   * chunk completed before the bad bytes). The decoder stays failed afterwards.
   */
  push(chunk: Uint8Array): string[][] {
    const { sentences, error } = this.feed(chunk);
    if (error) throw error;
    return sentences;
  }
}

/** Size of a length prefix judged from its first byte. */
function prefixSizeFromFirstByte(b0: number): number {
  if (b0 < 0x80) return 1;
  if (b0 < 0xc0) return 2;
  if (b0 < 0xe0) return 3;
  if (b0 < 0xf0) return 4;
  return 5;
}
