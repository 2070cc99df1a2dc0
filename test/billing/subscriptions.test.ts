import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readDesired } from '../../src-main/routers/desired/store';
import { routerJobs } from '../../src-main/db/schema';
import { waitFor, waitOnline } from '../routers/domain/support';
import { setJakartaTime, startBillingHarness, type BillingHarness } from './support';

function secretsOnSim(bh: BillingHarness): Map<string, Record<string, string>> {
  const secrets = new Map<string, Record<string, string>>();
  for (const sentence of bh.sim.exec(['/ppp/secret/print'])) {
    if (sentence[0] !== '!re') continue;
    const row = Object.fromEntries(
      sentence.slice(1).map((word) => {
        const eq = word.indexOf('=', 1);
        return [word.slice(1, eq), word.slice(eq + 1)];
      }),
    );
    if (row.name) secrets.set(row.name, row);
  }
  return secrets;
}

function pppSessions(bh: BillingHarness): string[] {
  return bh.sim
    .exec(['/ppp/active/print'])
    .filter((sentence) => sentence[0] === '!re')
    .map((sentence) => sentence.find((word) => word.startsWith('=name='))?.slice(6) ?? '');
}

function jobs(bh: BillingHarness): Array<{ kind: string; payload: unknown }> {
  return bh.h.core.services.db
    .select({ kind: routerJobs.kind, payload: routerJobs.payload })
    .from(routerJobs)
    .where(and(eq(routerJobs.routerId, bh.routerId)))
    .orderBy(routerJobs.seq)
    .all()
    .map((job) => ({ kind: job.kind, payload: JSON.parse(job.payload) as unknown }));
}

describe('subscriptions', () => {
  it('queue the plan profile and the PPP secret; suspension disables it, cancellation removes it', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const customerId = await bh.customer();
    const planId = await bh.plan({ pppProfile: 'home-10' });
    const created = await h.must('manager', 'billing.subscriptions.create', { customerId, planId, pppPassword: 'rahasia-1' });
    const sub = created.subscription;
    expect(sub).toMatchObject({ pppUsername: 'wj-000001', status: 'active', routerId: bh.routerId, startDate: '2026-01-15' });
    const { db } = h.core.services;
    expect(readDesired(db, bh.routerId, '/ppp/profile').get('home-10')).toMatchObject({ 'rate-limit': '5M/10M', 'remote-address': 'pppoe-pool', comment: `mb:plan ${planId}` });
    const secret = { password: 'rahasia-1', service: 'pppoe', profile: 'home-10', comment: `mb:sub ${sub.id}` };
    expect(readDesired(db, bh.routerId, '/ppp/secret').get('wj-000001')).toEqual({ ...secret, disabled: 'no' });

    await h.must('manager', 'billing.subscriptions.suspend', { id: sub.id, reason: 'unpaid' });
    expect(readDesired(db, bh.routerId, '/ppp/secret').get('wj-000001')).toEqual({ ...secret, disabled: 'yes' });
    const again = await h.call('manager', 'billing.subscriptions.suspend', { id: sub.id });
    expect(again.ok ? 'OK' : again.error.code).toBe('CONFLICT');
    await h.must('manager', 'billing.subscriptions.reactivate', { id: sub.id });
    expect(readDesired(db, bh.routerId, '/ppp/secret').get('wj-000001')?.disabled).toBe('no');
    const cancelled = await h.must('owner', 'billing.subscriptions.cancel', { id: sub.id, reason: 'moved' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledAt: h.clock.now() });
    expect(readDesired(db, bh.routerId, '/ppp/secret').has('wj-000001')).toBe(false);
    expect(jobs(bh).map((job) => job.kind)).toEqual([
      'ppp-profile.upsert',
      'ppp-secret.upsert',
      'ppp-secret.upsert',
      'session.kick',
      'ppp-secret.upsert',
      'ppp-secret.remove',
      'session.kick',
    ]);
    expect(jobs(bh)[3]?.payload).toEqual({ kind: 'ppp', user: 'wj-000001' });
    const revived = await h.call('owner', 'billing.subscriptions.reactivate', { id: sub.id });
    expect(revived.ok ? 'OK' : revived.error.code).toBe('CONFLICT');
  });

  it('keeps PPP names unique per live subscription on a router; a cancelled one frees its name', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const customerId = await bh.customer();
    const planId = await bh.plan();
    const first = await h.must('manager', 'billing.subscriptions.create', { customerId, planId, invoiceNow: false });
    const second = await h.must('manager', 'billing.subscriptions.create', { customerId, planId, invoiceNow: false });
    expect([first.subscription.pppUsername, second.subscription.pppUsername]).toEqual(['wj-000001', 'wj-000001-2']);
    expect(second.subscription.pppPassword).toMatch(/^[a-zA-Z2-9]{10}$/);
    const before = h.changes();
    const clash = await h.call('manager', 'billing.subscriptions.create', { customerId, planId, pppUsername: 'wj-000001' });
    expect(clash.ok ? 'OK' : clash.error.code).toBe('CONFLICT');
    const noPlan = await h.call('manager', 'billing.subscriptions.create', { customerId, planId: customerId });
    expect(noPlan.ok ? 'OK' : noPlan.error.code).toBe('NOT_FOUND');
    expect(h.changes()).toBe(before);
    await h.must('manager', 'billing.subscriptions.cancel', { id: first.subscription.id });
    const reused = await h.must('manager', 'billing.subscriptions.create', { customerId, planId, pppUsername: 'wj-000001', invoiceNow: false });
    expect(reused.subscription.pppUsername).toBe('wj-000001');
    const listed = await h.must('cashier', 'billing.subscriptions.list', { customerId, status: 'active' });
    expect(listed.map((s) => s.id)).toEqual([second.subscription.id, reused.subscription.id]);
  });

  it('the first invoice carries the setup fee and the rest of the first cycle', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const customerId = await bh.customer();
    const planId = await bh.plan({ priceMinor: 150_000, setupFeeMinor: 50_000, taxRateBp: 1100, cycle: { kind: 'monthly', billingDay: 1 } });
    setJakartaTime(h, '2026-04-21T10:00:00');
    const { invoice } = await h.must('manager', 'billing.subscriptions.create', { customerId, planId });
    // April has 30 days; 21..30 = 10 days: 150000 × 10 / 30 = 50000, 11 % tax on each line.
    expect(invoice?.lines.map((line) => [line.kind, line.netMinor, line.taxMinor, line.periodStart, line.periodEnd])).toEqual([
      ['setup_fee', 50_000, 5_500, null, null],
      ['plan', 50_000, 5_500, '2026-04-21', '2026-05-01'],
    ]);
    expect(invoice).toMatchObject({ amountMinor: 111_000, number: 'WJ-2026-000001' });
  });

  it('a plan change mid-cycle credits the rest of the old plan and charges the rest of the new one', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const customerId = await bh.customer();
    const basic = await bh.plan({ name: 'Basic', priceMinor: 150_000, taxRateBp: 1100 });
    const fast = await bh.plan({ name: 'Fast', priceMinor: 250_000, taxRateBp: 1100, pppProfile: 'fast' });
    setJakartaTime(h, '2026-03-01T08:00:00');
    const { subscription } = await h.must('manager', 'billing.subscriptions.create', { customerId, planId: basic });
    await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: 166_500, method: 'cash' });
    setJakartaTime(h, '2026-03-20T08:00:00');
    const change = await h.must('manager', 'billing.subscriptions.changePlan', { id: subscription.id, planId: fast });
    // March has 31 days; 20..31 = 12 days left.
    expect(change.creditNote?.lines[0]).toMatchObject({ kind: 'proration_credit', netMinor: 58_065, taxMinor: 6_387, periodStart: '2026-03-20', periodEnd: '2026-04-01' });
    expect(change.creditNote?.amountMinor).toBe(-64_452);
    expect(change.invoice?.lines[0]).toMatchObject({ kind: 'proration_charge', netMinor: 96_774, taxMinor: 10_645, periodStart: '2026-03-20', periodEnd: '2026-04-01' });
    expect(change.invoice?.amountMinor).toBe(107_419);
    expect(readDesired(h.core.services.db, bh.routerId, '/ppp/secret').get(subscription.pppUsername)?.profile).toBe('fast');
    const statement = await h.must('cashier', 'billing.ledger.get', { customerId });
    expect(statement.balanceMinor).toBe(107_419 - 64_452);
    // A second change in the same cycle credits what the first change charged, not the original line again.
    setJakartaTime(h, '2026-03-25T08:00:00');
    const back = await h.must('manager', 'billing.subscriptions.changePlan', { id: subscription.id, planId: basic });
    expect(back.creditNote?.lines[0]).toMatchObject({ netMinor: 56_452, periodStart: '2026-03-25' }); // 96774 × 7 / 12 = 56451.5
    expect(back.invoice?.lines[0]).toMatchObject({ netMinor: 33_871 }); // 150000 × 7 / 31 = 33870.97
  });

  it('a plan change with nothing billed for today changes the plan only', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    const customerId = await bh.customer();
    const basic = await bh.plan();
    const fast = await bh.plan({ priceMinor: 999_999 });
    const { subscription } = await h.must('manager', 'billing.subscriptions.create', { customerId, planId: basic, invoiceNow: false });
    const change = await h.must('manager', 'billing.subscriptions.changePlan', { id: subscription.id, planId: fast });
    expect(change).toMatchObject({ invoice: null, creditNote: null, subscription: { planId: fast } });
    const same = await h.call('manager', 'billing.subscriptions.changePlan', { id: subscription.id, planId: fast });
    expect(same.ok ? 'OK' : same.error.code).toBe('CONFLICT');
  });

  it('the job worker puts the secret on the router, disables it and removes it', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    h.core.startBackground();
    await waitOnline(bh);
    const customerId = await bh.customer();
    const planId = await bh.plan({ pppProfile: 'home-live' });
    const { subscription } = await h.must('manager', 'billing.subscriptions.create', { customerId, planId, pppPassword: 'pw-123456', invoiceNow: false });
    const name = subscription.pppUsername;
    await waitFor(() => secretsOnSim(bh).has(name), 10_000, 'secret on router');
    expect(secretsOnSim(bh).get(name)).toMatchObject({ profile: 'home-live', password: 'pw-123456', service: 'pppoe' });
    bh.sim.loginPppUser(name);
    expect(pppSessions(bh)).toEqual([name]);
    await h.must('manager', 'billing.subscriptions.suspend', { id: subscription.id });
    await waitFor(() => ['true', 'yes'].includes(secretsOnSim(bh).get(name)?.disabled ?? ''), 10_000, 'secret disabled');
    // The live session is dropped so the suspension bites now, not at the next redial.
    await waitFor(() => pppSessions(bh).length === 0, 10_000, 'session kicked');
    await h.must('manager', 'billing.subscriptions.cancel', { id: subscription.id });
    await waitFor(() => !secretsOnSim(bh).has(name), 10_000, 'secret removed');
    const statuses = () => h.core.services.db.select({ status: routerJobs.status }).from(routerJobs).where(eq(routerJobs.routerId, bh.routerId)).all();
    await waitFor(() => statuses().every((job) => job.status === 'done'), 10_000, 'every job done (a kick with no session left is not a failure)');
  });
});
