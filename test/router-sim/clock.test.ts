import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatRelativeDateTime, parseDateInput, parseDuration } from './clock';
import type { ScriptRunContext } from './index';
import { rowsOf } from './raw-client';
import { useSim } from './test-helpers';

const sims = useSim();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('durations', () => {
  it('formats like RouterOS', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(93_784_000)).toBe('1d2h3m4s');
    expect(formatDuration(7 * DAY)).toBe('1w');
    expect(formatDuration(9 * DAY + 5_000)).toBe('1w2d5s');
    expect(formatDuration(1500)).toBe('1s500ms');
  });

  it('parses unit, clock, old mixed and bare-seconds forms', () => {
    expect(parseDuration('1d2h3m4s')).toBe(93_784_000);
    expect(parseDuration('1w')).toBe(7 * DAY);
    expect(parseDuration('3600')).toBe(HOUR);
    expect(parseDuration('01:00:00')).toBe(HOUR);
    expect(parseDuration('2d09:29:51')).toBe(2 * DAY + 9 * HOUR + 29 * MIN + 51_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('soon')).toBeNull();
    expect(parseDuration('')).toBeNull();
  });
});

describe('dates', () => {
  const t = Date.UTC(2026, 0, 15, 10, 20, 30);
  it('renders per version style', () => {
    expect(formatDate(t, false)).toBe('jan/15/2026');
    expect(formatDate(t, true)).toBe('2026-01-15');
    expect(formatDateTime(t, false)).toBe('jan/15/2026 10:20:30');
    expect(formatDateTime(t, true)).toBe('2026-01-15 10:20:30');
  });

  it('abbreviates moments today / this year the way next-run shows them', () => {
    const now = Date.UTC(2026, 0, 15, 9, 0, 0);
    expect(formatRelativeDateTime(t, now, false)).toBe('10:20:30');
    expect(formatRelativeDateTime(t + DAY, now, false)).toBe('jan/16 10:20:30');
    expect(formatRelativeDateTime(t + DAY, now, true)).toBe('01-16 10:20:30');
    expect(formatRelativeDateTime(t + 365 * DAY, now, true)).toBe('2027-01-15 10:20:30');
    expect(formatRelativeDateTime(t + 365 * DAY, now, false)).toBe('jan/15/2027 10:20:30');
  });

  it('accepts both date input forms', () => {
    expect(parseDateInput('jan/15/2026')).toBe('2026-01-15');
    expect(parseDateInput('Feb/01/2026')).toBe('2026-02-01');
    expect(parseDateInput('2026-01-15')).toBe('2026-01-15');
    expect(parseDateInput('feb/30/2026')).toBeNull();
  });

  it('prints /system/clock and scheduler dates in the format of the version', async () => {
    const sim = await sims.start({ version: '7.9' });
    const c = await sims.client(sim);
    expect(rowsOf(await c.talk(['/system/clock/print', '=.proplist=date,time']))).toEqual([{ date: 'jan/15/2026', time: '10:00:00' }]);
    await c.talk(['/system/scheduler/add', '=name=s', '=start-date=2026-02-01', '=start-time=00:00:00']);
    expect(sim.rows('/system/scheduler')[0]?.['start-date']).toBe('feb/01/2026');
    sim.setVersion('7.10');
    expect(rowsOf(await c.talk(['/system/clock/print', '=.proplist=date']))).toEqual([{ date: '2026-01-15' }]);
    expect(sim.rows('/system/scheduler')[0]?.['start-date']).toBe('2026-02-01');
  });
});

describe('advanceClock', () => {
  it('ages sessions; counters reach the user row at logout', async () => {
    const sim = await sims.start();
    sim.exec(['/ip/hotspot/user/add', '=name=v1']);
    sim.loginHotspotUser('v1');
    sim.advanceClock(5 * MIN);
    expect(sim.rows('/ip/hotspot/active')[0]?.uptime).toBe('5m');
    sim.logoutHotspotUser('v1');
    sim.loginHotspotUser('v1');
    sim.advanceClock(HOUR);
    sim.logoutHotspotUser('v1');
    expect(sim.rows('/ip/hotspot/user')[0]?.uptime).toBe('1h5m');
    expect(sim.nowMs()).toBe(Date.UTC(2026, 0, 15, 11, 5, 0));
  });

  it('ends a session exactly at its limit-uptime and refuses the next login', async () => {
    const sim = await sims.start();
    sim.exec(['/ip/hotspot/user/add', '=name=v1', '=limit-uptime=30m']);
    sim.loginHotspotUser('v1');
    sim.advanceClock(10 * MIN);
    expect(sim.rows('/ip/hotspot/active')[0]?.['session-time-left']).toBe('20m');
    sim.advanceClock(2 * HOUR);
    expect(sim.rows('/ip/hotspot/active')).toEqual([]);
    expect(sim.rows('/ip/hotspot/user')[0]?.uptime).toBe('30m');
    expect(() => sim.loginHotspotUser('v1')).toThrow(/uptime limit/);
  });

  it('enforces shared-users and MAC lock on login', async () => {
    const sim = await sims.start();
    sim.exec(['/ip/hotspot/user/add', '=name=v1', '=mac-address=AA:AA:AA:AA:AA:01']);
    sim.loginHotspotUser('v1', { macAddress: 'aa:aa:aa:aa:aa:01' });
    expect(() => sim.loginHotspotUser('v1', { macAddress: 'AA:AA:AA:AA:AA:01' })).toThrow(/no more sessions/);
    sim.logoutHotspotUser('v1');
    expect(() => sim.loginHotspotUser('v1', { macAddress: 'BB:BB:BB:BB:BB:BB' })).toThrow(/MAC/);
  });

  it('runs due schedulers: run-count, next-run (abbreviated like RouterOS) and the script hook', async () => {
    const runs: Array<Pick<ScriptRunContext, 'trigger' | 'name' | 'source' | 'nowMs'>> = [];
    const sim = await sims.start({
      version: '6.49.10',
      scriptRunner: (ctx) => {
        runs.push({ trigger: ctx.trigger, name: ctx.name, source: ctx.source, nowMs: ctx.nowMs });
        if (ctx.name === 'expire') ctx.exec(['/ip/hotspot/user/remove', '=numbers=v1']);
      },
    });
    const c = await sims.client(sim);
    await c.talk(['/ip/hotspot/user/add', '=name=v1']);
    await c.talk(['/system/scheduler/add', '=name=expire', '=interval=1d', '=on-event=/ip hotspot user remove v1']);
    await c.talk(['/system/scheduler/add', '=name=soon', '=start-time=12:00:00', '=interval=0s']);
    let rows = rowsOf(await c.talk(['/system/scheduler/print', '=.proplist=name,owner,start-date,start-time,next-run,run-count']));
    expect(rows).toEqual([
      { name: 'expire', owner: 'admin', 'start-date': 'jan/15/2026', 'start-time': '10:00:00', 'next-run': 'jan/16 10:00:00', 'run-count': '0' },
      { name: 'soon', owner: 'admin', 'start-date': 'jan/15/2026', 'start-time': '12:00:00', 'next-run': '12:00:00', 'run-count': '0' },
    ]);

    sim.advanceClock(DAY + HOUR);
    rows = rowsOf(await c.talk(['/system/scheduler/print', '=.proplist=name,next-run,run-count']));
    expect(rows).toEqual([
      { name: 'expire', 'next-run': 'jan/17 10:00:00', 'run-count': '1' },
      { name: 'soon', 'run-count': '1' },
    ]);
    expect(runs.map((r) => [r.name, new Date(r.nowMs).toISOString()])).toEqual([
      ['soon', '2026-01-15T12:00:00.000Z'],
      ['expire', '2026-01-16T10:00:00.000Z'],
    ]);
    expect(runs[1]).toMatchObject({ trigger: 'scheduler', source: '/ip hotspot user remove v1' });
    expect(sim.rows('/ip/hotspot/user')).toEqual([]);

    sim.setVersion('7.16.2');
    sim.advanceClock(365 * DAY);
    expect(sim.rows('/system/scheduler')[0]?.['next-run']).toBe('01-17 10:00:00');
    expect(sim.rows('/system/scheduler')[0]?.['run-count']).toBe('366');
  });

  it('reports the profile on-login script to the hook', async () => {
    const seen: string[] = [];
    const sim = await sims.start({ scriptRunner: (ctx) => seen.push(`${ctx.trigger}:${ctx.name}:${ctx.user ?? ''}:${ctx.source}`) });
    sim.exec(['/ip/hotspot/user/profile/add', '=name=1d', '=on-login=:put (",rem,5000,1d,5000,,Disable,");']);
    sim.exec(['/ip/hotspot/user/add', '=name=v1', '=profile=1d']);
    sim.loginHotspotUser('v1');
    expect(seen).toEqual(['hotspot-login:1d:v1::put (",rem,5000,1d,5000,,Disable,");']);
  });

  it('grows /system/resource uptime', async () => {
    const sim = await sims.start();
    sim.advanceClock(DAY + 2 * HOUR);
    expect(sim.rows('/system/resource')[0]?.uptime).toBe('1d2h');
  });
});
