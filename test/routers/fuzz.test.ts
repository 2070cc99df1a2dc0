import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeSentence,
  parseReply,
  RouterProtocolError,
  SentenceDecoder,
} from '../../src-main/routers/protocol';

/** Feeds `chunks` to a fresh decoder; returns the sentences or the typed error. Any other throw fails the test. */
function feed(chunks: Uint8Array[], options?: { maxWordBytes?: number }): { sentences: string[][]; error?: RouterProtocolError } {
  const decoder = new SentenceDecoder({ maxWordBytes: 1 << 20, maxSentenceBytes: 1 << 22, ...options });
  const sentences: string[][] = [];
  for (const chunk of chunks) {
    // feed() must never throw; push() must only ever throw RouterProtocolError
    const result = decoder.feed(chunk);
    sentences.push(...result.sentences);
    if (result.error) {
      expect(result.error).toBeInstanceOf(RouterProtocolError);
      expect(() => decoder.push(Uint8Array.of(0))).toThrow(RouterProtocolError);
      return { sentences, error: result.error };
    }
  }
  return { sentences };
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  out.push(bytes.subarray(prev));
  return out;
}

// ASCII words (never empty), the only text the encoder accepts
const word = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 300 });
const sentence = fc.array(word, { minLength: 1, maxLength: 8 });

describe('decoder fuzzing', () => {
  it('random byte streams: typed error or waiting, never an untyped throw', () => {
    const started = Date.now();
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (bytes, cuts) => {
          const { sentences } = feed(splitAt(bytes, cuts));
          for (const s of sentences) {
            expect(s.length).toBeGreaterThan(0);
            try {
              parseReply(s);
            } catch (err) {
              expect(err).toBeInstanceOf(RouterProtocolError);
            }
          }
        },
      ),
      { numRuns: 3000, seed: 0x5eed },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('valid streams split anywhere decode to exactly the encoded sentences', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 10 }), (sentences, cuts) => {
        const stream = Buffer.concat(sentences.map((s) => encodeSentence(s)));
        const { sentences: out, error } = feed(splitAt(stream, cuts));
        expect(error).toBeUndefined();
        expect(out).toEqual(sentences);
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it('truncated valid streams yield a prefix of the sentences and wait for the rest', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.nat(), (sentences, cut) => {
        const stream = Buffer.concat(sentences.map((s) => encodeSentence(s)));
        const at = cut % stream.length; // strictly shorter than the full stream
        const { sentences: out, error } = feed([stream.subarray(0, at)]);
        expect(error).toBeUndefined();
        expect(out.length).toBeLessThan(sentences.length);
        expect(out).toEqual(sentences.slice(0, out.length));
      }),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('valid streams with random corruption: typed error or sentences, bounded time', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (sentences, flips, cuts) => {
          const stream = Buffer.from(Buffer.concat(sentences.map((s) => encodeSentence(s))));
          for (const [pos, value] of flips) stream[pos % stream.length] = value;
          feed(splitAt(stream, cuts), { maxWordBytes: 4096 });
        },
      ),
      { numRuns: 1500, seed: 99 },
    );
  });

  it('reserved bytes (>= 0xF8) anywhere a length is expected fail with RouterProtocolError', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 3 }), fc.integer({ min: 0xf8, max: 0xff }), (sentences, bad) => {
        const stream = Buffer.concat([...sentences.map((s) => encodeSentence(s)), Buffer.from([bad])]);
        const { sentences: out, error } = feed([stream]);
        expect(out).toEqual(sentences);
        expect(error).toBeInstanceOf(RouterProtocolError);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});
