import { describe, expect, it } from 'vitest';
import {
  commandWords,
  decodeLength,
  encodeLength,
  encodeSentence,
  encodeWord,
  legacyLoginResponse,
  parseReply,
  RouterEncodingError,
  RouterProtocolError,
  SentenceDecoder,
} from '../../src-main/routers/protocol';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('length prefix', () => {
  const vectors: Array<[number, string]> = [
    [0, '00'],
    [5, '05'],
    [0x7f, '7f'],
    [0x80, '8080'],
    [130, '8082'],
    [0x3fff, 'bfff'],
    [0x4000, 'c04000'],
    [2097140, 'dffff4'],
    [0x1fffff, 'dfffff'],
    [0x200000, 'e0200000'],
    [268435440, 'effffff0'],
    [0xfffffff, 'efffffff'],
    [0x10000000, 'f010000000'],
    [0xffffffff, 'f0ffffffff'],
  ];
  it.each(vectors)('encodes %i as %s', (length, expected) => {
    expect(hex(encodeLength(length))).toBe(expected);
  });
  it.each(vectors)('decodes %i from %s', (length, encoded) => {
    const bytes = Buffer.from(encoded, 'hex');
    expect(decodeLength(bytes)).toEqual({ length, size: bytes.length });
    // every strict prefix asks for more input
    for (let i = 0; i < bytes.length; i++) expect(decodeLength(bytes.subarray(0, i))).toBeUndefined();
  });
  it('decodes at an offset', () => {
    expect(decodeLength(Buffer.from('ff8082', 'hex'), 1)).toEqual({ length: 130, size: 2 });
  });
  it('rejects reserved first bytes >= 0xF8', () => {
    for (let b = 0xf8; b <= 0xff; b++) {
      expect(() => decodeLength(Buffer.from([b, 0, 0, 0, 0]))).toThrow(RouterProtocolError);
    }
  });
  it('refuses lengths it cannot encode', () => {
    expect(() => encodeLength(-1)).toThrow(RouterEncodingError);
    expect(() => encodeLength(2 ** 32)).toThrow(RouterEncodingError);
    expect(() => encodeLength(1.5)).toThrow(RouterEncodingError);
  });
});

describe('words and sentences', () => {
  it('encodes a word as prefix + ASCII bytes', () => {
    expect(hex(encodeWord('/login'))).toBe('062f6c6f67696e');
    const long = 'x'.repeat(130);
    expect(hex(encodeWord(long).subarray(0, 2))).toBe('8082');
  });
  it('rejects non-ASCII text instead of mangling it (defect 7)', () => {
    expect(() => encodeWord('=comment=café')).toThrow(RouterEncodingError);
    expect(() => encodeSentence(['/ip/hotspot/user/add', '=password=pä55'])).toThrow(/non-ASCII.*password/);
    expect(() => encodeSentence(['/x', '=name=€'])).toThrow(RouterEncodingError);
  });
  it('rejects empty words and empty sentences', () => {
    expect(() => encodeSentence(['/x', ''])).toThrow(RouterEncodingError);
    expect(() => encodeSentence([])).toThrow(RouterEncodingError);
  });

  const sentences: string[][] = [
    ['/login', '=name=admin', '=password='],
    ['!re', '=name=00123', '=password=0123', '=comment=true', '=limit-uptime=1d', '.tag=7'],
    ['!done', '=ret=*1A'],
    ['/ip/hotspot/user/print', '?name=a=b', '?#|', '=.proplist=.id,name'],
    ['!re', `=source=${'s'.repeat(200)}`, `=big=${'b'.repeat(20_000)}`],
  ];
  it('round-trips sentences through the decoder', () => {
    const decoder = new SentenceDecoder();
    const stream = Buffer.concat(sentences.map((s) => encodeSentence(s)));
    expect(decoder.push(stream)).toEqual(sentences);
    expect(decoder.bufferedBytes).toBe(0);
  });
  it('decodes the same at every split offset, including a lone final zero byte (defect 4)', () => {
    const stream = Buffer.concat(sentences.slice(0, 4).map((s) => encodeSentence(s)));
    for (let cut = 0; cut <= stream.length; cut++) {
      const decoder = new SentenceDecoder();
      const out = [...decoder.push(stream.subarray(0, cut)), ...decoder.push(stream.subarray(cut))];
      expect(out).toEqual(sentences.slice(0, 4));
    }
    // three-way splits around the end of the first sentence
    const first = encodeSentence(sentences[0] as string[]).length;
    for (let a = first - 3; a <= first; a++) {
      for (let b = a; b <= first + 3; b++) {
        const decoder = new SentenceDecoder();
        const out = [
          ...decoder.push(stream.subarray(0, a)),
          ...decoder.push(stream.subarray(a, b)),
          ...decoder.push(stream.subarray(b)),
        ];
        expect(out).toEqual(sentences.slice(0, 4));
      }
    }
  });
  it('delivers a sentence the moment its terminator arrives alone', () => {
    const bytes = encodeSentence(['!done', '.tag=1']);
    const decoder = new SentenceDecoder();
    expect(decoder.push(bytes.subarray(0, bytes.length - 1))).toEqual([]);
    expect(decoder.inSentence).toBe(true);
    expect(decoder.push(bytes.subarray(bytes.length - 1))).toEqual([['!done', '.tag=1']]);
    expect(decoder.inSentence).toBe(false);
  });
  it('decodes byte by byte', () => {
    const stream = Buffer.concat(sentences.map((s) => encodeSentence(s)));
    const decoder = new SentenceDecoder();
    const out: string[][] = [];
    for (const byte of stream) out.push(...decoder.push(Uint8Array.of(byte)));
    expect(out).toEqual(sentences);
  });
  it('skips empty sentences', () => {
    const decoder = new SentenceDecoder();
    expect(decoder.push(Buffer.from([0, 0, 5, 0x21, 0x64, 0x6f, 0x6e, 0x65, 0, 0]))).toEqual([['!done']]);
  });
  it('keeps every byte of non-ASCII replies (latin1 decoding)', () => {
    const raw = Buffer.from([0x08, 0x3d, 0x6e, 0x3d, 0xe9, 0x80, 0xff, 0xc3, 0xa9]); // "=n=" + 5 raw bytes
    const decoder = new SentenceDecoder();
    const [sentence] = decoder.push(Buffer.concat([Buffer.from([3, 0x21, 0x72, 0x65]), raw, Buffer.from([0])]));
    const word = (sentence as string[])[1] as string;
    expect(Buffer.from(word, 'latin1').equals(raw.subarray(1))).toBe(true);
    // a UTF-8 router name can be recovered by the caller
    expect(Buffer.from(word.slice(3 + 3), 'latin1').toString('utf8')).toBe('é');
  });
  it('fails with RouterProtocolError on a reserved byte and stays failed', () => {
    const decoder = new SentenceDecoder();
    expect(() => decoder.push(Buffer.from([0x05, 0x21, 0x64, 0x6f, 0x6e, 0x65, 0xf8]))).toThrow(RouterProtocolError);
    expect(() => decoder.push(Buffer.from([0]))).toThrow(RouterProtocolError);
  });
  it('feed() returns the sentences completed before the bad bytes, with the error', () => {
    const decoder = new SentenceDecoder();
    const result = decoder.feed(Buffer.concat([encodeSentence(['!done', '.tag=1']), Buffer.from([0xfa, 1, 2])]));
    expect(result.sentences).toEqual([['!done', '.tag=1']]);
    expect(result.error).toBeInstanceOf(RouterProtocolError);
    expect(decoder.feed(encodeSentence(['!done'])).error).toBe(result.error);
  });
  it('enforces word and sentence size limits', () => {
    const decoder = new SentenceDecoder({ maxWordBytes: 100 });
    expect(() => decoder.push(encodeLength(101))).toThrow(/limit/);
    const d2 = new SentenceDecoder({ maxSentenceBytes: 50 });
    expect(() => d2.push(encodeSentence(['!re', `=a=${'x'.repeat(30)}`, `=b=${'y'.repeat(30)}`]))).toThrow(/limit/);
    // a huge announced word does not make the decoder hang or allocate: it waits for bytes
    const d3 = new SentenceDecoder();
    expect(d3.push(Buffer.from('e0ffffff', 'hex'))).toEqual([]);
  });
});

describe('reply parsing', () => {
  it('parses every reply type', () => {
    expect(parseReply(['!re', '=.id=*1', '=name=00123', '.tag=3'])).toEqual({
      type: 're',
      tag: '3',
      attributes: { '.id': '*1', name: '00123' },
    });
    expect(parseReply(['!done', '=ret=*1A'])).toEqual({ type: 'done', attributes: { ret: '*1A' } });
    expect(parseReply(['!empty', '.tag=9'])).toEqual({ type: 'empty', tag: '9', attributes: {} });
    expect(parseReply(['!trap', '=category=2', '=message=interrupted', '.tag=1']).attributes).toEqual({
      category: '2',
      message: 'interrupted',
    });
    expect(parseReply(['!fatal', 'session terminated on request'])).toEqual({
      type: 'fatal',
      attributes: {},
      reason: 'session terminated on request',
    });
  });
  it('accepts .tag anywhere in the sentence', () => {
    expect(parseReply(['!re', '.tag=5', '=a=1']).tag).toBe('5');
    expect(parseReply(['!re', '=a=1', '.tag=5', '=b=2']).tag).toBe('5');
    expect(parseReply(['!re', '=a=1', '=b=2', '.tag=5'])).toEqual({ type: 're', tag: '5', attributes: { a: '1', b: '2' } });
  });
  it('keeps values verbatim: "=" inside values, empty values, no coercion (defect 6)', () => {
    const r = parseReply(['!re', '=comment=a=b=c', '=password=', '=flag', '=disabled=true', '=code=0012', '=n=1e3']);
    expect(r.attributes).toEqual({ comment: 'a=b=c', password: '', flag: '', disabled: 'true', code: '0012', n: '1e3' });
    for (const v of Object.values(r.attributes)) expect(typeof v).toBe('string');
  });
  it('treats __proto__ as a plain key', () => {
    const r = parseReply(['!re', '=__proto__=x', '=constructor=y']);
    expect(Object.getPrototypeOf(r.attributes)).toBe(Object.prototype);
    expect(Object.keys(r.attributes)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('rejects unknown reply words with RouterProtocolError', () => {
    expect(() => parseReply(['!weird'])).toThrow(RouterProtocolError);
    expect(() => parseReply([])).toThrow(RouterProtocolError);
  });
});

describe('command words', () => {
  it('builds attributes, proplist and queries in order', () => {
    expect(
      commandWords({
        command: '/ip/hotspot/user/print',
        attributes: { detail: '', skip: undefined },
        proplist: ['.id', 'name'],
        queries: ['?profile=1h', '?disabled=false', '?#&'],
      }),
    ).toEqual(['/ip/hotspot/user/print', '=detail=', '=.proplist=.id,name', '?profile=1h', '?disabled=false', '?#&']);
  });
  it('rejects malformed commands', () => {
    expect(() => commandWords({ command: 'ip/x' })).toThrow(RouterEncodingError);
    expect(() => commandWords({ command: '/x', attributes: { 'a=b': '1' } })).toThrow(RouterEncodingError);
    expect(() => commandWords({ command: '/x', queries: ['name=x'] })).toThrow(RouterEncodingError);
    expect(() => commandWords({ command: '/x', proplist: ['a,b'] })).toThrow(RouterEncodingError);
  });
});

describe('legacy login', () => {
  it('matches the published vector', () => {
    expect(legacyLoginResponse('passTest', 'abc123')).toBe('0021277bff9ac7caf06aa608e46616d47f');
  });
  it('rejects a challenge that is not hex', () => {
    expect(() => legacyLoginResponse('x', 'zz')).toThrow(RouterProtocolError);
    expect(() => legacyLoginResponse('x', 'abc')).toThrow(RouterProtocolError);
  });
});
