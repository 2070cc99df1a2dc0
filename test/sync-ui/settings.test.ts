import { describe, expect, it } from 'vitest';
import { toPoolConfig, type SyncConnection } from '../../src-main/sync/settings';
import { startOfficeWithStaff } from '../support/core-harness';

const CA = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUfake\n-----END CERTIFICATE-----';
const FORM = { enabled: false, host: 'db.example.net', port: 5432, database: 'mb_central', user: 'office_wj', tlsMode: 'verify-full', intervalMinutes: 2 } as const;

function storedRaw(h: Awaited<ReturnType<typeof startOfficeWithStaff>>): string {
  const row = h.core.services.sqlite.prepare("SELECT value FROM settings WHERE key = 'sync.settings'").get() as { value: string } | undefined;
  return row?.value ?? '';
}

describe('sync settings', () => {
  it('start off with defaults, seal the password, never return it, and keep it when saved blank', async () => {
    const h = await startOfficeWithStaff();
    expect(await h.must('manager', 'sync.settings.get', {})).toMatchObject({ enabled: false, host: '', port: 5432, passwordSet: false, tlsMode: 'verify-full', intervalMinutes: 1, updatedAt: null });
    const saved = await h.must('manager', 'sync.settings.save', { ...FORM, password: 'Office-Role-Secret-1', caCert: CA });
    expect(saved).toMatchObject({ ...FORM, passwordSet: true, caCert: CA, updatedAt: h.clock.now() });
    expect(JSON.stringify(saved)).not.toContain('Office-Role-Secret-1');
    // Sealed at rest: the settings row holds no clear text.
    expect(storedRaw(h)).not.toContain('Office-Role-Secret-1');
    expect(storedRaw(h)).toContain('passwordSealed');
    // Blank (or absent) password: the stored one stays.
    await h.must('manager', 'sync.settings.save', { ...FORM, password: '', host: 'db2.example.net' });
    const again = await h.must('owner', 'sync.settings.get', {});
    expect(again).toMatchObject({ host: 'db2.example.net', passwordSet: true, caCert: CA });
    const store = await import('../../src-main/sync/settings');
    const connection = new store.SyncSettingsStore(h.core.services.db, h.core.services.secrets).connectionFor(undefined);
    expect(connection.password).toBe('Office-Role-Secret-1');
    // The audit entry names the fields, never the password.
    const audit = await h.must('owner', 'audit.list', { procedure: 'sync.settings.save', limit: 5 });
    expect(JSON.stringify(audit.entries)).not.toContain('Office-Role-Secret-1');
    expect(audit.entries[0]?.summary).toContain('sync off');
  });

  it('refuse bad input and turning sync on without a complete connection, changing nothing', async () => {
    const h = await startOfficeWithStaff();
    const bad: Array<Record<string, unknown>> = [
      { ...FORM, port: 0 },
      { ...FORM, port: 70_000 },
      { ...FORM, intervalMinutes: 0 },
      { ...FORM, intervalMinutes: 1441 },
      { ...FORM, tlsMode: 'prefer' },
      { ...FORM, host: 'db example;drop' },
      { ...FORM, caCert: 'not a certificate' },
      { ...FORM, extra: 1 },
    ];
    for (const input of bad) {
      const before = h.changes();
      const result = await h.call('owner', 'sync.settings.save', input as never);
      expect(result.ok ? 'OK' : result.error.code, JSON.stringify(input)).toBe('VALIDATION');
      expect(h.changes()).toBe(before);
    }
    for (const [input, field] of [
      [{ ...FORM, enabled: true, password: 'x-secret-1' , host: '' }, 'host'],
      [{ ...FORM, enabled: true, password: 'x-secret-1', user: '' }, 'user'],
      [{ ...FORM, enabled: true }, 'password'],
    ] as const) {
      const before = h.changes();
      const result = await h.call('owner', 'sync.settings.save', input);
      expect(result.ok ? 'OK' : result.error).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: [field] }] } });
      expect(h.changes()).toBe(before);
    }
    expect((await h.must('owner', 'sync.status', {})).state).toBe('off');
    const cashier = await h.call('cashier', 'sync.settings.get', {});
    expect(cashier.ok ? 'OK' : cashier.error.code).toBe('FORBIDDEN');
  });

  it('turns on and off live: the runner appears and goes with the saved settings, and is rebuilt at start-up', async () => {
    const h = await startOfficeWithStaff();
    // Off: nothing to run, nothing written but the audit entry.
    expect(await h.must('owner', 'sync.runNow', {})).toMatchObject({ state: 'off', lastPushAt: null });
    await h.must('owner', 'sync.settings.save', { ...FORM, enabled: true, host: '127.0.0.1', port: 1, tlsMode: 'disable', password: 'Office-Role-Secret-1' });
    expect(await h.must('owner', 'sync.status', {})).toMatchObject({ state: 'stopped', intervalMs: 120_000 });
    // Stored settings are the start-up configuration of the next core.
    const reopened = h.reopen();
    await reopened.must('owner', 'auth.login', { username: 'owner', password: 'Kopi-Susu-42' });
    expect(await reopened.must('owner', 'sync.status', {})).toMatchObject({ state: 'stopped', intervalMs: 120_000 });
    await reopened.must('owner', 'sync.settings.save', { ...FORM, enabled: false });
    expect((await reopened.must('owner', 'sync.status', {})).state).toBe('off');
  });
});

describe('pg pool config from the settings', () => {
  const base: SyncConnection = { host: 'db', port: 6543, database: 'd', user: 'u', password: 'p', tlsMode: 'disable', caCert: null };
  it('maps the TLS modes', () => {
    expect(toPoolConfig(base)).toEqual({ host: 'db', port: 6543, database: 'd', user: 'u', password: 'p', ssl: false });
    expect(toPoolConfig({ ...base, tlsMode: 'require' }).ssl).toEqual({ rejectUnauthorized: false });
    expect(toPoolConfig({ ...base, tlsMode: 'verify-full', caCert: CA }).ssl).toEqual({ ca: CA, rejectUnauthorized: true });
    expect(toPoolConfig({ ...base, tlsMode: 'verify-full' }).ssl).toEqual({ rejectUnauthorized: true });
  });
});
