import { describe, expect, it } from 'vitest';
import { setJakartaTime, startBillingHarness } from './support';
import { invoices, reopen, runDue, subscriptionRow } from './run-support';

describe('scheduled billing: catch-up over months with the app closed', () => {
  it('issues exactly the missed periods with the dates they should have had, once', async () => {
    const bh = await startBillingHarness();
    let h = bh.h;
    const customerId = await bh.customer();
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 90, cycle: { kind: 'monthly', billingDay: 1 } });
    setJakartaTime(h, '2026-01-15T10:00:00');
    const { subscription } = await h.must('manager', 'billing.subscriptions.create', { customerId, planId });
    await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: 54_839, method: 'cash' });
    expect((await runDue(h)).map((run) => [run.asOfDate, run.trigger, run.invoicesIssued])).toEqual([['2026-01-15', 'schedule', 0]]);

    // Closed from 15 January to 20 March: two billing days (1 Feb, 1 Mar) were missed.
    setJakartaTime(h, '2026-03-20T10:00:00');
    h = await reopen(h);
    const runs = await runDue(h, 'catch-up');
    expect(runs).toHaveLength(64); // 16 Jan … 20 Mar, one run per day, in order
    expect(runs[0]).toMatchObject({ asOfDate: '2026-01-16', trigger: 'catch-up', invoicesIssued: 0, errors: 0 });
    expect(runs.filter((run) => run.invoicesIssued > 0).map((run) => run.asOfDate)).toEqual(['2026-02-01', '2026-03-01']);
    expect(runs.at(-1)).toMatchObject({ asOfDate: '2026-03-20', trigger: 'catch-up' });
    expect(invoices(h)).toEqual([
      { number: 'WJ-2026-000001', issued: '2026-01-15', dueDate: '2026-01-22', amountMinor: 54_839, periods: ['2026-01-15..2026-02-01'] },
      { number: 'WJ-2026-000002', issued: '2026-02-01', dueDate: '2026-02-08', amountMinor: 100_000, periods: ['2026-02-01..2026-03-01'] },
      { number: 'WJ-2026-000003', issued: '2026-03-01', dueDate: '2026-03-08', amountMinor: 100_000, periods: ['2026-03-01..2026-04-01'] },
    ]);
    // Catch-up invoices carry the day's run time (00:15 office time), not the moment the app reopened.
    const feb = h.core.services.billing.ledger.entries(customerId).find((entry) => entry.number === 'WJ-2026-000002');
    expect(feb?.occurredAt).toBe(Date.parse('2026-02-01T00:15:00+07:00'));
    expect(subscriptionRow(h, subscription.id).status).toBe('active');

    // Reopening again (same day, and the next morning before the run time) issues nothing.
    h = await reopen(h);
    expect(await runDue(h, 'catch-up')).toEqual([]);
    setJakartaTime(h, '2026-03-21T00:10:00');
    expect(await runDue(h, 'catch-up')).toEqual([]);
    setJakartaTime(h, '2026-03-21T00:15:00');
    expect((await runDue(h)).map((run) => [run.asOfDate, run.invoicesIssued])).toEqual([['2026-03-21', 0]]);
    expect(invoices(h)).toHaveLength(3);
    const listed = await h.must('manager', 'billing.runs.list', { limit: 3 });
    expect(listed.map((run) => run.asOfDate)).toEqual(['2026-03-21', '2026-03-20', '2026-03-19']);
  });

  it('is idempotent: a rerun and a manual run of the same day create nothing', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const planId = await bh.plan({ priceMinor: 90_000, graceDays: 90, cycle: { kind: 'days', days: 30 } });
    setJakartaTime(h, '2026-01-15T09:00:00');
    for (const name of ['Ani', 'Budi', 'Cici']) {
      await h.must('manager', 'billing.subscriptions.create', { customerId: await bh.customer(name), planId, invoiceNow: false });
    }
    const first = await h.must('manager', 'billing.runs.runNow', {});
    expect(first).toMatchObject({ asOfDate: '2026-01-15', trigger: 'manual', invoicesIssued: 3, errors: 0 });
    expect(first.finishedAt).not.toBeNull();
    const again = await h.must('owner', 'billing.runs.runNow', {});
    expect(again).toMatchObject({ invoicesIssued: 0, suspended: 0, reactivated: 0 });
    expect(await runDue(h)).toEqual([]); // the manual run completed today already
    expect(invoices(h).map((invoice) => invoice.periods[0])).toEqual(Array(3).fill('2026-01-15..2026-02-14'));
    const audit = await h.must('owner', 'audit.list', { procedure: 'billing.runs.runNow', limit: 5 });
    expect(audit.entries.map((entry) => entry.summary)).toEqual([
      'billing run for 2026-01-15 (manual): 0 invoices, 0 suspended, 0 reactivated, 0 errors',
      'billing run for 2026-01-15 (manual): 3 invoices, 0 suspended, 0 reactivated, 0 errors',
    ]);
    const cashier = await h.call('cashier', 'billing.runs.runNow', {});
    expect(cashier.ok ? 'OK' : cashier.error.code).toBe('FORBIDDEN');
    // The (subscription, period) key holds even against a writer that skips the run's own checks.
    const { sqlite } = h.core.services;
    const line = sqlite.prepare("SELECT * FROM ledger_lines WHERE kind = 'plan' LIMIT 1").get() as Record<string, unknown>;
    const copy = { ...line, id: '01940000-0000-7000-8000-00000000abcd', position: 1 };
    const columns = Object.keys(copy);
    expect(() => sqlite.prepare(`INSERT INTO ledger_lines (${columns.join(',')}) VALUES (${columns.map(() => '?').join(',')})`).run(...Object.values(copy))).toThrow(/UNIQUE/);
  });

  it('bills a billing day of 31 on the last day of short months (31 → 28, 30, 31)', async () => {
    const bh = await startBillingHarness();
    let h = bh.h;
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 90, cycle: { kind: 'monthly', billingDay: 31 } });
    setJakartaTime(h, '2026-01-31T08:00:00');
    const customerId = await bh.customer();
    await h.must('manager', 'billing.subscriptions.create', { customerId, planId });
    await runDue(h);
    // Paid ahead each time the app opens, so the subscription is never in arrears.
    for (const day of ['2026-03-05', '2026-05-10', '2026-07-01']) {
      await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: 1_000_000, method: 'cash' });
      setJakartaTime(h, `${day}T09:00:00`);
      h = await reopen(h);
      await runDue(h, 'catch-up');
    }
    expect(invoices(h).map((invoice) => [invoice.issued, invoice.periods[0]])).toEqual([
      ['2026-01-31', '2026-01-31..2026-02-28'],
      ['2026-02-28', '2026-02-28..2026-03-31'],
      ['2026-03-31', '2026-03-31..2026-04-30'],
      ['2026-04-30', '2026-04-30..2026-05-31'],
      ['2026-05-31', '2026-05-31..2026-06-30'],
      ['2026-06-30', '2026-06-30..2026-07-31'],
    ]);
    expect(invoices(h).every((invoice) => invoice.amountMinor === 100_000)).toBe(true);
  });

  it('bills 29 February in a leap year', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 90, cycle: { kind: 'monthly', billingDay: 30 } });
    setJakartaTime(h, '2028-01-30T08:00:00');
    const customerId = await bh.customer();
    await h.must('manager', 'billing.subscriptions.create', { customerId, planId });
    await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: 1_000_000, method: 'cash' });
    setJakartaTime(h, '2028-03-30T09:00:00');
    await runDue(h, 'catch-up');
    expect(invoices(h).map((invoice) => [invoice.number, invoice.issued, invoice.periods[0]])).toEqual([
      ['WJ-2028-000001', '2028-01-30', '2028-01-30..2028-02-29'],
      ['WJ-2028-000002', '2028-02-29', '2028-02-29..2028-03-30'],
      ['WJ-2028-000003', '2028-03-30', '2028-03-30..2028-04-30'],
    ]);
  });

  it('uses the office calendar: in Jakarta 1 March starts at 17:00 UTC on 28 February, and runs after the run time', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 90, cycle: { kind: 'monthly', billingDay: 1 } });
    setJakartaTime(h, '2026-02-01T08:00:00');
    const customerId = await bh.customer();
    await h.must('manager', 'billing.subscriptions.create', { customerId, planId });
    await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: 1_000_000, method: 'cash' });
    await h.must('manager', 'billing.settings.update', { runTime: '02:30' });
    expect((await h.must('cashier', 'billing.settings.get', {})).runTime).toBe('02:30');
    const bad = await h.call('manager', 'billing.settings.update', { runTime: '24:00' });
    expect(bad.ok ? 'OK' : bad.error.code).toBe('VALIDATION');

    h.clock.set(Date.parse('2026-02-28T19:00:00Z')); // 1 March 02:00 in Jakarta: today's run time not reached
    const early = await runDue(h);
    expect(early.at(-1)?.asOfDate).toBe('2026-02-28');
    expect(invoices(h)).toHaveLength(1);
    h.clock.set(Date.parse('2026-02-28T19:30:00Z')); // 02:30 in Jakarta, still 28 February in UTC
    expect((await runDue(h)).map((run) => [run.asOfDate, run.trigger, run.invoicesIssued])).toEqual([['2026-03-01', 'schedule', 1]]);
    expect(invoices(h).at(-1)).toMatchObject({ number: 'WJ-2026-000002', issued: '2026-03-01', periods: ['2026-03-01..2026-04-01'] });
  });
});
