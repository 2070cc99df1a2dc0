import { describe, expect, it } from 'vitest';
import { expiryWorld, hotspotUser, scriptErrors } from './support';

const MIN = 60_000;
const DAY = 86_400_000;

/** Seconds since 1970 of a UTC wall-clock moment: what the scripts must record on a UTC router. */
const sec = (ms: number): number => ms / 1000;

const starts: Array<[string, number]> = [
  ['mid-January', Date.UTC(2026, 0, 15, 10, 0, 0)],
  ['New Year’s Eve', Date.UTC(2026, 11, 31, 23, 30, 0)],
  ['end of February (leap year)', Date.UTC(2028, 1, 28, 22, 15, 7)],
  ['end of February (common year)', Date.UTC(2027, 1, 28, 23, 59, 59)],
];

describe.each(['6.49.10', '7.9', '7.16.2'])('router-side expiry on RouterOS %s', (version) => {
  for (const [label, startTimeMs] of starts) {
    it(`remove mode, starting ${label}: first login recorded, user removed after 1 day, unused voucher stays`, async () => {
      const w = await expiryWorld({ version, startTimeMs, expiryMode: 'remove' });
      const [used, unused] = w.codes as [string, string];
      w.sim.advanceClock(7 * MIN);
      const loginAt = w.sim.nowMs();
      const batchComment = hotspotUser(w.sim, used)?.comment ?? '';
      expect(batchComment).toMatch(/^mb:/);
      w.sim.loginHotspotUser(used);
      const comment = hotspotUser(w.sim, used)?.comment ?? '';
      // the batch comment (with the app's marker) stays in front of the record
      expect(comment).toBe(`${batchComment};fl=${sec(loginAt)};ex=${sec(loginAt + DAY)}`);
      // the app's reconcile leaves the script's record alone
      const again = await w.h.must('owner', 'routers.reconcile', { routerId: w.routerId });
      expect(again).toMatchObject({ added: 0, updated: 0, removed: 0 });
      expect(hotspotUser(w.sim, used)?.comment).toBe(comment);
      // a second login does not move the first-login time
      w.sim.logoutHotspotUser(used);
      w.sim.advanceClock(3 * MIN);
      w.sim.loginHotspotUser(used);
      expect(hotspotUser(w.sim, used)?.comment).toBe(comment);

      w.sim.advanceClock(DAY - 3 * MIN - 1000);
      expect(hotspotUser(w.sim, used)).toBeDefined();
      w.sim.advanceClock(3 * MIN);
      expect(hotspotUser(w.sim, used)).toBeUndefined();
      expect(w.sim.rows('/ip/hotspot/active')).toEqual([]);
      expect(hotspotUser(w.sim, unused)).toBeDefined();
      expect(scriptErrors(w.sim)).toEqual([]);
    });
  }

  it('disable mode: the expired user is disabled and logged out, then left alone', async () => {
    const w = await expiryWorld({ version, expiryMode: 'disable' });
    const [used, unused] = w.codes as [string, string];
    w.sim.loginHotspotUser(used);
    w.sim.advanceClock(DAY + 2 * MIN);
    expect(hotspotUser(w.sim, used)?.disabled).toBe('true');
    expect(w.sim.rows('/ip/hotspot/active')).toEqual([]);
    expect(() => w.sim.loginHotspotUser(used)).toThrow(/disabled/);
    expect(hotspotUser(w.sim, unused)?.disabled).toBe('false');
    expect(scriptErrors(w.sim)).toEqual([]);
  });

  it('the plan scheduler is on the router with the expected next-run and run-count', async () => {
    const w = await expiryWorld({ version, expiryMode: 'remove' });
    const [scheduler] = w.sim.rows('/system/scheduler');
    expect(scheduler).toMatchObject({ name: 'mb-expiry-day pass', interval: '2m', comment: `mb:expiry of plan ${w.planId}`, disabled: 'false', 'run-count': '0' });
    expect(scheduler?.['next-run']).toBe('10:02:00');
    w.sim.advanceClock(DAY);
    expect(w.sim.rows('/system/scheduler')[0]).toMatchObject({ 'run-count': '720', 'next-run': '10:02:00' });
  });
});

describe('router upgraded from 7.9 to 7.16.2 between first login and expiry', () => {
  it('keeps expiring (the date format is detected at every run)', async () => {
    const w = await expiryWorld({ version: '7.9', startTimeMs: Date.UTC(2026, 11, 31, 12, 0, 0), expiryMode: 'remove' });
    const [used] = w.codes as [string];
    w.sim.loginHotspotUser(used);
    w.sim.advanceClock(DAY / 2);
    w.sim.setVersion('7.16.2');
    w.sim.advanceClock(DAY / 2 - 4 * MIN);
    expect(hotspotUser(w.sim, used)).toBeDefined();
    w.sim.advanceClock(5 * MIN);
    expect(hotspotUser(w.sim, used)).toBeUndefined();
    expect(scriptErrors(w.sim)).toEqual([]);
  });
});
