import { describe, expect, it } from 'vitest';
import { OWNER, PASSWORDS, startCore, startOfficeWithStaff, OFFICE_INPUT } from '../support/core-harness';

const MINUTE = 60_000;

function errorOf(result: { ok: boolean; error?: { code: string; details?: unknown } }): { code: string; details?: unknown } {
  if (result.ok || !result.error) throw new Error('expected an error');
  return result.error;
}

describe('sign-in and throttling', () => {
  it('signs in case-insensitively and refuses a wrong password with a plain message', async () => {
    const h = await startOfficeWithStaff();
    const session = await h.must('x', 'auth.login', { username: 'OWNER', password: OWNER.password });
    expect(session.role).toBe('owner');
    const wrong = await h.call('y', 'auth.login', { username: 'owner', password: 'nope-nope-1' });
    expect(errorOf(wrong)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('locks a username 1 min after 5 failures, 5 min after 10, 15 min after 15, and survives a restart', async () => {
    let h = await startOfficeWithStaff();
    const attempt = (password = 'wrong-pass-1') => h.call('z', 'auth.login', { username: 'cashier', password });
    for (let i = 1; i <= 4; i += 1) expect(errorOf(await attempt()).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await attempt())).toMatchObject({ code: 'THROTTLED', details: { retryAfterMs: MINUTE } });
    // While locked even the right password is refused, and the wait counts down with the clock.
    h.clock.advance(20_000);
    expect(errorOf(await attempt(PASSWORDS.cashier))).toMatchObject({ code: 'THROTTLED', details: { retryAfterMs: 40_000 } });

    h = h.reopen();
    expect(errorOf(await attempt(PASSWORDS.cashier)).code).toBe('THROTTLED');
    for (let failures = 6; failures <= 10; failures += 1) {
      h.clock.advance(15 * MINUTE);
      const error = errorOf(await attempt());
      expect(error.code).toBe('THROTTLED');
      expect((error.details as { retryAfterMs: number }).retryAfterMs).toBe(failures >= 10 ? 5 * MINUTE : MINUTE);
    }
    for (let failures = 11; failures <= 15; failures += 1) {
      h.clock.advance(15 * MINUTE);
      errorOf(await attempt());
    }
    expect(errorOf(await attempt())).toMatchObject({ code: 'THROTTLED', details: { retryAfterMs: 15 * MINUTE } });
    h.clock.advance(15 * MINUTE);
    expect((await attempt(PASSWORDS.cashier)).ok).toBe(true);
    // A success clears the counter.
    expect(errorOf(await attempt()).code).toBe('UNAUTHENTICATED');
  });

  it('throttles the workstation across usernames (password spraying)', async () => {
    const h = await startOfficeWithStaff();
    for (const username of ['alice', 'bob', 'carol', 'dave']) {
      expect(errorOf(await h.call('z', 'auth.login', { username, password: 'guess-123' })).code).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await h.call('z', 'auth.login', { username: 'erin', password: 'guess-123' })).code).toBe('THROTTLED');
    expect(errorOf(await h.call('z', 'auth.login', { username: 'owner', password: OWNER.password })).code).toBe('THROTTLED');
  });

  it('a disabled operator cannot sign in and their open session ends', async () => {
    const h = await startOfficeWithStaff();
    const seen: unknown[] = [];
    h.core.events.attach('cashier', (event, payload) => seen.push({ event, payload }));
    const cashier = (await h.must('owner', 'operators.list', {})).find((o) => o.role === 'cashier');
    await h.must('owner', 'operators.update', { id: cashier!.id, active: false });
    expect(seen).toEqual([{ event: 'session.changed', payload: { session: null, reason: 'account-changed' } }]);
    expect(errorOf(await h.call('cashier', 'dashboard.summary', {})).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.call('c2', 'auth.login', { username: 'cashier', password: PASSWORDS.cashier })).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('idle lock', () => {
  it('locks after the configured idle time, tells the window, and unlocks with the password', async () => {
    const h = await startOfficeWithStaff();
    const events: unknown[] = [];
    h.core.events.attach('cashier', (event, payload) => events.push({ event, payload }));
    h.clock.advance(9 * MINUTE);
    await h.must('cashier', 'auth.activity', {});
    h.clock.advance(9 * MINUTE);
    h.core.registry.lockIdleSessions();
    expect(events).toHaveLength(0);
    h.clock.advance(MINUTE);
    h.core.registry.lockIdleSessions();
    expect(events).toMatchObject([{ event: 'session.changed', payload: { reason: 'idle', session: { locked: true } } }]);
    expect(errorOf(await h.call('cashier', 'dashboard.summary', {})).code).toBe('LOCKED');
    expect(errorOf(await h.call('cashier', 'auth.unlock', { password: 'wrong-pass-9' })).code).toBe('UNAUTHENTICATED');
    const unlocked = await h.must('cashier', 'auth.unlock', { password: PASSWORDS.cashier });
    expect(unlocked.locked).toBe(false);
    expect((await h.call('cashier', 'dashboard.summary', {})).ok).toBe(true);
  });

  it('follows the idle-lock setting', async () => {
    const h = await startOfficeWithStaff();
    await h.must('owner', 'settings.update', { idleLockMinutes: 2 });
    h.clock.advance(2 * MINUTE);
    expect(errorOf(await h.call('technician', 'dashboard.summary', {})).code).toBe('LOCKED');
  });
});

describe('passwords and operators', () => {
  it('enforces the password policy on setup, create and reset', async () => {
    const h = startCore();
    const weak = await h.call('c', 'setup.createOffice', { ...OFFICE_INPUT, owner: { ...OWNER, password: 'short1' } });
    expect(errorOf(weak).code).toBe('VALIDATION');
    expect((await h.must('c', 'app.status', {})).setupComplete).toBe(false);
  });

  it('a reset password must be changed at next sign-in', async () => {
    const h = await startOfficeWithStaff();
    const cashier = (await h.must('owner', 'operators.list', {})).find((o) => o.role === 'cashier')!;
    await h.must('owner', 'operators.resetPassword', { id: cashier.id, newPassword: 'Temp-Pass-2026' });
    const session = await h.must('c9', 'auth.login', { username: 'cashier', password: 'Temp-Pass-2026' });
    expect(session.mustChangePassword).toBe(true);
    expect(errorOf(await h.call('c9', 'dashboard.summary', {})).code).toBe('FORBIDDEN');
    await h.must('c9', 'auth.changePassword', { currentPassword: 'Temp-Pass-2026', newPassword: 'Brand-New-77' });
    expect((await h.call('c9', 'dashboard.summary', {})).ok).toBe(true);
  });

  it('managers manage desk staff only; the last owner cannot be removed', async () => {
    const h = await startOfficeWithStaff();
    const create = (role: 'owner' | 'manager' | 'cashier') =>
      h.call('manager', 'operators.create', { username: `x-${role}`, displayName: 'X', role, password: 'Good-Pass-11' });
    expect(errorOf(await create('owner')).code).toBe('FORBIDDEN');
    expect(errorOf(await create('manager')).code).toBe('FORBIDDEN');
    expect((await create('cashier')).ok).toBe(true);
    const owner = (await h.must('owner', 'operators.list', {})).find((o) => o.role === 'owner')!;
    expect(errorOf(await h.call('owner', 'operators.update', { id: owner.id, role: 'manager' })).code).toBe('CONFLICT');
    expect(errorOf(await h.call('owner', 'operators.update', { id: owner.id, active: false })).code).toBe('CONFLICT');
    const duplicate = await h.call('owner', 'operators.create', {
      username: 'Cashier',
      displayName: 'Dup',
      role: 'cashier',
      password: 'Good-Pass-11',
    });
    expect(errorOf(duplicate).code).toBe('CONFLICT');
  });

  it('never returns password hashes', async () => {
    const h = await startOfficeWithStaff();
    const text = JSON.stringify(await h.must('owner', 'operators.list', {}));
    expect(text).not.toMatch(/argon2|passwordHash|password_hash/);
  });
});

describe('manager approval in the same flow', () => {
  it('a manager changing settings needs an owner approval, good for one call', async () => {
    const h = await startOfficeWithStaff();
    const first = await h.call('manager', 'settings.update', { officeName: 'Warnet Jaya 2' });
    expect(errorOf(first)).toMatchObject({ code: 'APPROVAL_REQUIRED', details: { approvalBy: ['owner'] } });

    const byCashier = await h.call('manager', 'auth.requestApproval', {
      username: 'cashier',
      password: PASSWORDS.cashier,
      procedure: 'settings.update',
    });
    expect(errorOf(byCashier).code).toBe('FORBIDDEN');
    const badPassword = await h.call('manager', 'auth.requestApproval', {
      username: 'owner',
      password: 'wrong-pass-1',
      procedure: 'settings.update',
    });
    expect(errorOf(badPassword).code).toBe('UNAUTHENTICATED');

    const approval = await h.must('manager', 'auth.requestApproval', {
      username: 'owner',
      password: OWNER.password,
      procedure: 'settings.update',
    });
    // Another client cannot use it, and it does not cover another procedure.
    expect(errorOf(await h.call('cashier', 'settings.update', { officeName: 'X' }, approval.approvalToken)).code).toBe('FORBIDDEN');
    const ok = await h.call('manager', 'settings.update', { officeName: 'Warnet Jaya 2' }, approval.approvalToken);
    expect(ok).toMatchObject({ ok: true, data: { officeName: 'Warnet Jaya 2' } });
    const reuse = await h.call('manager', 'settings.update', { officeName: 'Again' }, approval.approvalToken);
    expect(errorOf(reuse).code).toBe('APPROVAL_REQUIRED');

    const audit = await h.must('owner', 'audit.list', { procedure: 'settings.update', limit: 5 });
    expect(audit.entries[0]).toMatchObject({ operatorName: 'manager', summary: 'changed settings' });
  });

  it('an approval expires after two minutes', async () => {
    const h = await startOfficeWithStaff();
    const approval = await h.must('manager', 'auth.requestApproval', {
      username: 'owner',
      password: OWNER.password,
      procedure: 'settings.update',
    });
    h.clock.advance(2 * MINUTE);
    await h.must('manager', 'auth.activity', {});
    const late = await h.call('manager', 'settings.update', { idleLockMinutes: 5 }, approval.approvalToken);
    expect(errorOf(late).code).toBe('APPROVAL_REQUIRED');
  });
});
