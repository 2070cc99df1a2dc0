import { describe, expect, it } from 'vitest';
import { parseSaleName, parseSaleOwner } from '../../src-main/routers/mikhmon';
import { ownerMismatch } from '../../src-main/routers/mikhmon/sales-record';
import { wib } from './fixtures';

const TZ = 'Asia/Jakarta';

describe('sales record names', () => {
  it('reads the pre-7.10 form', () => {
    const result = parseSaleName('jan/31/2024-|-23:58:10-|-ef67-|-5000-|-10.5.50.12-|-AA:BB:CC:00:11:22-|-1d-|-1day-|-vc-482-01.31.24-promo', 'jan/31/2024', 0, TZ);
    expect(result).toEqual({
      ok: true,
      value: {
        date: { year: 2024, month: 1, day: 31 },
        dateText: 'jan/31/2024',
        timeText: '23:58:10',
        soldAtMs: wib(2024, 1, 31, 23, 58, 10),
        user: 'ef67',
        priceMinor: 5000,
        address: '10.5.50.12',
        macAddress: 'AA:BB:CC:00:11:22',
        validityMs: 86_400_000,
        validityText: '1d',
        profile: '1day',
        comment: 'vc-482-01.31.24-promo',
      },
    });
  });

  it('reads the 7.10+ form and keeps a comment that contains the separator', () => {
    const result = parseSaleName('2024-01-01-|-00:00:05-|-u1-|-2.50-|-10.0.0.2-|-AA:BB:CC:DD:EE:FF-|-3h-|-3hours-|-odd-|-comment', '2024-01-01', 2, TZ);
    expect(result).toMatchObject({ ok: true, value: { soldAtMs: wib(2024, 1, 1, 0, 0, 5), priceMinor: 250, comment: 'odd-|-comment', validityMs: 3 * 3_600_000 } });
  });

  it('sale at 00:00:05 local on Jan 1st belongs to the new year locally, the old one in UTC', () => {
    const result = parseSaleName('jan/01/2024-|-00:00:05-|-u1-|-5000-|-ip-|-mac-|-1d-|-p-|-', 'jan/01/2024', 0, TZ);
    expect(result.ok && new Date(result.value.soldAtMs).getUTCFullYear()).toBe(2023);
    expect(result.ok && result.value.date).toEqual({ year: 2024, month: 1, day: 1 });
  });

  it('falls back to the source date when the name date is unreadable', () => {
    const result = parseSaleName('??-|-10:00:00-|-u1-|-5000-|-ip-|-mac-|-1d-|-p-|-c', '2024-05-06', 0, TZ);
    expect(result).toMatchObject({ ok: true, value: { date: { year: 2024, month: 5, day: 6 } } });
  });

  it('keeps the sale when only the validity is unreadable', () => {
    const result = parseSaleName('2024-05-06-|-10:00:00-|-u1-|-5000-|-ip-|-mac-|-forever-|-p-|-c', '', 0, TZ);
    expect(result).toMatchObject({ ok: true, value: { validityMs: null, validityText: 'forever' } });
  });

  it.each([
    ['jan/31/2024-|-23:58:10-|-ef67-|-5000', /fields/],
    ['feb/30/2024-|-10:00:00-|-u-|-5000-|-ip-|-mac-|-1d-|-p-|-c', /date/],
    ['jan/31/2024-|-25:00:00-|-u-|-5000-|-ip-|-mac-|-1d-|-p-|-c', /time/],
    ['jan/31/2024-|-10:00:00-|--|-5000-|-ip-|-mac-|-1d-|-p-|-c', /user/],
    ['jan/31/2024-|-10:00:00-|-u-|-lima ribu-|-ip-|-mac-|-1d-|-p-|-c', /price/],
  ])('reports %j', (name, reason) => {
    const result = parseSaleName(name, '', 0, TZ);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('sales record owners', () => {
  it('accepts jan2024, 012024 and the broken 202-15', () => {
    expect(parseSaleOwner('jan2024')).toEqual({ format: 'mon-yyyy', month: 1, year: 2024 });
    expect(parseSaleOwner('Dec2023')).toEqual({ format: 'mon-yyyy', month: 12, year: 2023 });
    expect(parseSaleOwner('012024')).toEqual({ format: 'mm-yyyy', month: 1, year: 2024 });
    expect(parseSaleOwner('202-15')).toEqual({ format: 'broken-7.10', month: null, year: null });
    expect(parseSaleOwner('admin')).toEqual({ format: 'unknown', month: null, year: null });
    expect(parseSaleOwner('132024').format).toBe('unknown');
  });

  it('checks the owner against the sale date', () => {
    const jan31 = { year: 2024, month: 1, day: 31 };
    expect(ownerMismatch('jan2024', parseSaleOwner('jan2024'), jan31)).toBeNull();
    expect(ownerMismatch('012024', parseSaleOwner('012024'), jan31)).toBeNull();
    expect(ownerMismatch('202-31', parseSaleOwner('202-31'), jan31)).toBeNull();
    expect(ownerMismatch('feb2024', parseSaleOwner('feb2024'), jan31)).toMatch(/another month/);
    expect(ownerMismatch('202-15', parseSaleOwner('202-15'), jan31)).toMatch(/does not match/);
    expect(ownerMismatch('admin', parseSaleOwner('admin'), jan31)).toMatch(/not a MikHmon month key/);
  });
});
