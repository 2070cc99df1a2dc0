import { describe, expect, it } from 'vitest';
import { OFFICE_INPUT, OWNER, startCore } from '../support/core-harness';

describe('core start-up and first run', () => {
  it('starts on an empty folder, asks for setup, and signs the owner in after it', async () => {
    const h = startCore();
    expect(h.core.migration.applied).toBeGreaterThan(0);
    const before = await h.must('c1', 'app.status', {});
    expect(before).toMatchObject({ setupComplete: false, office: null, session: null });

    const session = await h.must('c1', 'setup.createOffice', OFFICE_INPUT);
    expect(session).toMatchObject({ username: OWNER.username, role: 'owner', locked: false });

    const after = await h.must('c1', 'app.status', {});
    expect(after.setupComplete).toBe(true);
    expect(after.office?.currency).toEqual({ code: 'IDR', exponent: 0 });

    const again = await h.call('c2', 'setup.createOffice', OFFICE_INPUT);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('CONFLICT');
  });

  it('has no default credentials: nobody can sign in before setup', async () => {
    const h = startCore();
    for (const username of ['admin', 'owner', 'root']) {
      const result = await h.call('c1', 'auth.login', { username, password: 'admin' });
      expect(result.ok).toBe(false);
    }
  });
});

describe('desktop preferences', () => {
  it('remembers the last operator to sign in, across restarts, for the login form', async () => {
    let h = startCore();
    await h.must('c1', 'setup.createOffice', OFFICE_INPUT);
    expect((await h.must('c2', 'app.status', {})).lastUsername).toBeNull();
    await h.must('c2', 'auth.login', { username: 'OWNER', password: OWNER.password });
    h = h.reopen();
    expect((await h.must('c3', 'app.status', {})).lastUsername).toBe('owner');
  });
});
