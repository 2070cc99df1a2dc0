import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff } from '../support/core-harness';
import { startReminderHarness } from './support';

describe('reminder templates', () => {
  it('lists a built-in text for every kind and channel, in the office language', async () => {
    const h = await startOfficeWithStaff();
    const templates = await h.must('manager', 'reminders.templates.list', {});
    expect(templates.map((template) => `${template.kind}/${template.channel}`)).toEqual([
      'due_soon/sms',
      'due_soon/whatsapp',
      'overdue/sms',
      'overdue/whatsapp',
      'suspended/sms',
      'suspended/whatsapp',
    ]);
    expect(templates.every((template) => template.isDefault && template.enabled && template.updatedAt === null)).toBe(true);
    // The office is id-ID: Indonesian texts.
    expect(templates[0]?.body).toContain('jatuh tempo');
    // Cashiers read the outbox, not the templates.
    expect(await h.call('cashier', 'reminders.templates.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses unknown placeholders with a VALIDATION error naming them, and changes nothing', async () => {
    const h = await startOfficeWithStaff();
    const before = h.changes();
    const result = await h.call('manager', 'reminders.templates.save', { kind: 'overdue', channel: 'sms', body: 'Hi {customerName}, pay {total} by {due}', enabled: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(JSON.stringify(result.error.details)).toContain('unknown placeholder {total}, {due}');
    expect(h.changes()).toBe(before);
    const overdue = (await h.must('manager', 'reminders.templates.list', {})).find((t) => t.kind === 'overdue' && t.channel === 'sms');
    expect(overdue?.isDefault).toBe(true);
  });

  it('saves, previews and resets a template; braces that are not placeholders stay text', async () => {
    const h = await startOfficeWithStaff({ idleLockMsOverride: 365 * 86_400_000 });
    h.clock.set(Date.parse('2026-03-10T10:00:00+07:00'));
    const body = 'Hi {customerName} ({accountNumber}): {amount} due {dueDate}, inv {invoiceNumber}. {officeName} {officePhone} :-{ }';
    const saved = await h.must('manager', 'reminders.templates.save', { kind: 'due_soon', channel: 'sms', body, enabled: false });
    expect(saved).toMatchObject({ body, enabled: false, isDefault: false, updatedAt: h.clock.now() });
    await h.must('manager', 'reminders.settings.save', { officePhone: '021-555-0100', dueSoonDays: 5 });
    const preview = await h.must('manager', 'reminders.templates.preview', { kind: 'due_soon', channel: 'sms', body });
    expect(preview.text).toMatch(/^Hi Budi Santoso \(WJ-000123\): Rp\s?150\.000 due 15 Mar 2026, inv WJ-2026-000042\. Warnet Jaya 021-555-0100 :-\{ \}$/);
    expect(preview).toMatchObject({ encoding: 'gsm7', smsParts: 1, unknownPlaceholders: [] });
    // The preview reports unknown placeholders instead of refusing them (it runs while the text is typed).
    const typing = await h.must('manager', 'reminders.templates.preview', { kind: 'overdue', channel: 'whatsapp', body: 'Halo {nama} 🙂 {amount}' });
    expect(typing).toMatchObject({ unknownPlaceholders: ['nama'], encoding: 'ucs2', smsParts: 1 });
    expect(typing.text).toContain('{nama}');
    const reset = await h.must('manager', 'reminders.templates.reset', { kind: 'due_soon', channel: 'sms' });
    expect(reset).toMatchObject({ isDefault: true, enabled: true });
    expect(reset.body).toContain('{invoiceNumber}');
  });
});

describe('reminder gateway settings', () => {
  it('starts from defaults: off, quiet hours 08:00-20:00, a JSON body, no secret', async () => {
    const h = await startOfficeWithStaff();
    expect(await h.must('owner', 'reminders.settings.get', {})).toEqual({
      enabled: false,
      url: null,
      method: 'POST',
      contentType: 'json',
      bodyTemplate: '{"to": "{to}", "message": "{message}", "channel": "{channel}"}',
      authHeaderName: null,
      authSecretSet: false,
      timeoutMs: 10_000,
      channel: 'whatsapp',
      dueSoonDays: 3,
      officePhone: '',
      countryCode: '',
      sendFrom: '08:00',
      sendUntil: '20:00',
      maxAttempts: 8,
      updatedAt: null,
    });
  });

  it('refuses bad settings with VALIDATION and writes nothing', async () => {
    const r = await startReminderHarness({ enabled: false });
    const { h } = r;
    const bad = [
      { url: 'ftp://gateway.example/send' },
      { url: 'http://user:pass@127.0.0.1/send' },
      { bodyTemplate: '{"to": "{to}"}' },
      { bodyTemplate: '{"to": "{to}", "message": "{message}", "x": "{secret}"}' },
      { bodyTemplate: '{"to": {to}, "message": "{message}"' },
      { contentType: 'form', bodyTemplate: 'to={to}&message={message}', authSecret: 'abc' },
      { authHeaderName: 'Content-Type' },
      { authHeaderName: 'X-Key', authSecret: 'line\nbreak' },
      { sendFrom: '24:00' },
      { timeoutMs: 100 },
      { dueSoonDays: 31 },
      { countryCode: '+62' },
      { url: null, enabled: true },
      { method: 'GET' },
    ];
    const settingsBefore = await h.must('manager', 'reminders.settings.get', {});
    for (const input of bad) {
      const before = h.changes();
      const result = await h.call('manager', 'reminders.settings.save', input as never);
      expect(result.ok ? 'OK' : result.error.code, JSON.stringify(input)).toBe('VALIDATION');
      expect(h.changes(), JSON.stringify(input)).toBe(before);
    }
    expect(await h.must('manager', 'reminders.settings.get', {})).toEqual(settingsBefore);
  });

  it('keeps the secret until replaced or removed; removing the header removes it too', async () => {
    const r = await startReminderHarness({ authHeaderName: 'X-Api-Key', authSecret: 'first' });
    const { h } = r;
    await h.must('manager', 'reminders.settings.save', { timeoutMs: 5000 });
    await h.must('manager', 'reminders.sendTest', { to: '0812 1' });
    expect(r.gateway.received[0]?.headers['x-api-key']).toBe('first');
    await h.must('manager', 'reminders.settings.save', { authSecret: 'second' });
    await h.must('manager', 'reminders.sendTest', { to: '0812 1' });
    expect(r.gateway.received[1]?.headers['x-api-key']).toBe('second');
    expect(await h.must('manager', 'reminders.settings.save', { authHeaderName: null })).toMatchObject({ authHeaderName: null, authSecretSet: false });
    await h.must('manager', 'reminders.sendTest', { to: '0812 1' });
    expect(r.gateway.received[2]?.headers['x-api-key']).toBeUndefined();
  });

  it('cashiers and technicians cannot read or change the gateway', async () => {
    const h = await startOfficeWithStaff();
    for (const role of ['cashier', 'technician'] as const) {
      expect(await h.call(role, 'reminders.settings.get', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await h.call(role, 'reminders.settings.save', { enabled: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await h.call('technician', 'reminders.outbox.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call('cashier', 'reminders.outbox.list', {})).toMatchObject({ ok: true });
  });
});
