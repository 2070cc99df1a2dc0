import { describe, expect, it } from 'vitest';
import { ReservedLengthByteError, SentenceDecoder, WordTooLongError, decodeLength, encodeLength, encodeSentence } from './codec';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('length encoding (guide table)', () => {
  const vectors: Array<[number, string]> = [
    [5, '05'],
    [130, '8082'],
    [2097140, 'dffff4'],
    [268435440, 'effffff0'],
    [0x10000000, 'f010000000'],
  ];
  for (const [len, bytes] of vectors) {
    it(`${len} <-> ${bytes}`, () => {
      expect(hex(encodeLength(len))).toBe(bytes);
      expect(decodeLength(Buffer.from(bytes, 'hex'))).toEqual({ length: len, size: bytes.length / 2 });
    });
  }

  it('round-trips every boundary of the five forms', () => {
    const cases: Array<[number, number]> = [
      [0, 1],
      [0x7f, 1],
      [0x80, 2],
      [0x3fff, 2],
      [0x4000, 3],
      [0x1fffff, 3],
      [0x200000, 4],
      [0xfffffff, 4],
      [0x10000000, 5],
      [0xffffffff, 5],
    ];
    for (const [len, size] of cases) {
      const enc = encodeLength(len);
      expect(enc.length).toBe(size);
      expect(decodeLength(enc)).toEqual({ length: len, size });
    }
  });

  it('asks for more input while a prefix is incomplete', () => {
    expect(decodeLength(Buffer.from([]))).toBeNull();
    expect(decodeLength(Buffer.from([0x80]))).toBeNull();
    expect(decodeLength(Buffer.from([0xdf, 0xff]))).toBeNull();
    expect(decodeLength(Buffer.from([0xef, 0xff, 0xff]))).toBeNull();
    expect(decodeLength(Buffer.from([0xf0, 0x10, 0, 0]))).toBeNull();
  });

  it('rejects reserved first bytes (>= 0xF8) and the meaningless 0xF1-0xF7', () => {
    for (const b of [0xf8, 0xf9, 0xfe, 0xff, 0xf1, 0xf7]) {
      expect(() => decodeLength(Buffer.from([b, 0, 0, 0, 0]))).toThrow(ReservedLengthByteError);
    }
  });
});

describe('SentenceDecoder', () => {
  it('releases a sentence only when its terminator arrives, fed byte by byte', () => {
    const bytes = encodeSentence(['/login', '=name=admin', '=password=x']);
    const d = new SentenceDecoder();
    for (let i = 0; i < bytes.length - 1; i++) expect(d.push(bytes.subarray(i, i + 1))).toEqual([]);
    expect(d.push(bytes.subarray(bytes.length - 1))).toEqual([['/login', '=name=admin', '=password=x']]);
  });

  it('ignores empty sentences and splits several sentences in one chunk', () => {
    const d = new SentenceDecoder();
    const chunk = Buffer.concat([Buffer.from([0, 0]), encodeSentence(['/a']), Buffer.from([0]), encodeSentence(['/b', '=x=1'])]);
    expect(d.push(chunk)).toEqual([['/a'], ['/b', '=x=1']]);
  });

  it('decodes words that need 2- and 3-byte prefixes, and counts UTF-8 bytes', () => {
    const long = 'x'.repeat(20_000);
    const utf = 'é'.repeat(100); // 200 bytes -> 2-byte prefix
    const d = new SentenceDecoder();
    expect(d.push(encodeSentence(['!re', `=comment=${long}`, `=name=${utf}`]))).toEqual([['!re', `=comment=${long}`, `=name=${utf}`]]);
  });

  it('refuses a word longer than its limit', () => {
    const d = new SentenceDecoder(10);
    expect(() => d.push(encodeSentence(['x'.repeat(11)]))).toThrow(WordTooLongError);
  });
});
