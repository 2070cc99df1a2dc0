import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES } from '../../src-shared/ipc/contract';
import { ROLES, type Role } from '../../src-shared/domain/roles';
import { PASSWORDS, startOfficeWithStaff, type Harness } from '../support/core-harness';
import { sampleInputs } from '../support/sample-inputs';

/** Puts the role's client back to signed-in and unlocked after a call that logged out or locked it. */
async function ensureSignedIn(h: Harness, role: Role): Promise<void> {
  const session = await h.must(role, 'auth.session', {});
  if (!session) await h.must(role, 'auth.login', { username: role, password: PASSWORDS[role] });
  else if (session.locked) await h.must(role, 'auth.unlock', { password: PASSWORDS[role] });
}

function allowed(permission: (typeof contract)[keyof typeof contract]['permission'], role: Role): boolean {
  return permission === 'public' || permission === 'session' || permission.includes(role);
}

describe('permission matrix: every procedure x every role', () => {
  it.each(ROLES)('role %s gets FORBIDDEN (and nothing written) exactly where the contract says', async (role) => {
    const h = await startOfficeWithStaff();
    const samples = await sampleInputs(h);
    for (const name of PROCEDURE_NAMES) {
      await ensureSignedIn(h, role);
      const def = contract[name];
      const before = h.changes();
      const input = (samples[name] as (r: Role) => unknown)(role);
      const result = await h.core.registry.call({ clientId: role, trusted: true }, name, { input });
      if (allowed(def.permission, role)) {
        const code = result.ok ? 'OK' : result.error.code;
        expect([code, name]).not.toEqual(['FORBIDDEN', name]);
        expect([code, name]).not.toEqual(['UNAUTHENTICATED', name]);
      } else {
        expect(result.ok ? 'OK' : result.error.code, name).toBe('FORBIDDEN');
        expect(h.changes(), `${name} wrote rows for ${role}`).toBe(before);
      }
    }
  });

  it('an anonymous caller reaches only public procedures', async () => {
    const h = await startOfficeWithStaff();
    const samples = await sampleInputs(h);
    for (const name of PROCEDURE_NAMES) {
      const def = contract[name];
      if (def.permission === 'public') continue;
      const before = h.changes();
      const input = (samples[name] as (r: Role) => unknown)('cashier');
      const result = await h.core.registry.call({ clientId: 'stranger', trusted: true }, name, { input });
      expect(result.ok ? 'OK' : result.error.code, name).toBe('UNAUTHENTICATED');
      expect(h.changes(), name).toBe(before);
    }
  });

  it('an untrusted sender is refused before anything else', async () => {
    const h = await startOfficeWithStaff();
    const before = h.changes();
    const result = await h.core.registry.call({ clientId: 'owner', trusted: false }, 'operators.list', { input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_SENDER' } });
    const unknown = await h.core.registry.call({ clientId: 'owner', trusted: true }, 'operators.drop', { input: {} });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(h.changes()).toBe(before);
  });
});
