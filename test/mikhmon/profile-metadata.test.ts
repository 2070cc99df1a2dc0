import { describe, expect, it } from 'vitest';
import { parseProfileMetadata } from '../../src-main/routers/mikhmon';
import { onLogin } from './fixtures';

const DAY = 86_400_000;

describe('parseProfileMetadata (on-login :put record)', () => {
  it('reads mode, price, validity, selling price and MAC lock', () => {
    expect(parseProfileMetadata(onLogin(',rem,5000,1d,6000,,Disable,'), 0)).toEqual({
      ok: true,
      value: { mode: 'rem', priceMinor: 5000, sellingPriceMinor: 6000, validityMs: DAY, validityText: '1d', macLock: false },
    });
    expect(parseProfileMetadata(onLogin(',ntfc,2.50,30d,3,,Enable,'), 2)).toEqual({
      ok: true,
      value: { mode: 'ntfc', priceMinor: 250, sellingPriceMinor: 300, validityMs: 30 * DAY, validityText: '30d', macLock: true },
    });
  });

  it.each(['rem', 'ntf', 'remc', 'ntfc'] as const)('mode %s', (mode) => {
    const result = parseProfileMetadata(onLogin(`,${mode},1000,2h,0,,Disable,`), 0);
    expect(result).toMatchObject({ ok: true, value: { mode, validityMs: 7_200_000, sellingPriceMinor: 0 } });
  });

  it('reads the no-expiry form (`noexp`, mode 0) with and without lock', () => {
    expect(parseProfileMetadata(':put (",,100000,,,noexp,Disable,")', 0)).toEqual({
      ok: true,
      value: { mode: '0', priceMinor: 100000, sellingPriceMinor: null, validityMs: null, validityText: '', macLock: false },
    });
    const locked = ':put (",,5000,,,noexp,Enable,"); [:local mac $"mac-address"; /ip hotspot user set mac-address=$mac [find where name=$user]]';
    expect(parseProfileMetadata(locked, 0)).toMatchObject({ ok: true, value: { mode: '0', macLock: true } });
    expect(parseProfileMetadata(onLogin(',0,5000,,0,,Disable,'), 0)).toMatchObject({ ok: true, value: { mode: '0', validityMs: null } });
  });

  it('treats an empty lock field as Disable, as MikHmon does', () => {
    expect(parseProfileMetadata(onLogin(',rem,5000,1d,6000,,,'), 0)).toMatchObject({ ok: true, value: { macLock: false } });
  });

  it('returns null for plain profiles (no MikHmon record)', () => {
    expect(parseProfileMetadata(undefined, 0)).toBeNull();
    expect(parseProfileMetadata('', 0)).toBeNull();
    expect(parseProfileMetadata('/log info "login $user"', 0)).toBeNull();
    expect(parseProfileMetadata(':put ("hello")', 0)).toBeNull();
    expect(parseProfileMetadata(':put (",rem,5000")', 0)).toBeNull();
  });

  it.each([
    [',bogus,5000,1d,6000,,Disable,', /expiry mode/],
    [',rem,5000,,6000,,Disable,', /validity/],
    [',rem,5000,0s,6000,,Disable,', /zero/],
    [',rem,5000,1 day,6000,,Disable,', /validity/],
    [',rem,Rp5000,1d,6000,,Disable,', /^price/],
    [',rem,5000,1d,6k,,Disable,', /selling price/],
    [',rem,5000,1d,6000,,Yes,', /MAC lock/],
    [',,5000,,,,Disable,', /expiry mode/],
  ])('reports %j', (record, reason) => {
    const result = parseProfileMetadata(onLogin(record), 0);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason).toMatch(reason);
  });
});
