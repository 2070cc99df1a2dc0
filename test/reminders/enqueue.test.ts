import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { customers } from '../../src-main/db/schema';
import { onCleanup } from '../support/core-harness';
import { startBillingHarness } from '../billing/support';
import { runDue } from '../billing/run-support';
import { startGatewayServer } from './gateway-server';
import { setJakartaTime, startReminderHarness } from './support';

const NOTHING = { due_soon: 0, overdue: 0, suspended: 0 };

describe('enqueueing reminders from the ledger', () => {
  it('follows the manual clock across due dates: due soon N days before, overdue the day after, each once', async () => {
    const r = await startReminderHarness({ dueSoonDays: 3, channel: 'sms', sendFrom: '08:00', sendUntil: '20:00' });
    const { h } = r;
    setJakartaTime(h, '2026-01-15T10:00:00');
    const siti = await r.customer('Siti Aminah');
    const invoiceId = await r.invoice(siti, 150_000); // due 2026-01-22 (7 days)

    expect((await r.enqueue()).created).toEqual(NOTHING);
    setJakartaTime(h, '2026-01-18T10:00:00');
    expect((await r.enqueue()).created).toEqual(NOTHING);
    setJakartaTime(h, '2026-01-19T10:00:00');
    expect((await r.enqueue()).created).toEqual({ ...NOTHING, due_soon: 1 });
    // Running it again (or on the due date itself) creates nothing new.
    expect((await r.enqueue()).created).toEqual(NOTHING);
    setJakartaTime(h, '2026-01-22T10:00:00');
    expect((await r.enqueue()).created).toEqual(NOTHING);
    setJakartaTime(h, '2026-01-23T10:00:00');
    expect((await r.enqueue()).created).toEqual({ ...NOTHING, overdue: 1 });
    expect((await r.enqueue()).created).toEqual(NOTHING);

    const messages = await r.outbox();
    expect(messages.map((message) => [message.kind, message.invoiceId, message.channel, message.status])).toEqual([
      ['overdue', invoiceId, 'sms', 'sent'],
      ['due_soon', invoiceId, 'sms', 'sent'],
    ]);
    // The office's built-in Indonesian SMS text, filled in (amounts in rupiah, dates in the office's language).
    expect(messages[0]?.body).toMatch(/^Warnet Jaya: Yth\. Siti Aminah \(WJ-\d{6}\), tagihan WJ-2026-\d{6} sebesar Rp\s?150\.000 sudah lewat jatuh tempo 22 Jan 2026\./);
    expect(r.gateway.received).toHaveLength(2);
  });

  it('uses what is open on the invoice, skips paid, voided and closed ones, and counts customers without a phone', async () => {
    const r = await startReminderHarness({ dueSoonDays: 7, enabled: false });
    const { h } = r;
    const partly = await r.customer('Partly Paid');
    await r.invoice(partly, 150_000);
    await r.pay(partly, 40_000);
    const paid = await r.customer('Paid Up');
    await r.invoice(paid, 150_000);
    await r.pay(paid, 150_000);
    const voided = await r.customer('Voided');
    const voidedInvoice = await r.invoice(voided, 150_000);
    await h.must('manager', 'billing.entries.void', { entryId: voidedInvoice, reason: 'wrong customer' });
    const silent = await r.customer('No Phone', []);
    await r.invoice(silent, 150_000);
    await r.invoice(silent, 70_000);
    const closed = await r.customer('Closed Account');
    await r.invoice(closed, 150_000);
    await h.must('manager', 'customers.update', { id: closed, status: 'closed' });
    // An earlier credit pays the oldest invoice first: the second invoice of this customer is half open.
    const credit = await r.customer('Had Credit');
    await r.pay(credit, 200_000);
    await r.invoice(credit, 150_000);
    const creditInvoice = await r.invoice(credit, 100_000);

    const result = await r.enqueue();
    expect(result).toEqual({ created: { ...NOTHING, due_soon: 2 }, skippedNoPhone: 1 });
    const messages = await r.outbox();
    expect(messages.map((message) => message.customerName).sort()).toEqual(['Had Credit', 'Partly Paid']);
    expect(messages.find((message) => message.customerId === partly)?.body).toMatch(/Rp\s?110\.000/);
    const halfOpen = messages.find((message) => message.customerId === credit);
    expect(halfOpen?.invoiceId).toBe(creditInvoice);
    expect(halfOpen?.body).toMatch(/Rp\s?50\.000/);
    // Nothing was sent: reminders are off, so messages wait in the outbox.
    expect(messages.every((message) => message.status === 'queued')).toBe(true);
    expect(r.gateway.received).toHaveLength(0);

    // Adding the missing phone later picks the customer up; the others are not enqueued twice.
    h.core.services.db.update(customers).set({ phones: '["021-555-0199"]' }).where(eq(customers.id, silent)).run();
    expect(await r.enqueue()).toEqual({ created: { ...NOTHING, due_soon: 2 }, skippedNoPhone: 0 });
  });

  it('a disabled template kind is not enqueued; the channel setting picks the template set', async () => {
    const r = await startReminderHarness({ dueSoonDays: 7, enabled: false, channel: 'whatsapp' });
    const { h } = r;
    await h.must('manager', 'reminders.templates.save', { kind: 'due_soon', channel: 'sms', body: 'SMS {customerName}', enabled: true });
    await h.must('manager', 'reminders.templates.save', { kind: 'due_soon', channel: 'whatsapp', body: 'WA {customerName}', enabled: false });
    await r.invoice(await r.customer('Siti'), 150_000);
    expect((await r.enqueue()).created).toEqual(NOTHING);
    await h.must('manager', 'reminders.settings.save', { channel: 'sms' });
    expect((await r.enqueue()).created).toEqual({ ...NOTHING, due_soon: 1 });
    expect(await r.outbox()).toMatchObject([{ channel: 'sms', body: 'SMS Siti' }]);
  });

  it('does not dig up invoices overdue for longer than a week when reminders are first used', async () => {
    const r = await startReminderHarness({ enabled: false });
    const { h } = r;
    setJakartaTime(h, '2026-01-15T10:00:00');
    await r.invoice(await r.customer('Old Debt'), 150_000); // due 22 January
    setJakartaTime(h, '2026-01-30T10:00:00');
    expect((await r.enqueue()).created).toEqual(NOTHING);
    setJakartaTime(h, '2026-01-29T10:00:00');
    expect((await r.enqueue()).created).toEqual({ ...NOTHING, overdue: 1 });
  });

  it('runs after the billing run: due soon, overdue and the suspension each reach the gateway once', async () => {
    const gateway = await startGatewayServer();
    onCleanup(() => gateway.close());
    const bh = await startBillingHarness();
    const { h } = bh;
    setJakartaTime(h, '2026-01-15T10:00:00');
    await h.must('manager', 'reminders.settings.save', { url: gateway.url, enabled: true, dueSoonDays: 3, sendFrom: '00:00', sendUntil: '00:00', channel: 'sms', officePhone: '021-555-0100' });
    const customerId = (await h.must('manager', 'customers.create', { name: 'Rina', phones: ['0813-2222-3333'] })).id;
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 3, cycle: { kind: 'monthly', billingDay: 1 } });
    const { subscription, invoice } = await h.must('manager', 'billing.subscriptions.create', { customerId, planId });
    expect(invoice?.dueDate).toBe('2026-01-22');
    const { dispatcher } = h.core.services.reminders;
    const kinds = async (): Promise<string[]> => (await h.must('manager', 'reminders.outbox.list', { limit: 50 })).messages.map((message) => `${message.kind}:${message.status}`);

    await runDue(h);
    await dispatcher.idle();
    expect(await kinds()).toEqual([]);
    // The 19th's run (after catch-up of the 16th-18th, which enqueue nothing) finds the invoice due in 3 days.
    setJakartaTime(h, '2026-01-19T00:20:00');
    await runDue(h);
    await dispatcher.idle();
    expect(await kinds()).toEqual(['due_soon:sent']);
    setJakartaTime(h, '2026-01-23T00:20:00');
    await runDue(h);
    await dispatcher.idle();
    expect(await kinds()).toEqual(['overdue:sent', 'due_soon:sent']);
    // Due 22nd + 3 grace days: the run of the 26th suspends, and the suspension message follows.
    setJakartaTime(h, '2026-01-26T00:20:00');
    const runs = await runDue(h);
    expect(runs.map((run) => [run.asOfDate, run.suspended])).toEqual([
      ['2026-01-24', 0],
      ['2026-01-25', 0],
      ['2026-01-26', 1],
    ]);
    await dispatcher.idle();
    expect(await kinds()).toEqual(['suspended:sent', 'overdue:sent', 'due_soon:sent']);
    const suspendedText = gateway.received.map((request) => (JSON.parse(request.body) as { message: string }).message).find((text) => text.includes('diisolir'));
    expect(suspendedText).toContain('Rina');
    expect(suspendedText).toContain('021-555-0100');
    const [suspendedMessage] = (await h.must('manager', 'reminders.outbox.list', { kind: 'suspended', limit: 5 })).messages;
    expect(suspendedMessage?.subscriptionId).toBe(subscription.id);
    // A manual run the same day creates nothing new.
    await h.must('manager', 'billing.runs.runNow', {});
    await dispatcher.idle();
    expect(await kinds()).toHaveLength(3);
    expect(gateway.received).toHaveLength(3);
    const audit = await h.must('owner', 'audit.list', { procedure: 'reminders.scheduled', limit: 10 });
    expect(audit.entries.map((entry) => entry.summary)).toEqual([
      'enqueued 1 reminder(s) after the billing run',
      'enqueued 1 reminder(s) after the billing run',
      'enqueued 1 reminder(s) after the billing run',
    ]);
  });

  it('enqueues nothing after billing runs while reminders are off', async () => {
    const bh = await startBillingHarness();
    const { h } = bh;
    setJakartaTime(h, '2026-01-15T10:00:00');
    const customerId = (await h.must('manager', 'customers.create', { name: 'Rina', phones: ['0813-2222-3333'] })).id;
    const planId = await bh.plan({ priceMinor: 100_000, graceDays: 0 });
    await h.must('manager', 'billing.subscriptions.create', { customerId, planId });
    setJakartaTime(h, '2026-01-23T09:00:00');
    await runDue(h);
    expect((await h.must('manager', 'reminders.outbox.list', {})).total).toBe(0);
    // "Enqueue now" still works: the messages wait until reminders are turned on.
    expect((await h.must('manager', 'reminders.enqueueNow', {})).created).toEqual({ due_soon: 0, overdue: 1, suspended: 1 });
  });
});
