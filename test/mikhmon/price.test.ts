import { describe, expect, it } from 'vitest';
import { parseMikhmonPrice } from '../../src-main/routers/mikhmon';

describe('parseMikhmonPrice', () => {
  it.each([
    // [text, exponent, minor units]
    ['5000', 0, 5000],
    ['5000', 2, 500000],
    ['0', 0, 0],
    ['05000', 0, 5000],
    ['5.000', 0, 5000],
    ['5,000', 0, 5000],
    ['5.000', 2, 500000],
    ['5,000', 2, 500000],
    ['1.000.000', 0, 1000000],
    ['1,000,000', 3, 1000000000],
    ['12.50', 2, 1250],
    ['12,5', 2, 1250],
    ['1,000.50', 2, 100050],
    ['1.000,50', 2, 100050],
    [' 7500 ', 0, 7500],
    // a currency with 2 decimals cannot mean 3 decimals: grouping is the only reading
    ['12.505', 2, 1250500],
  ])('%j (exponent %i) -> %i', (text, exponent, minor) => {
    expect(parseMikhmonPrice(text, exponent)).toEqual({ ok: true, value: minor });
  });

  it.each([
    ['5.000', 3, /ambiguous/],
    ['5,000', 3, /ambiguous/],
    ['12.50', 0, /decimals/],
    ['', 0, /empty/],
    ['-5000', 0, /not a price/],
    ['5.000,000.00', 2, /not a price/],
    ['Rp 5000', 0, /not a price/],
    ['5e3', 0, /not a price/],
    ['1.00.000', 0, /not a price/],
    ['99999999999999999999', 0, /price/],
  ])('%j (exponent %i) is a problem', (text, exponent, reason) => {
    const result = parseMikhmonPrice(text, exponent);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
