import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { routerJobs } from '../../src-main/db/schema';
import { SAMPLE_SERVICE_PLAN } from '../support/sample-inputs';
import { pdfText, startTill } from './support';

const DAY = 86_400_000;

describe('customer payments at the till', () => {
  it('records a split payment in the billing ledger and reactivates a subscription suspended for arrears', async () => {
    const { h, routerId } = await startTill(1);
    const customer = await h.must('manager', 'customers.create', { name: 'Siti Aminah' });
    const plan = await h.must('manager', 'billing.plans.create', { ...SAMPLE_SERVICE_PLAN, setupFeeMinor: 0, taxRateBp: 0, routerId, pppProfile: 'home-till' });
    const created = await h.must('manager', 'billing.subscriptions.create', { customerId: customer.id, planId: plan.id });
    const owed = created.invoice?.amountMinor ?? 0;
    expect(owed).toBeGreaterThan(0);
    h.clock.advance(40 * DAY);
    const { billing, transaction, db } = h.core.services;
    transaction(() => billing.subscriptions.suspend(created.subscription.id, h.clock.now(), { kind: 'automatic', reason: 'arrears' }));
    const jobsBefore = db.select().from(routerJobs).where(eq(routerJobs.routerId, routerId)).all().length;

    await h.must('cashier', 'till.shifts.open', {});
    const part = await h.must('cashier', 'till.collectPayment', { customerId: customer.id, payments: [{ method: 'cash', amountMinor: 1000 }] });
    expect(part.reactivatedSubscriptionIds).toEqual([]);
    const rest = owed - 1000;
    const paid = await h.must('cashier', 'till.collectPayment', {
      customerId: customer.id,
      payments: [
        { method: 'cash', amountMinor: rest - 2000 },
        { method: 'mobile_money', amountMinor: 2000, reference: 'MM-42' },
      ],
    });
    expect(paid).toMatchObject({ totalMinor: rest, balanceMinor: 0, reactivatedSubscriptionIds: [created.subscription.id] });
    expect(paid.ledgerEntryIds).toHaveLength(2);
    const statement = await h.must('cashier', 'billing.ledger.get', { customerId: customer.id });
    expect(statement.entries.filter((e) => e.kind === 'payment').map((e) => [e.method, -e.amountMinor])).toEqual([
      ['cash', 1000],
      ['cash', rest - 2000],
      ['mobile_money', 2000],
    ]);
    const [sub] = await h.must('cashier', 'billing.subscriptions.list', { customerId: customer.id });
    expect(sub?.status).toBe('active');
    expect(db.select().from(routerJobs).where(eq(routerJobs.routerId, routerId)).all().length).toBeGreaterThan(jobsBefore);
    expect((await h.must('cashier', 'till.shifts.current', {}))?.expected).toEqual({ cash: rest - 1000, mobile_money: 2000, bank_transfer: 0 });

    const text = pdfText((await h.must('cashier', 'till.receipts.get', { receiptId: paid.receiptId })).pdfBase64);
    // The office is id-ID: labels in Indonesian, the stored "Payment (Cash)" item too.
    expect(text).toContain('STRUK PEMBAYARAN');
    expect(text).toContain('Pelanggan: Siti Aminah');
    expect(text).toContain('Dompet digital (MM-42)');
    expect(text).toContain('Pembayaran (Tunai)');
    expect(text).toContain('Saldo setelah pembayaran');

    // Voiding the payment voids it in the billing ledger too (a manager, no approval needed).
    const entry = paid.entryIds[0];
    if (!entry) throw new Error('no entry');
    await h.must('manager', 'till.void', { entryId: entry, reason: 'wrong customer' });
    const after = await h.must('cashier', 'billing.ledger.get', { customerId: customer.id });
    expect(after.balanceMinor).toBe(rest - 2000);
  });

  it('refuses an unknown customer and a manual suspension stays', async () => {
    const { h, routerId } = await startTill(1);
    await h.must('cashier', 'till.shifts.open', {});
    const before = h.changes();
    const unknown = await h.call('cashier', 'till.collectPayment', { customerId: '01900000-0000-7000-8000-0000000000aa', payments: [{ method: 'cash', amountMinor: 1000 }] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(h.changes()).toBe(before);
    const customer = await h.must('manager', 'customers.create', { name: 'Budi' });
    const plan = await h.must('manager', 'billing.plans.create', { ...SAMPLE_SERVICE_PLAN, routerId, pppProfile: 'home-manual' });
    const created = await h.must('manager', 'billing.subscriptions.create', { customerId: customer.id, planId: plan.id, invoiceNow: false });
    await h.must('manager', 'billing.subscriptions.suspend', { id: created.subscription.id, reason: 'abuse' });
    const paid = await h.must('cashier', 'till.collectPayment', { customerId: customer.id, payments: [{ method: 'cash', amountMinor: 1000 }] });
    expect(paid.reactivatedSubscriptionIds).toEqual([]);
  });
});
