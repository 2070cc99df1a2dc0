import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, PROCEDURE_NAMES } from '../../src-shared/ipc/contract';
import { DB_FILE_NAME } from '../../src-main/core/create-core';
import { PASSWORDS, startOfficeWithStaff } from '../support/core-harness';
import { sampleInputs } from '../support/sample-inputs';

describe('audit log', () => {
  it('records every successful mutation with operator, time and procedure', async () => {
    const h = await startOfficeWithStaff();
    const samples = await sampleInputs(h);
    for (const name of PROCEDURE_NAMES) {
      // First-run only (a fresh install): refused on this populated office. sync.bootstrap's audit entry is
      // checked in test/sync/bootstrap.test.ts.
      if (contract[name].kind !== 'mutation' || name === 'setup.createOffice' || name === 'sync.bootstrap') continue;
      await h.must('owner', 'auth.login', { username: 'owner', password: PASSWORDS.owner });
      const before = (await h.must('owner', 'audit.verify', {})).checked;
      h.clock.advance(1000);
      const result = await h.call('owner', name, (samples[name] as (r: 'owner') => never)('owner'));
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true);
      await h.must('auditor', 'auth.login', { username: 'manager', password: PASSWORDS.manager });
      const { entries } = await h.must('auditor', 'audit.list', { procedure: name, limit: 1 });
      expect(entries[0], name).toMatchObject({ procedure: name, at: h.clock.now() });
      expect((await h.must('auditor', 'audit.verify', {})).checked).toBeGreaterThan(before);
    }
  });

  it('filters by text, operator and time, and pages with beforeSeq', async () => {
    const h = await startOfficeWithStaff();
    const all = await h.must('owner', 'audit.list', { limit: 500 });
    expect(all.entries.map((e) => e.summary)).toContain('created cashier cashier');
    const text = await h.must('owner', 'audit.list', { text: 'signed in', limit: 500 });
    expect(text.entries.length).toBeGreaterThan(0);
    expect(text.entries.every((e) => e.summary.includes('signed in'))).toBe(true);
    const page1 = await h.must('owner', 'audit.list', { limit: 2 });
    expect(page1.hasMore).toBe(true);
    const page2 = await h.must('owner', 'audit.list', { limit: 2, beforeSeq: page1.entries[1]!.seq });
    expect(page2.entries[0]!.seq).toBeLessThan(page1.entries[1]!.seq);
    const none = await h.must('owner', 'audit.list', { to: 0, limit: 10 });
    expect(none.entries).toHaveLength(0);
    const wildcard = await h.must('owner', 'audit.list', { text: '%', limit: 10 });
    expect(wildcard.entries).toHaveLength(0);
  });

  it('refuses edits and deletions, and verify names the first broken link', async () => {
    const h = await startOfficeWithStaff();
    expect((await h.must('owner', 'audit.verify', {})).ok).toBe(true);
    const file = path.join(h.dataDir, DB_FILE_NAME);
    const outside = new Database(file);
    expect(() => outside.prepare("UPDATE audit_log SET summary = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => outside.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    // Someone with raw file access drops the guard and edits entry 3.
    outside.exec('DROP TRIGGER audit_log_no_update');
    outside.prepare("UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 3").run();
    outside.close();
    expect(await h.must('owner', 'audit.verify', {})).toEqual({ ok: false, checked: 2, firstBrokenSeq: 3 });
  });

  it('detects a deleted entry', async () => {
    const h = await startOfficeWithStaff();
    const outside = new Database(path.join(h.dataDir, DB_FILE_NAME));
    outside.exec('DROP TRIGGER audit_log_no_delete');
    outside.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    outside.close();
    expect(await h.must('owner', 'audit.verify', {})).toMatchObject({ ok: false, firstBrokenSeq: 5 });
  });
});
