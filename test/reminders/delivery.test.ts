import { describe, expect, it } from 'vitest';
import { onCleanup, startOfficeWithStaff } from '../support/core-harness';
import { startGatewayServer } from './gateway-server';
import { startReminderHarness, TEST_DISPATCH } from './support';

/** A due-soon reminder for every invoice issued now (due in 7 days). */
const DUE_SOON_NOW = { dueSoonDays: 7, countryCode: '62' } as const;

describe('delivery through the HTTP gateway', () => {
  it('posts each queued message to the configured address, in order, with the auth header, and marks it sent', async () => {
    const r = await startReminderHarness({ ...DUE_SOON_NOW, authHeaderName: 'X-Api-Key', authSecret: 'sk-live-123', channel: 'sms' });
    const siti = await r.customer('Siti "Ani" Aminah', ['0812-1111-2222']);
    const budi = await r.customer('Budi Santoso', ['+62 857 3333 4444', '0811']);
    await r.invoice(siti, 150_000);
    await r.invoice(budi, 200_000);
    expect((await r.enqueue()).created).toEqual({ due_soon: 2, overdue: 0, suspended: 0 });
    await r.deliver();

    expect(r.gateway.received).toHaveLength(2);
    const [first, second] = r.gateway.received.map((request) => ({ ...request, json: JSON.parse(request.body) as { to: string; message: string; channel: string } }));
    expect(first).toMatchObject({ method: 'POST', path: '/send', json: { to: '6281211112222', channel: 'sms' } });
    expect(first?.headers['x-api-key']).toBe('sk-live-123');
    expect(first?.headers['content-type']).toMatch(/^application\/json/);
    // The quotes of the name are escaped inside the JSON string, and the amount is in rupiah.
    expect(first?.json.message).toContain('Siti "Ani" Aminah');
    expect(first?.json.message).toMatch(/Rp\s?150\.000/);
    expect(second?.json.to).toBe('6285733334444');

    const sent = await r.outbox({ status: 'sent' });
    expect(sent).toHaveLength(2);
    expect(sent.every((message) => message.attempts === 1 && message.responseStatus === 200 && message.sentAt === r.h.clock.now())).toBe(true);
    // Delivering again sends nothing more.
    await r.deliver();
    expect(r.gateway.received).toHaveLength(2);
  });

  it('sends a form body with each value URL-encoded when the content type is form', async () => {
    const r = await startReminderHarness({ ...DUE_SOON_NOW, contentType: 'form', bodyTemplate: 'target={to}&text={message}&via={channel}' });
    await r.invoice(await r.customer('Ani & Co'), 99_000);
    await r.enqueue();
    await r.deliver();
    const request = r.gateway.received[0];
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    const form = new URLSearchParams(request?.body);
    expect(form.get('target')).toBe('6281234567890');
    expect(form.get('via')).toBe('whatsapp');
    expect(form.get('text')).toContain('Ani & Co');
  });

  it('offline: a refused connection leaves messages queued without spending attempts, and they go out when the gateway is back', async () => {
    const r = await startReminderHarness(DUE_SOON_NOW);
    await r.invoice(await r.customer('Siti'), 150_000);
    await r.invoice(await r.customer('Budi'), 150_000);
    const { port } = r.gateway;
    await r.gateway.close();
    await r.enqueue();
    await r.deliver();
    let queued = await r.outbox({ status: 'queued' });
    expect(queued).toHaveLength(2);
    expect(queued.every((message) => message.attempts === 0)).toBe(true);
    // Only the first was tried: an unreachable gateway pauses delivery instead of failing the whole queue.
    expect(queued.filter((message) => message.lastError !== null)).toHaveLength(1);
    expect(queued.find((message) => message.lastError)?.lastError).toMatch(/ECONNREFUSED/);

    // Still offline after the pause: still queued, the pause grows.
    r.h.clock.advance(TEST_DISPATCH.offlineInitialMs ?? 0);
    await r.deliver();
    queued = await r.outbox({ status: 'queued' });
    expect(queued).toHaveLength(2);

    const back = await startGatewayServer({ port });
    onCleanup(() => back.close());
    await r.deliver();
    expect(back.received).toHaveLength(0); // the pause is not over yet
    r.h.clock.advance(2 * (TEST_DISPATCH.offlineInitialMs ?? 0));
    await r.deliver();
    expect(back.received).toHaveLength(2);
    const sent = await r.outbox({ status: 'sent' });
    expect(sent).toHaveLength(2);
    expect(sent.every((message) => message.attempts === 1 && message.lastError === null)).toBe(true);
  });

  it('5xx answers retry with a doubling backoff and fail after the maximum attempts', async () => {
    const r = await startReminderHarness({ ...DUE_SOON_NOW, maxAttempts: 3 });
    await r.invoice(await r.customer('Siti'), 150_000);
    r.gateway.reply({ status: 503, body: 'overloaded' });
    await r.enqueue();
    let [message] = await r.outbox();
    expect(message).toMatchObject({ status: 'queued', attempts: 1, responseStatus: 503, lastError: 'HTTP 503 Service Unavailable: overloaded' });
    expect(message?.nextAttemptAt).toBe(r.h.clock.now() + 60_000);

    await r.deliver(); // not due yet
    expect(r.gateway.received).toHaveLength(1);
    r.h.clock.advance(60_000);
    await r.deliver();
    [message] = await r.outbox();
    expect(message).toMatchObject({ status: 'queued', attempts: 2 });
    expect(message?.nextAttemptAt).toBe(r.h.clock.now() + 120_000);

    r.h.clock.advance(120_000);
    await r.deliver();
    [message] = await r.outbox();
    expect(message).toMatchObject({ status: 'failed', attempts: 3, responseStatus: 503 });
    expect(message?.lastError).toContain('gave up after 3 attempts');
    expect(r.gateway.received).toHaveLength(3);
  });

  it('a 5xx followed by a 2xx is sent on the retry', async () => {
    const r = await startReminderHarness(DUE_SOON_NOW);
    await r.invoice(await r.customer('Siti'), 150_000);
    r.gateway.reply({ status: 502 });
    await r.enqueue();
    r.gateway.reply({ status: 201 });
    r.h.clock.advance(60_000);
    await r.deliver();
    expect(await r.outbox()).toMatchObject([{ status: 'sent', attempts: 2, responseStatus: 201, lastError: null }]);
  });

  it('4xx fails at once with the answer recorded; an operator retry sends it again', async () => {
    const r = await startReminderHarness(DUE_SOON_NOW);
    await r.invoice(await r.customer('Siti'), 150_000);
    r.gateway.reply({ status: 422, body: '{"error":"invalid number"}' });
    await r.enqueue();
    const [failed] = await r.outbox();
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 422, lastError: 'HTTP 422 Unprocessable Entity: {"error":"invalid number"}' });

    // Cashiers see it but may not retry it.
    const forbidden = await r.h.call('cashier', 'reminders.outbox.retry', { id: failed!.id });
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    r.gateway.reply({ status: 200 });
    const retried = await r.h.must('manager', 'reminders.outbox.retry', { id: failed!.id });
    expect(retried).toMatchObject({ status: 'queued', attempts: 0 });
    await r.deliver();
    expect(await r.outbox()).toMatchObject([{ status: 'sent', attempts: 1 }]);
    const sentAgain = await r.h.call('manager', 'reminders.outbox.retry', { id: failed!.id });
    expect(sentAgain).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a timeout counts as an attempt and retries', async () => {
    const r = await startReminderHarness({ ...DUE_SOON_NOW, timeoutMs: 1000 });
    await r.invoice(await r.customer('Siti'), 150_000);
    r.gateway.reply({ status: 200, delayMs: 3000 });
    await r.enqueue();
    expect(await r.outbox()).toMatchObject([{ status: 'queued', attempts: 1, responseStatus: null, lastError: 'the gateway did not answer in time' }]);
  });

  it('never follows a redirect: a 3xx is recorded as a failure and nothing reaches the other address', async () => {
    const elsewhere = await startGatewayServer();
    onCleanup(() => elsewhere.close());
    const r = await startReminderHarness(DUE_SOON_NOW);
    await r.invoice(await r.customer('Siti'), 150_000);
    r.gateway.reply({ status: 307, headers: { location: elsewhere.url } });
    await r.enqueue();
    expect(elsewhere.received).toHaveLength(0);
    expect(await r.outbox()).toMatchObject([{ status: 'failed', responseStatus: 307 }]);
  });

  it('waits for the send window, for reminders to be enabled, and cancels what is no longer owed', async () => {
    const r = await startReminderHarness({ ...DUE_SOON_NOW, sendFrom: '08:00', sendUntil: '20:00' });
    const siti = await r.customer('Siti');
    const budi = await r.customer('Budi');
    await r.invoice(siti, 150_000);
    await r.invoice(budi, 150_000);
    // 21:00 in Jakarta: outside the window.
    r.h.clock.set(Date.parse('2026-01-15T21:00:00+07:00'));
    await r.enqueue();
    await r.deliver();
    expect(r.gateway.received).toHaveLength(0);
    // Siti pays in full before the morning: her reminder must not go out.
    await r.pay(siti, 150_000);
    await r.h.must('manager', 'reminders.settings.save', { enabled: false });
    r.h.clock.set(Date.parse('2026-01-16T08:00:00+07:00'));
    await r.deliver();
    expect(r.gateway.received).toHaveLength(0);
    await r.h.must('manager', 'reminders.settings.save', { enabled: true });
    await r.deliver();
    expect(r.gateway.received).toHaveLength(1);
    expect(r.gateway.received[0]?.body).toContain('Budi');
    const messages = await r.outbox();
    expect(messages.find((message) => message.customerId === siti)).toMatchObject({ status: 'cancelled', lastError: 'not sent: the invoice was paid (or voided) first' });
    expect(messages.find((message) => message.customerId === budi)).toMatchObject({ status: 'sent' });
  });

  it('an operator cancels a queued message; the dispatcher then leaves it alone', async () => {
    const r = await startReminderHarness(DUE_SOON_NOW);
    await r.invoice(await r.customer('Siti'), 150_000);
    await r.h.must('manager', 'reminders.settings.save', { enabled: false });
    await r.enqueue();
    const [queued] = await r.outbox();
    expect(await r.h.must('manager', 'reminders.outbox.cancel', { id: queued!.id })).toMatchObject({ status: 'cancelled' });
    await r.h.must('manager', 'reminders.settings.save', { enabled: true });
    await r.deliver();
    expect(r.gateway.received).toHaveLength(0);
    expect(await r.h.call('manager', 'reminders.outbox.cancel', { id: queued!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('sendTest posts one message through the saved settings and reports the answer; it is audited without the secret', async () => {
    const r = await startReminderHarness({ authHeaderName: 'Authorization', authSecret: 'Bearer s3cret', countryCode: '62' });
    const ok = await r.h.must('manager', 'reminders.sendTest', { to: '0812 999 888', message: 'Halo dari kantor' });
    expect(ok).toMatchObject({ delivered: true, status: 200, error: null });
    expect(JSON.parse(r.gateway.received[0]?.body ?? '{}')).toEqual({ to: '62812999888', message: 'Halo dari kantor', channel: 'whatsapp' });
    expect(r.gateway.received[0]?.headers.authorization).toBe('Bearer s3cret');
    r.gateway.reply({ status: 401, body: 'bad token' });
    expect(await r.h.must('manager', 'reminders.sendTest', { to: '0812 999 888' })).toMatchObject({ delivered: false, status: 401, error: 'HTTP 401 Unauthorized: bad token' });
    await r.gateway.close();
    const down = await r.h.must('manager', 'reminders.sendTest', { to: '0812 999 888' });
    expect(down).toMatchObject({ delivered: false, status: null });
    expect(down.error).toMatch(/cannot reach the gateway/);
    const { entries } = await r.h.must('owner', 'audit.list', { procedure: 'reminders.sendTest', limit: 10 });
    expect(entries).toHaveLength(3);
    const { sqlite } = r.h.core.services;
    const details = JSON.stringify(sqlite.prepare("SELECT summary, details FROM audit_log WHERE procedure LIKE 'reminders.%'").all());
    expect(details).not.toContain('s3cret');
    expect(details).toContain('authSecretChanged');
    // At rest the secret is sealed, like router passwords; the settings answer only says one is set.
    expect(JSON.stringify(sqlite.prepare('SELECT * FROM reminder_settings').all())).not.toContain('s3cret');
    expect(await r.h.must('manager', 'reminders.settings.get', {})).toMatchObject({ authHeaderName: 'Authorization', authSecretSet: true });
  });

  it('sendTest before any address is saved is a CONFLICT', async () => {
    const h = await startOfficeWithStaff();
    expect(await h.call('manager', 'reminders.sendTest', { to: '0812 999 888' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
