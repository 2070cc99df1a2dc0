import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PASSWORDS, startOfficeWithStaff } from '../support/core-harness';
import { inspectFile } from '../../src-main/backups/inspect';
import { stagedRestorePath } from '../../src-main/backups/swap';
import { createCore, DB_FILE_NAME } from '../../src-main/core/create-core';

describe('restore', () => {
  it('round trip: data written after the backup is gone, the safety copy has it, the restore is audited', async () => {
    const h = await startOfficeWithStaff();
    await h.must('manager', 'customers.create', { name: 'Before' });
    const backup = await h.must('owner', 'backups.create', {});
    h.clock.advance(60_000);
    await h.must('manager', 'customers.create', { name: 'After' });

    const details = await h.must('owner', 'backups.details', { id: backup.id });
    expect(details.fresh).toMatchObject({ ok: true, newerSchema: false, counts: { customers: 1 } });
    const outcome = await h.must('owner', 'backups.restore', { id: backup.id, password: PASSWORDS.owner });
    expect(outcome).toMatchObject({ restored: backup.id, restarting: false });
    expect(outcome.safetyCopy).toMatch(/^backup-pre-restore-/);
    expect(fs.existsSync(stagedRestorePath(h.dataDir))).toBe(true);

    // What a host does on the restart request: close the core, create it again on the same folder.
    const after = h.reopen();
    expect(fs.existsSync(stagedRestorePath(after.dataDir))).toBe(false);
    await after.must('owner', 'auth.login', { username: 'owner', password: PASSWORDS.owner });
    const customers = await after.must('owner', 'customers.list', { offset: 0, limit: 10 });
    expect(customers.customers.map((customer) => customer.name)).toEqual(['Before']);
    const safety = inspectFile(path.join(after.dataDir, 'backups', outcome.safetyCopy));
    expect(safety).toMatchObject({ ok: true, counts: { customers: 2 } });
    const list = await after.must('owner', 'backups.list', {});
    expect(list.backups.find((item) => item.id === outcome.safetyCopy)).toMatchObject({ reason: 'pre-restore', status: 'verified' });
    const audit = await after.must('owner', 'audit.list', { limit: 5 });
    // The restored db's trail: its own last entries, then the restore (written at the first start), then this login.
    expect(audit.entries.map((entry) => entry.procedure).slice(0, 2)).toEqual(['auth.login', 'backups.restore']);
    expect(audit.entries[1]).toMatchObject({ operatorName: 'owner', summary: `restored ${backup.id}` });
    expect((await after.must('owner', 'audit.verify', {})).ok).toBe(true);
  });

  it('the host restart hook is called after the answer, and createCore swaps the file in (stale -wal/-shm removed)', async () => {
    let restarts = 0;
    const h = await startOfficeWithStaff({ onRestartRequested: () => (restarts += 1) });
    const backup = await h.must('owner', 'backups.create', {});
    await h.must('manager', 'customers.create', { name: 'Later' });
    const outcome = await h.must('owner', 'backups.restore', { id: backup.id, password: PASSWORDS.owner });
    expect(outcome.restarting).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(restarts).toBe(1);
    h.core.close();
    const dbFile = path.join(h.dataDir, DB_FILE_NAME);
    fs.writeFileSync(`${dbFile}-wal`, 'stale');
    const core = createCore({ dataDir: h.dataDir, clock: h.clock });
    try {
      const count = core.services.sqlite.prepare('SELECT count(*) AS n FROM customers').get() as { n: number };
      expect(count.n).toBe(0);
    } finally {
      core.close();
    }
  });

  it('refuses a backup from a newer schema with a typed error and stages nothing', async () => {
    const h = await startOfficeWithStaff();
    const backup = await h.must('owner', 'backups.create', {});
    const file = path.join(h.dataDir, 'backups', backup.id);
    const newer = new Database(file);
    newer.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.UTC(2099, 0, 1));
    newer.close();
    const before = fs.readdirSync(path.join(h.dataDir, 'backups')).length;
    const result = await h.call('owner', 'backups.restore', { id: backup.id, password: PASSWORDS.owner });
    expect(result.ok ? 'OK' : result.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'backup-newer-schema' } });
    expect(fs.existsSync(stagedRestorePath(h.dataDir))).toBe(false);
    expect(fs.readdirSync(path.join(h.dataDir, 'backups')).length).toBe(before);
    const details = await h.must('owner', 'backups.details', { id: backup.id });
    expect(details.fresh.newerSchema).toBe(true);
  });

  it('a wrong password, a damaged backup or a manager are refused; nothing is staged', async () => {
    const h = await startOfficeWithStaff();
    const backup = await h.must('owner', 'backups.create', {});
    const wrong = await h.call('owner', 'backups.restore', { id: backup.id, password: 'not-the-password' });
    expect(wrong.ok ? 'OK' : wrong.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'wrong-password' } });
    const manager = await h.call('manager', 'backups.restore', { id: backup.id, password: PASSWORDS.manager });
    expect(manager.ok ? 'OK' : manager.error.code).toBe('FORBIDDEN');
    const file = path.join(h.dataDir, 'backups', backup.id);
    fs.truncateSync(file, 10_000);
    const damaged = await h.call('owner', 'backups.restore', { id: backup.id, password: PASSWORDS.owner });
    expect(damaged.ok ? 'OK' : damaged.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'backup-failed-verification' } });
    expect(fs.existsSync(stagedRestorePath(h.dataDir))).toBe(false);
  });

  it('guessing the restore password is throttled like sign-in: after 5 wrong ones even the right one waits', async () => {
    const h = await startOfficeWithStaff();
    const backup = await h.must('owner', 'backups.create', {});
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await h.call('owner', 'backups.restore', { id: backup.id, password: `guess-${attempt}-1234` });
      expect(wrong.ok ? 'OK' : wrong.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'wrong-password' } });
    }
    const blocked = await h.call('owner', 'backups.restore', { id: backup.id, password: PASSWORDS.owner });
    expect(blocked.ok ? 'OK' : blocked.error.code).toBe('THROTTLED');
    expect(fs.existsSync(stagedRestorePath(h.dataDir))).toBe(false);
    h.clock.advance(61_000);
    await h.must('owner', 'backups.restore', { id: backup.id, password: PASSWORDS.owner });
    expect(fs.existsSync(stagedRestorePath(h.dataDir))).toBe(true);
  });

  it('export writes a verified copy to a chosen path; import restores it on another installation', async () => {
    const h = await startOfficeWithStaff();
    await h.must('manager', 'customers.create', { name: 'Moving' });
    const missingFolder = await h.call('owner', 'backups.export', { path: path.join(h.dataDir, 'usb', 'office.sqlite') });
    expect(missingFolder.ok ? 'OK' : missingFolder.error).toMatchObject({ code: 'NOT_FOUND', details: { reason: 'folder-missing' } });
    expect(fs.existsSync(path.join(h.dataDir, 'usb'))).toBe(false);
    fs.mkdirSync(path.join(h.dataDir, 'usb'));
    const target = path.join(h.dataDir, 'usb', 'office.sqlite');
    const exported = await h.must('owner', 'backups.export', { path: target });
    const again = await h.call('owner', 'backups.export', { path: target });
    expect(again.ok ? 'OK' : again.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'file-exists' } });
    expect(exported).toMatchObject({ file: target, counts: { customers: 1 } });
    expect(fs.existsSync(`${target}.json`)).toBe(true);

    const other = await startOfficeWithStaff();
    const refused = await other.call('owner', 'backups.import', { path: path.join(h.dataDir, 'nope.sqlite'), password: PASSWORDS.owner });
    expect(refused.ok ? 'OK' : refused.error.code).toBe('NOT_FOUND');
    const imported = await other.must('owner', 'backups.import', { path: target, password: PASSWORDS.owner });
    expect(imported.restored).toBe(target);
    const after = other.reopen();
    await after.must('owner', 'auth.login', { username: 'owner', password: PASSWORDS.owner });
    const customers = await after.must('owner', 'customers.list', { offset: 0, limit: 10 });
    expect(customers.customers.map((customer) => customer.name)).toEqual(['Moving']);
  });
});
