import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src-main/core/logger';
import { setJakartaTime, startBillingHarness } from './support';
import { invoices } from './run-support';

/**
 * A chunk runs its subscriptions together, without a savepoint each (P6); when one of them fails, the
 * chunk is rolled back and replayed one subscription per savepoint. These tests make one subscription's
 * invoice fail with a temporary trigger (the ledger refuses its line) and check the replay.
 */
describe('billing run: one failing subscription', () => {
  it('bills every other subscription, counts one error and keeps invoice numbers gapless', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const planId = await bh.plan({ priceMinor: 90_000, graceDays: 90, cycle: { kind: 'days', days: 30 } });
    setJakartaTime(h, '2026-01-15T09:00:00');
    const ids: string[] = [];
    for (const name of ['Ani', 'Budi', 'Cici', 'Dedi']) {
      const { subscription } = await h.must('manager', 'billing.subscriptions.create', { customerId: await bh.customer(name), planId, invoiceNow: false });
      ids.push(subscription.id);
    }
    const { sqlite } = h.core.services;
    sqlite.exec(
      `CREATE TEMP TRIGGER refuse_budi BEFORE INSERT ON main.ledger_lines WHEN NEW.subscription_id = '${ids[1]}'
       BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );

    const run = await h.must('manager', 'billing.runs.runNow', {});
    expect(run).toMatchObject({ invoicesIssued: 3, errors: 1 });
    expect(invoices(h).map((invoice) => invoice.number)).toEqual(['WJ-2026-000001', 'WJ-2026-000002', 'WJ-2026-000003']);
    const billed = sqlite.prepare("SELECT DISTINCT subscription_id AS id FROM ledger_lines WHERE kind = 'plan'").all() as { id: string }[];
    expect(billed.map((row) => row.id).sort()).toEqual([ids[0], ids[2], ids[3]].sort());

    // Once the fault is gone, the next run bills the one that failed, with the next number, and nothing twice.
    sqlite.exec('DROP TRIGGER temp.refuse_budi');
    const retry = await h.must('manager', 'billing.runs.runNow', {});
    expect(retry).toMatchObject({ invoicesIssued: 1, errors: 0 });
    expect(invoices(h).map((invoice) => invoice.number)).toEqual(['WJ-2026-000001', 'WJ-2026-000002', 'WJ-2026-000003', 'WJ-2026-000004']);
    expect((await h.must('manager', 'billing.runs.runNow', {})).invoicesIssued).toBe(0);
  });

  it('suspends the overdue subscriptions of a chunk whose invoices one subscription makes fail', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const planId = await bh.plan({ priceMinor: 50_000, graceDays: 0, cycle: { kind: 'monthly', billingDay: 1 } });
    setJakartaTime(h, '2026-01-01T09:00:00');
    const overdue = await h.must('manager', 'billing.subscriptions.create', { customerId: await bh.customer('Eka'), planId });
    const fresh = await h.must('manager', 'billing.subscriptions.create', { customerId: await bh.customer('Fajar'), planId, invoiceNow: false });
    setJakartaTime(h, '2026-01-20T09:00:00');
    const { sqlite } = h.core.services;
    sqlite.exec(
      `CREATE TEMP TRIGGER refuse_fajar BEFORE INSERT ON main.ledger_lines WHEN NEW.subscription_id = '${fresh.subscription.id}'
       BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
    const run = await h.must('manager', 'billing.runs.runNow', {});
    expect(run).toMatchObject({ suspended: 1, errors: 1, invoicesIssued: 0 });
    const status = sqlite.prepare('SELECT status FROM subscriptions WHERE id = ?');
    expect(status.get(overdue.subscription.id)).toEqual({ status: 'suspended' });
    expect(status.get(fresh.subscription.id)).toEqual({ status: 'active' });
  });

  it('bills a healthy chunk in one go: no replay, gapless numbers drawn as one block', async () => {
    const warnings: string[] = [];
    const logger: Logger = { info: () => undefined, error: () => undefined, warn: (message) => warnings.push(message) };
    const bh = await startBillingHarness({ logger });
    const { h } = bh;
    const planId = await bh.plan({ priceMinor: 90_000, graceDays: 90, cycle: { kind: 'days', days: 30 } });
    setJakartaTime(h, '2026-01-15T09:00:00');
    // Ani's first invoice is issued at once (the counter exists), Budi and Cici are left to the run.
    await h.must('manager', 'billing.subscriptions.create', { customerId: await bh.customer('Ani'), planId });
    for (const name of ['Budi', 'Cici']) {
      await h.must('manager', 'billing.subscriptions.create', { customerId: await bh.customer(name), planId, invoiceNow: false });
    }
    expect(await h.must('manager', 'billing.runs.runNow', {})).toMatchObject({ invoicesIssued: 2, errors: 0 });
    expect(warnings).toEqual([]);
    expect(invoices(h).map((invoice) => invoice.number)).toEqual(['WJ-2026-000001', 'WJ-2026-000002', 'WJ-2026-000003']);
    // The counter still refuses to go back (a block only ever moves it up).
    const { sqlite } = h.core.services;
    expect(() => sqlite.prepare("UPDATE number_sequences SET value = value - 1 WHERE key = 'invoice:2026'").run()).toThrow(/count up/);
  });
});
