import { describe, expect, it } from 'vitest';
import { gmtOffsetSeconds, localSecondsToUtcMs, routerLocalSeconds, RouterTimeError } from '../../../src-main/vouchers/expiry/router-time';
import { comparableRow, parseUsageRecord, withoutUsageRecord } from '../../../src-main/routers/items/script-record';
import { onLoginBody, routerString, schedulerItem, schedulerScript } from '../../../src-main/vouchers/expiry/scripts';

const s = (y: number, mo: number, d: number, h = 0, mi = 0, se = 0): number => Date.UTC(y, mo - 1, d, h, mi, se) / 1000;

describe('router clock text -> router-local seconds', () => {
  it.each([
    ['jan/15/2026', '10:20:30', s(2026, 1, 15, 10, 20, 30)],
    ['2026-01-15', '10:20:30', s(2026, 1, 15, 10, 20, 30)],
    ['dec/31/2026', '23:59:59', s(2026, 12, 31, 23, 59, 59)],
    ['2027-01-01', '00:00:00', s(2027, 1, 1)],
    ['feb/29/2028', '12:00:00', s(2028, 2, 29, 12)],
    ['2028-03-01', '00:00:00', s(2028, 3, 1)],
    ['2027-02-28', '23:59:59', s(2027, 2, 28, 23, 59, 59)],
    ['Jun/30/2026', '08:00:00', s(2026, 6, 30, 8)],
  ])('%s %s', (date, time, expected) => {
    expect(routerLocalSeconds(date, time)).toBe(expected);
  });

  it('day after the last day of each month is the first of the next, in both formats', () => {
    for (const year of [2026, 2028, 2100]) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const mon = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][month - 1];
        const legacy = routerLocalSeconds(`${mon}/${String(last).padStart(2, '0')}/${year}`, '23:00:00');
        const iso = routerLocalSeconds(`${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`, '23:00:00');
        expect(legacy).toBe(iso);
        const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
        expect(routerLocalSeconds(next, '00:00:00') - iso).toBe(3600);
      }
    }
  });

  it('refuses dates that do not exist (no feb/29 in a common year)', () => {
    expect(() => routerLocalSeconds('feb/29/2027', '00:00:00')).toThrow(RouterTimeError);
    expect(() => routerLocalSeconds('2026-13-01', '00:00:00')).toThrow(RouterTimeError);
    expect(() => routerLocalSeconds('2026-01-01', '24:00:00')).toThrow(RouterTimeError);
  });

  it('GMT offsets and conversion to UTC', () => {
    expect(gmtOffsetSeconds('+07:00')).toBe(25_200);
    expect(gmtOffsetSeconds('-03:30')).toBe(-12_600);
    expect(gmtOffsetSeconds('+00:00')).toBe(0);
    expect(gmtOffsetSeconds('25200')).toBe(25_200);
    expect(() => gmtOffsetSeconds('Asia/Jakarta')).toThrow(RouterTimeError);
    // 00:30 on Jan 1 in Jakarta (UTC+7) is 17:30 on Dec 31 UTC
    expect(localSecondsToUtcMs(routerLocalSeconds('jan/01/2027', '00:30:00'), 25_200)).toBe(Date.UTC(2026, 11, 31, 17, 30));
  });
});

describe('usage record in a hotspot user comment', () => {
  it('parses, strips and is ignored when comparing desired and actual', () => {
    expect(parseUsageRecord('mb:b-1;fl=100;ex=200')).toEqual({ firstLogin: 100, expires: 200 });
    expect(parseUsageRecord('mb:b-1;fl=100')).toEqual({ firstLogin: 100, expires: null });
    expect(parseUsageRecord('mb:b-1')).toBeNull();
    expect(parseUsageRecord('mb:b-1;fl=x')).toBeNull();
    expect(withoutUsageRecord('mb:b-1;fl=100;ex=200')).toBe('mb:b-1');
    expect(comparableRow('/ip/hotspot/user', { '.id': '*1', name: 'a', comment: 'mb:b-1;fl=1;ex=2' }).comment).toBe('b-1');
    // other menus keep their comment as read
    expect(comparableRow('/ppp/secret', { '.id': '*1', name: 'a', comment: 'mb:x;fl=1' }).comment).toBe('x;fl=1');
  });
});

describe('script text', () => {
  const plan = { id: 'p1', hotspotProfile: 'day "$1"', validityMs: 3_600_000, expiryMode: 'remove' as const };
  it('is ASCII, small, and quotes the profile name', () => {
    expect(routerString('a"b$c\\d?')).toBe('"a\\"b\\$c\\\\d\\?"');
    for (const text of [onLoginBody(plan), schedulerScript(plan)]) {
      expect(text).toMatch(/^[\t\n\x20-\x7e]*$/);
      expect(text.length).toBeLessThan(2048);
    }
    expect(schedulerScript(plan)).toContain('profile="day \\"\\$1\\""');
    expect(onLoginBody(plan)).toContain('($now+3600)');
  });

  it('no scheduler and no expiry record when the plan does not expire', () => {
    expect(schedulerItem({ ...plan, expiryMode: 'none' })).toBeNull();
    expect(schedulerItem({ ...plan, validityMs: null })).toBeNull();
    expect(onLoginBody({ ...plan, validityMs: null })).not.toContain(';ex=');
    expect(schedulerScript({ ...plan, expiryMode: 'disable' })).toContain('disabled=no');
  });
});
