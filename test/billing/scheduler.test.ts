import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { BillingScheduler } from '../../src-main/billing/run/scheduler';
import { dailyCronExpression, msUntilNextRun } from '../../src-main/scheduling/daily-job';
import { startCore, startOfficeWithStaff } from '../support/core-harness';

describe('billing scheduler', () => {
  it('turns the run time into a daily cron expression and refuses anything else', () => {
    expect(dailyCronExpression('00:15')).toBe('15 0 * * *');
    expect(dailyCronExpression('23:05')).toBe('5 23 * * *');
    expect(() => dailyCronExpression('7:5')).toThrow(RangeError);
    expect(cron.validate(dailyCronExpression('02:30'))).toBe(true);
  });

  it('waits until today’s run time in the office zone, or tomorrow’s once it has passed', () => {
    const jakartaMidnightUtc = Date.UTC(2026, 2, 1, 17, 0); // 00:00 on 2 March in Jakarta (UTC+7)
    expect(msUntilNextRun(jakartaMidnightUtc, '00:15', 'Asia/Jakarta')).toBe(15 * 60_000);
    expect(msUntilNextRun(jakartaMidnightUtc + 16 * 60_000, '00:15', 'Asia/Jakarta')).toBe(24 * 3_600_000 - 60_000);
  });

  it('schedules one cron task in the office zone, follows a changed run time, and removes it on stop', async () => {
    const h = await startOfficeWithStaff();
    const { billingRuns, office, billingSettings, clock, logger } = schedulerDeps(h);
    const scheduler = new BillingScheduler({ runs: billingRuns, office, settings: billingSettings, clock, logger });
    await scheduler.start();
    try {
      const zone = office.require().timeZone;
      expect(scheduler.cronSchedule()).toEqual({ expression: '15 0 * * *', timeZone: zone });
      expect([...cron.getTasks().values()].filter((task) => task.name === 'billing-daily-run')).toHaveLength(1);
      await h.must('owner', 'billing.settings.update', { runTime: '02:30' });
      await scheduler.start();
      expect(scheduler.cronSchedule()).toEqual({ expression: '30 2 * * *', timeZone: zone });
      expect([...cron.getTasks().values()].filter((task) => task.name === 'billing-daily-run')).toHaveLength(1);
    } finally {
      scheduler.stop();
    }
    expect(scheduler.cronSchedule()).toBeNull();
    expect([...cron.getTasks().values()].filter((task) => task.name === 'billing-daily-run')).toHaveLength(0);
  });
});

function schedulerDeps(h: Awaited<ReturnType<typeof startOfficeWithStaff>>) {
  const { billingRuns, office, logger } = h.core.services;
  return { billingRuns, office, billingSettings: h.core.services.billing.settings, clock: h.clock, logger };
}

describe('billing scheduler before setup', () => {
  it('starts on a fresh data folder with no office (the first-run wizard has not run) without failing', async () => {
    const h = startCore();
    const { billingRuns, office, logger } = h.core.services;
    const scheduler = new BillingScheduler({ runs: billingRuns, office, settings: h.core.services.billing.settings, clock: h.clock, logger });
    await expect(scheduler.start()).resolves.toBeUndefined();
    expect(scheduler.cronSchedule()).toBeNull();
    scheduler.stop();
  });
});
