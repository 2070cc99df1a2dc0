import { describe, expect, it } from 'vitest';
import { waitFor, waitOnline } from '../routers/domain/support';
import { setJakartaTime, startBillingHarness, type BillingHarness } from './support';
import { runDue, subscriptionRow } from './run-support';

function secretDisabled(bh: BillingHarness, name: string): string | undefined {
  const row = bh.sim.exec(['/ppp/secret/print']).find((sentence) => sentence[0] === '!re' && sentence.includes(`=name=${name}`));
  return row?.find((word) => word.startsWith('=disabled='))?.slice('=disabled='.length);
}

function pppSessions(bh: BillingHarness): number {
  return bh.sim.exec(['/ppp/active/print']).filter((sentence) => sentence[0] === '!re').length;
}

describe('scheduled billing: suspension after grace days and reactivation on payment', () => {
  it('disables the secret and drops the session past due + grace, and enables it again the moment it is paid', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    setJakartaTime(h, '2026-01-15T10:00:00');
    h.core.startBackground();
    await waitOnline(bh);
    const customerId = await bh.customer();
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 3, cycle: { kind: 'monthly', billingDay: 1 } });
    const { subscription, invoice } = await h.must('manager', 'billing.subscriptions.create', { customerId, planId, pppPassword: 'pw-123456' });
    const name = subscription.pppUsername;
    expect(invoice?.dueDate).toBe('2026-01-22');
    await waitFor(() => secretDisabled(bh, name) !== undefined, 10_000, 'secret on router');
    bh.sim.loginPppUser(name);
    expect(pppSessions(bh)).toBe(1);

    // Due 22 January + 3 grace days: still active on the 25th, suspended by the run of the 26th.
    setJakartaTime(h, '2026-01-25T12:00:00');
    await runDue(h);
    expect(subscriptionRow(h, subscription.id).status).toBe('active');
    setJakartaTime(h, '2026-01-26T00:20:00');
    const [run] = await runDue(h);
    expect(run).toMatchObject({ asOfDate: '2026-01-26', suspended: 1, reactivated: 0, errors: 0 });
    expect(subscriptionRow(h, subscription.id)).toMatchObject({
      status: 'suspended',
      suspensionKind: 'automatic',
      suspensionReason: 'Unpaid invoice due 2026-01-22, 3 grace day(s) passed',
    });
    await waitFor(() => ['true', 'yes'].includes(secretDisabled(bh, name) ?? ''), 10_000, 'secret disabled on the router');
    await waitFor(() => pppSessions(bh) === 0, 10_000, 'active PPP session removed');
    const audit = await h.must('owner', 'audit.list', { procedure: 'billing.runs.scheduled', limit: 1 });
    expect(audit.entries[0]?.summary).toContain('1 suspended');

    // A partial payment leaves the overdue invoice open: still suspended. Paying the rest lifts it at once.
    const partial = await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: 20_000, method: 'cash' });
    expect(partial.balanceMinor).toBeGreaterThan(0);
    expect(subscriptionRow(h, subscription.id).status).toBe('suspended');
    await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: partial.balanceMinor, method: 'cash' });
    expect(subscriptionRow(h, subscription.id)).toMatchObject({ status: 'active', suspensionKind: null, suspensionReason: null });
    await waitFor(() => ['false', 'no'].includes(secretDisabled(bh, name) ?? ''), 10_000, 'secret enabled on the router');
    const paid = await h.must('owner', 'audit.list', { procedure: 'billing.payments.record', limit: 1 });
    expect(paid.entries[0]?.summary).toContain('reactivated 1 subscription(s)');
    // The next runs leave it alone: nothing is in arrears any more.
    setJakartaTime(h, '2026-01-27T09:00:00');
    expect((await runDue(h)).map((r) => [r.suspended, r.reactivated])).toEqual([[0, 0]]);
  });

  it('never lifts a manager\'s suspension, and lifts an automatic one in the run when a credit settles it', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    setJakartaTime(h, '2026-01-15T10:00:00');
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 0, cycle: { kind: 'monthly', billingDay: 1 } });
    const manualCustomer = await bh.customer('Manual');
    const autoCustomer = await bh.customer('Auto');
    const manual = (await h.must('manager', 'billing.subscriptions.create', { customerId: manualCustomer, planId })).subscription;
    const auto = (await h.must('manager', 'billing.subscriptions.create', { customerId: autoCustomer, planId })).subscription;
    await h.must('manager', 'billing.subscriptions.suspend', { id: manual.id, reason: 'equipment returned' });
    setJakartaTime(h, '2026-01-23T09:00:00');
    await runDue(h);
    expect(subscriptionRow(h, auto.id)).toMatchObject({ status: 'suspended', suspensionKind: 'automatic' });
    expect(subscriptionRow(h, manual.id)).toMatchObject({ status: 'suspended', suspensionKind: 'manual', suspensionReason: 'equipment returned' });

    await h.must('cashier', 'billing.payments.record', { customerId: manualCustomer, amountMinor: 1_000_000, method: 'cash' });
    expect(subscriptionRow(h, manual.id).status).toBe('suspended');
    // A settled balance reached outside billing.payments.record (raw, as sync from another office would) is picked up by the next run.
    h.core.services.transaction(() =>
      h.core.services.billing.ledger.insertSimple({ customerId: autoCustomer, kind: 'payment', amountMinor: -1_000_000, method: 'cash', occurredAt: h.clock.now(), createdBy: null }),
    );
    setJakartaTime(h, '2026-01-24T09:00:00');
    const [run] = await runDue(h);
    expect(run).toMatchObject({ reactivated: 1, suspended: 0 });
    expect(subscriptionRow(h, auto.id).status).toBe('active');
    expect(subscriptionRow(h, manual.id).status).toBe('suspended');
  });
});
