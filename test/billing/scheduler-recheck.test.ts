import { describe, expect, it } from 'vitest';
import { BillingScheduler } from '../../src-main/billing/run/scheduler';
import { setJakartaTime, startBillingHarness, type BillingHarness } from './support';
import { invoices, subscriptionRow } from './run-support';

/** A scheduler on the harness's services and manual clock (the harness's own background is not started). */
function schedulerFor(bh: BillingHarness): BillingScheduler {
  const { billingRuns, office, logger } = bh.h.core.services;
  return new BillingScheduler({ runs: billingRuns, office, settings: bh.h.core.services.billing.settings, clock: bh.h.clock, logger });
}

/** Runs in the order they were made: day billed and how each was started. */
function runDays(bh: BillingHarness): Array<[string, string]> {
  return bh.h.core.services.billingRuns
    .list(1000)
    .reverse()
    .map((run) => [run.asOfDate, run.trigger]);
}

/** A weekly plan with 3 grace days and one subscriber, invoiced for 15–22 January on the 15th (due the 22nd). */
async function weeklySubscriber(bh: BillingHarness): Promise<string> {
  const planId = await bh.plan({ priceMinor: 50_000, graceDays: 3, cycle: { kind: 'days', days: 7 } });
  const customerId = await bh.customer();
  const { subscription, invoice } = await bh.h.must('manager', 'billing.subscriptions.create', { customerId, planId });
  expect(invoice?.dueDate).toBe('2026-01-22');
  return subscription.id;
}

describe('billing scheduler: the clock jumps', () => {
  it('runs every missed day at once, in order, when told the clock moved, and nothing twice', async () => {
    const bh = await startBillingHarness();
    setJakartaTime(bh.h, '2026-01-15T10:00:00');
    const subscriptionId = await weeklySubscriber(bh);
    const scheduler = schedulerFor(bh);
    await scheduler.start();
    try {
      expect(runDays(bh)).toEqual([['2026-01-15', 'catch-up']]);

      // Twelve days pass in one step (a laptop asleep, a corrected clock): nothing runs until someone says so.
      setJakartaTime(bh.h, '2026-01-27T10:00:00');
      expect(runDays(bh)).toHaveLength(1);
      expect(subscriptionRow(bh.h, subscriptionId).status).toBe('active');
      await scheduler.recheck();

      const days = runDays(bh).map(([day]) => day);
      expect(days).toEqual(Array.from({ length: 13 }, (_, index) => `2026-01-${String(15 + index).padStart(2, '0')}`));
      expect(new Set(runDays(bh).map(([, trigger]) => trigger))).toEqual(new Set(['catch-up']));
      // Each missed day did its own work: the 22nd invoiced the second week, the 26th suspended (22 + 3 grace).
      const runs = bh.h.core.services.billingRuns.list(1000);
      expect(runs.find((run) => run.asOfDate === '2026-01-22')).toMatchObject({ invoicesIssued: 1, suspended: 0 });
      expect(runs.find((run) => run.asOfDate === '2026-01-25')).toMatchObject({ invoicesIssued: 0, suspended: 0 });
      expect(runs.find((run) => run.asOfDate === '2026-01-26')).toMatchObject({ invoicesIssued: 0, suspended: 1 });
      expect(invoices(bh.h).map((invoice) => [invoice.issued, invoice.dueDate, invoice.periods])).toEqual([
        ['2026-01-15', '2026-01-22', ['2026-01-15..2026-01-22']],
        ['2026-01-22', '2026-01-29', ['2026-01-22..2026-01-29']],
      ]);
      expect(subscriptionRow(bh.h, subscriptionId)).toMatchObject({
        status: 'suspended',
        suspensionKind: 'automatic',
        suspensionReason: 'Unpaid invoice due 2026-01-22, 3 grace day(s) passed',
      });

      // Told again with nothing owed: no run, no invoice.
      await scheduler.recheck();
      expect(runDays(bh)).toHaveLength(13);
      expect(invoices(bh.h)).toHaveLength(2);
    } finally {
      scheduler.stop();
    }
  });

  it('does nothing once stopped, or before it was started', async () => {
    const bh = await startBillingHarness();
    setJakartaTime(bh.h, '2026-01-15T10:00:00');
    await weeklySubscriber(bh);
    const scheduler = schedulerFor(bh);
    await scheduler.recheck();
    expect(runDays(bh)).toEqual([]);
    await scheduler.start();
    scheduler.stop();
    setJakartaTime(bh.h, '2026-01-27T10:00:00');
    await scheduler.recheck();
    expect(runDays(bh)).toEqual([['2026-01-15', 'catch-up']]);
    expect(invoices(bh.h)).toHaveLength(1);
  });
});
