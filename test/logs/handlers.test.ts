import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSWORDS, startOfficeWithStaff } from '../support/core-harness';
import { logFileNames } from './log-files';

describe('logs procedures', () => {
  it('the core logs real actions to <data folder>/logs, and a manager reads them back, filtered', async () => {
    const h = await startOfficeWithStaff();
    await h.must('manager', 'customers.create', { name: 'Budi' });
    const refused = await h.call('cashier', 'auth.changePassword', { currentPassword: 'wrong-one-1', newPassword: 'Another-Pass-99' });
    expect(refused.ok).toBe(false);
    const page = await h.must('manager', 'logs.query', { limit: 50 });
    const messages = page.entries.map((entry) => entry.message);
    expect(messages).toContain('customers.create done');
    expect(messages).toContain('auth.login done');
    const created = page.entries.find((entry) => entry.message === 'customers.create done');
    expect(created).toMatchObject({ level: 'info', module: 'customers', time: h.clock.now(), fields: { procedure: 'customers.create', operator: 'manager' } });
    const warnings = await h.must('manager', 'logs.query', { minLevel: 'warn' });
    expect(warnings.entries.map((entry) => entry.message)).toEqual([expect.stringMatching(/^auth\.changePassword refused: /)]);
    const auth = await h.must('owner', 'logs.query', { module: 'auth', text: 'login', limit: 2 });
    expect(auth.entries).toHaveLength(2);
    expect(auth.nextCursor).not.toBeNull();
    // Queries are written at debug only, and passwords never: not even the ones just typed.
    expect(messages).not.toContain('logs.query done');
    const files = logFileNames(path.join(h.dataDir, 'logs'));
    expect(files).toHaveLength(1);
    const text = fs.readFileSync(path.join(h.dataDir, 'logs', files[0] ?? ''), 'utf8');
    for (const password of Object.values(PASSWORDS)) expect(text).not.toContain(password);
  });

  it('the level is a stored, audited setting that takes effect at once and after a restart', async () => {
    const h = await startOfficeWithStaff();
    expect(await h.must('manager', 'logs.settings.get', {})).toEqual({ level: 'info' });
    expect(await h.must('manager', 'logs.settings.save', { level: 'debug' })).toEqual({ level: 'debug' });
    await h.must('manager', 'customers.list', {});
    const debug = await h.must('manager', 'logs.query', { text: 'customers.list' });
    expect(debug.entries[0]).toMatchObject({ level: 'debug', message: 'customers.list done', module: 'customers' });
    const audit = await h.must('owner', 'audit.list', { limit: 5 });
    expect(audit.entries.some((entry) => entry.procedure === 'logs.settings.save')).toBe(true);
    const again = h.reopen();
    await again.must('owner', 'auth.login', { username: 'owner', password: PASSWORDS.owner });
    expect(await again.must('owner', 'logs.settings.get', {})).toEqual({ level: 'debug' });
    expect(again.core.services.logs.applyStoredLevel()).toBe('debug');
  });

  it('is for managers and owners only; bad input is a typed error that changes nothing', async () => {
    const h = await startOfficeWithStaff();
    for (const role of ['cashier', 'technician'] as const) {
      const result = await h.call(role, 'logs.query', {});
      expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
    }
    const before = h.changes();
    const bad = [
      { minLevel: 'loud' },
      { limit: 0 },
      { limit: 100_000 },
      { from: 10, to: 5 },
      { before: 'has spaces' },
      { text: '' },
      { extra: true },
    ];
    for (const input of bad) {
      const result = await h.call('manager', 'logs.query', input as never);
      expect(result.ok ? null : result.error.code).toBe('VALIDATION');
    }
    const cursor = await h.call('manager', 'logs.query', { before: 'bm90LWEtY3Vyc29y' });
    expect(cursor.ok ? null : cursor.error.code).toBe('VALIDATION');
    const level = await h.call('manager', 'logs.settings.save', { level: 'verbose' } as never);
    expect(level.ok ? null : level.error.code).toBe('VALIDATION');
    expect(h.changes()).toBe(before);
    expect(await h.must('manager', 'logs.settings.get', {})).toEqual({ level: 'info' });
  });
});
