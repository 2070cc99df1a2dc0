import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCapacity, SymbolSource, VOUCHER_CHARSETS, VOUCHER_CHARSET_NAMES, type RandomBytes } from '../../src-shared/domain/voucher-codes';

/** Deterministic bytes (SHA-256 in counter mode): the same "random" stream on every run. */
function seeded(seed: string): RandomBytes {
  let counter = 0;
  return (count) => {
    const out = Buffer.alloc(count);
    for (let at = 0; at < count; at += 32) createHash('sha256').update(`${seed}:${counter++}`).digest().copy(out, at);
    return out;
  };
}

describe('voucher charsets', () => {
  it('are MikHmon’s sets without ambiguous characters', () => {
    expect(VOUCHER_CHARSETS.digits).toBe('23456789');
    expect(VOUCHER_CHARSETS.upper).toBe('ABCDEFGHJKLMNPRSTUVWXYZ');
    expect(VOUCHER_CHARSETS.lower).toBe('abcdefghijkmnprstuvwxyz');
    for (const name of VOUCHER_CHARSET_NAMES) {
      const set = VOUCHER_CHARSETS[name];
      expect(set, name).not.toMatch(/[01IOQloq]/);
      expect(new Set(set).size, name).toBe(set.length);
    }
  });
});

describe('SymbolSource (rejection sampling)', () => {
  it('rejects the bytes that would bias the modulo', () => {
    // 23 symbols: 256 mod 23 = 3, so bytes 253, 254 and 255 are skipped; 0 -> 'A', 23 -> 'A', 24 -> 'B'.
    const bytes = [255, 254, 253, 0, 23, 24, 252];
    const source = new SymbolSource(VOUCHER_CHARSETS.upper, (n) => Uint8Array.from({ length: n }, (_, i) => bytes[i % bytes.length]!), bytes.length);
    expect(source.next(4)).toBe('AABZ'); // 252 = 10*23 + 22 -> 'Z'
  });

  it.each(VOUCHER_CHARSET_NAMES)('draws every symbol of %s equally often (chi-square, fixed seed)', (name) => {
    const alphabet = VOUCHER_CHARSETS[name];
    const perSymbol = 4000;
    const source = new SymbolSource(alphabet, seeded(`uniform-${name}`));
    const counts = new Map<string, number>();
    const text = source.next(alphabet.length * perSymbol);
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(alphabet.length);
    let chi2 = 0;
    for (const char of alphabet) chi2 += ((counts.get(char) ?? 0) - perSymbol) ** 2 / perSymbol;
    // df = n - 1; mean df, sd sqrt(2 df). 6 sd above the mean would fail a biased source (plain
    // modulo over 55 symbols puts 2/3 more weight on the first symbol: chi2 in the thousands).
    const df = alphabet.length - 1;
    expect(chi2).toBeLessThan(df + 6 * Math.sqrt(2 * df));
  });

  it('asks the RNG for big chunks, not one call per code', () => {
    let calls = 0;
    const random = seeded('chunks');
    const source = new SymbolSource(VOUCHER_CHARSETS['upper-digits'], (n) => {
      calls += 1;
      return random(n);
    });
    for (let i = 0; i < 10_000; i += 1) source.next(10);
    expect(calls).toBeLessThanOrEqual(2);
  });
});

describe('checkCapacity', () => {
  it('allows at most 1 % of the code space, counting codes already taken', () => {
    expect(checkCapacity('digits', 4, 0, 40)).toMatchObject({ ok: true, space: 4096, available: 40 });
    expect(checkCapacity('digits', 4, 0, 41)).toMatchObject({ ok: false, suggestedLength: 5 });
    expect(checkCapacity('digits', 4, 30, 11)).toMatchObject({ ok: false, available: 10 });
    expect(checkCapacity('upper-digits', 8, 5_000_000, 100_000).ok).toBe(true);
    expect(checkCapacity('digits', 6, 0, 100_000)).toMatchObject({ ok: false, suggestedLength: 8 });
  });
});

describe('bulkUuidV7', () => {
  it('makes valid, distinct, ascending UUIDv7 ids', async () => {
    const { bulkUuidV7 } = await import('../../src-main/vouchers/bulk-ids');
    const { isUuidV7 } = await import('../../src-shared/domain/ids');
    const ids = bulkUuidV7(Date.UTC(2026, 0, 15), 50_000, seeded('ids'));
    expect(ids.every(isUuidV7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids.slice().sort());
    expect(ids[0]!.startsWith('019bbef3-b000-7')).toBe(true);
  });
});
