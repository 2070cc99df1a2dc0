import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExponent, formatMoney, MoneyParseError, parseMoney } from '../../src-shared/domain/money';

describe('money in integer minor units', () => {
  it('parses amounts without floats', () => {
    expect(parseMoney('12,500.50', 2)).toBe(1_250_050);
    expect(parseMoney('0.1', 2) + parseMoney('0.2', 2)).toBe(30);
    expect(parseMoney('12.500,5', 2, ',')).toBe(1_250_050);
    expect(parseMoney('5000', 0)).toBe(5000);
    expect(parseMoney('-3.25', 2)).toBe(-325);
    expect(parseMoney('.5', 2)).toBe(50);
  });

  it('refuses text that is not an amount or has too many decimals', () => {
    for (const bad of ['', 'abc', '1.2.3', '1.234', '1e5', '--1', '99999999999999999999']) {
      expect(() => parseMoney(bad, 2), bad).toThrow(MoneyParseError);
    }
  });

  it('formats in the locale with the currency exponent', () => {
    expect(formatMoney(1_250_050, { code: 'USD', exponent: 2 }, 'en-US')).toBe('$12,500.50');
    expect(formatMoney(5000, { code: 'IDR', exponent: 0 }, 'id-ID')).toMatch(/^Rp\s?5\.000$/);
    expect(formatMoney(-5, { code: 'USD', exponent: 2 }, 'en-US')).toBe('-$0.05');
    expect(() => formatMoney(0.5, { code: 'USD', exponent: 2 }, 'en-US')).toThrow(MoneyParseError);
  });

  it('round-trips every safe amount through format-free text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (minor, exponent) => {
        const sign = minor < 0 ? '-' : '';
        const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
        const text = exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
        expect(parseMoney(text, exponent)).toBe(minor);
      }),
    );
  });

  it('knows default exponents', () => {
    expect(defaultExponent('USD')).toBe(2);
    expect(defaultExponent('JPY')).toBe(0);
    expect(defaultExponent('KWD')).toBe(3);
  });
});
