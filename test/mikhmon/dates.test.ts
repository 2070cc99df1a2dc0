import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  parseRouterDateOnly,
  parseRouterDateTime,
  routerDateTimeToEpochMs,
  zonedTimeToEpochMs,
} from '../../src-main/routers/mikhmon';
import { wib } from './fixtures';

describe('router dates', () => {
  it('reads both styles and their date-only forms', () => {
    expect(parseRouterDateTime('jan/15/2024 10:20:30')).toEqual({ ok: true, value: { year: 2024, month: 1, day: 15, hour: 10, minute: 20, second: 30, style: 'legacy' } });
    expect(parseRouterDateTime('2024-01-15 10:20:30')).toEqual({ ok: true, value: { year: 2024, month: 1, day: 15, hour: 10, minute: 20, second: 30, style: 'iso' } });
    expect(parseRouterDateTime('Jun/15/2023 05:17:29')).toMatchObject({ ok: true, value: { month: 6, day: 15, year: 2023 } });
    expect(parseRouterDateOnly('dec/31/2023')).toEqual({ ok: true, value: { year: 2023, month: 12, day: 31, style: 'legacy' } });
    expect(parseRouterDateTime('2023-07-14')).toMatchObject({ ok: true, value: { hour: 0, minute: 0, second: 0 } });
  });

  it('handles leap days and rejects impossible dates', () => {
    expect(parseRouterDateOnly('feb/29/2024').ok).toBe(true);
    expect(parseRouterDateOnly('2024-02-29').ok).toBe(true);
    for (const bad of ['feb/29/2023', '2023-02-29', 'feb/30/2024', 'apr/31/2024', '2024-13-01', '2024-00-10', '2024-01-00', 'foo/01/2024', 'jan/1/2024', '24-01-15', '1969-12-31', 'jan/15/2024 24:00:00', 'jan/15/2024 10:60:00', '2024-01-15 10:20', '2024-01-15T10:20:30', '']) {
      expect(routerDateTimeToEpochMs(bad, 'UTC').ok, bad).toBe(false);
    }
  });

  it('converts router local time with the office zone', () => {
    expect(routerDateTimeToEpochMs('jan/15/2024 10:20:30', 'Asia/Jakarta')).toEqual({ ok: true, value: wib(2024, 1, 15, 10, 20, 30) });
    expect(routerDateTimeToEpochMs('2024-01-15 10:20:30', 'Asia/Jakarta')).toEqual({ ok: true, value: wib(2024, 1, 15, 10, 20, 30) });
    expect(routerDateTimeToEpochMs('2024-01-15 10:20:30', 'UTC')).toEqual({ ok: true, value: Date.UTC(2024, 0, 15, 10, 20, 30) });
    // India has a half-hour offset; Nepal a 45-minute one.
    expect(routerDateTimeToEpochMs('2024-01-15 10:20:30', 'Asia/Kolkata')).toEqual({ ok: true, value: Date.UTC(2024, 0, 15, 4, 50, 30) });
    expect(routerDateTimeToEpochMs('2024-01-15 10:20:30', 'Asia/Kathmandu')).toEqual({ ok: true, value: Date.UTC(2024, 0, 15, 4, 35, 30) });
  });

  it('crosses month and year boundaries in the zone, not in UTC', () => {
    // 00:30 on Jan 1st in Jakarta is still Dec 31st in UTC.
    expect(routerDateTimeToEpochMs('jan/01/2024 00:30:00', 'Asia/Jakarta')).toEqual({ ok: true, value: Date.UTC(2023, 11, 31, 17, 30, 0) });
    expect(routerDateTimeToEpochMs('2024-03-01 03:00:00', 'Asia/Jakarta')).toEqual({ ok: true, value: Date.UTC(2024, 1, 29, 20, 0, 0) });
    // 23:30 on Dec 31st in New York is already the new year in UTC.
    expect(routerDateTimeToEpochMs('dec/31/2023 23:30:00', 'America/New_York')).toEqual({ ok: true, value: Date.UTC(2024, 0, 1, 4, 30, 0) });
  });

  it('follows daylight saving time', () => {
    // Berlin: CET (+1) in January, CEST (+2) in July.
    expect(routerDateTimeToEpochMs('2024-01-15 12:00:00', 'Europe/Berlin')).toEqual({ ok: true, value: Date.UTC(2024, 0, 15, 11) });
    expect(routerDateTimeToEpochMs('jul/15/2024 12:00:00', 'Europe/Berlin')).toEqual({ ok: true, value: Date.UTC(2024, 6, 15, 10) });
    // Spring-forward gap (02:30 never happens on 2024-03-31): moved forward by the gap.
    expect(zonedTimeToEpochMs({ year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0 }, 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 31, 1, 30));
    // Fall-back overlap (02:30 happens twice on 2024-10-27): the earlier instant.
    expect(zonedTimeToEpochMs({ year: 2024, month: 10, day: 27, hour: 2, minute: 30, second: 0 }, 'Europe/Berlin')).toBe(Date.UTC(2024, 9, 27, 0, 30));
    expect(zonedTimeToEpochMs({ year: 2024, month: 11, day: 3, hour: 1, minute: 30, second: 0 }, 'America/New_York')).toBe(Date.UTC(2024, 10, 3, 5, 30));
  });

  it('knows valid zones', () => {
    expect(isValidTimeZone('Asia/Jakarta')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
