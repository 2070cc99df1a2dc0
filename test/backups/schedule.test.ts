import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupScheduler, lastScheduledAt } from '../../src-main/backups/scheduler';
import { silentLogger } from '../../src-main/core/logger';
import { createCore, defaultMigrationsFolder } from '../../src-main/core/create-core';
import { ManualClock } from '../../src-main/core/clock';
import { OFFICE_INPUT, START_TIME, startOfficeWithStaff } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

const HOUR = 3_600_000;

describe('daily backup schedule', () => {
  it('backs up once per day after the set office-local time, and one catch-up after days off', async () => {
    const h = await startOfficeWithStaff();
    const { backups, office } = h.core.services;
    const scheduler = new BackupScheduler({ backups, office, clock: h.clock, logger: silentLogger });
    const dailies = () => backups.list().filter((item) => item.reason === 'daily');
    // START_TIME is 10:00 in Jakarta: today's 02:30 has passed and nothing was backed up yet.
    expect(await scheduler.runDue()).toBe(true);
    expect(await scheduler.runDue()).toBe(false);
    expect(dailies()).toHaveLength(1);
    expect(dailies()[0]?.status).toBe('verified');
    h.clock.advance(12 * HOUR); // 22:00 the same day: not owed.
    expect(await scheduler.runDue()).toBe(false);
    h.clock.advance(5 * HOUR); // 03:00 next day.
    expect(await scheduler.runDue()).toBe(true);
    h.clock.advance(3 * 24 * HOUR); // The PC was off for three days: one backup at start-up, not three.
    expect(await scheduler.runDue()).toBe(true);
    expect(await scheduler.runDue()).toBe(false);
    expect(dailies()).toHaveLength(3);
  });

  it('follows the configured time in the office zone', () => {
    // 2026-01-15 10:00 Jakarta; 23:00 today has not come, so the last scheduled one was yesterday's.
    expect(lastScheduledAt(START_TIME, '23:00', 'Asia/Jakarta')).toBe(Date.UTC(2026, 0, 14, 16, 0));
    expect(lastScheduledAt(START_TIME, '09:59', 'Asia/Jakarta')).toBe(Date.UTC(2026, 0, 15, 2, 59));
  });
});

describe('pre-migration backups', () => {
  it('are named and listed like the others, verified at start, and a newer-schema backup is refused by an older app', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const seedCore = createCore({ dataDir: dir, clock: new ManualClock(START_TIME) });
      await seedCore.registry.call({ clientId: 'c', trusted: true }, 'setup.createOffice', { input: OFFICE_INPUT });
      seedCore.close();
      const folder = path.join(dir, 'next-migrations');
      fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
      const journalFile = path.join(folder, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<{ idx: number; when: number; tag: string }> };
      const last = journal.entries[journal.entries.length - 1];
      if (!last) throw new Error('no migrations');
      const tag = `${String(last.idx + 1).padStart(4, '0')}_next`;
      journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
      fs.writeFileSync(journalFile, JSON.stringify(journal));
      fs.writeFileSync(path.join(folder, `${tag}.sql`), 'CREATE TABLE next_things (id text PRIMARY KEY);');

      const upgraded = createCore({ dataDir: dir, migrationsFolder: folder, clock: new ManualClock(START_TIME + HOUR) });
      let newerBackup = '';
      try {
        expect(path.basename(upgraded.migration.backupFile ?? '')).toMatch(/^backup-pre-migration-20260115T040000000Z\.sqlite$/);
        await upgraded.services.backups.verifyUnverified();
        const [pre] = upgraded.services.backups.list();
        expect(pre).toMatchObject({ reason: 'pre-migration', status: 'verified', schemaMigrations: journal.entries.length - 1 });
        const newer = await upgraded.services.backups.create('manual');
        expect(newer.schemaMigrations).toBe(journal.entries.length);
        newerBackup = path.join(dir, 'backups', newer.id);
        // The pre-migration backup is from an older schema: restorable (it is migrated again at start).
        expect(upgraded.services.backups.checkRestorable(path.join(dir, 'backups', pre?.id ?? '')).newerSchema).toBe(false);
      } finally {
        upgraded.close();
      }
      // The app without the new migration: the newer backup is refused with a typed error.
      const older = createCore({ dataDir: dir, clock: new ManualClock(START_TIME + 2 * HOUR) });
      try {
        expect(() => older.services.backups.checkRestorable(newerBackup)).toThrow(expect.objectContaining({ code: 'CONFLICT', details: expect.objectContaining({ reason: 'backup-newer-schema' }) }));
      } finally {
        older.close();
      }
    } finally {
      cleanup();
    }
  });
});
