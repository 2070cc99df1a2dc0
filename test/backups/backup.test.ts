import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';
import { readManifest } from '../../src-main/backups/manifest';
import { backupFileName } from '../../src-main/backups/names';
import { inspectFile } from '../../src-main/backups/inspect';

describe('backups: create, verify, list', () => {
  it('a manual backup is verified, counted and listed with its manifest', async () => {
    const h = await startOfficeWithStaff();
    await h.must('manager', 'customers.create', { name: 'Budi' });
    await h.must('manager', 'customers.create', { name: 'Sari' });
    const backup = await h.must('manager', 'backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', status: 'verified', problem: null });
    expect(backup.counts?.customers).toBe(2);
    expect(backup.counts?.audit).toBeGreaterThan(0);
    const file = path.join(h.dataDir, 'backups', backup.id);
    const manifest = readManifest(file);
    expect(manifest).toMatchObject({ reason: 'manual', verified: { ok: true, integrity: 'ok' }, appVersion: '0.0.0-dev' });
    expect(manifest?.sizeBytes).toBe(fs.statSync(file).size);
    expect(manifest?.schemaMigrations).toBeGreaterThan(10);
    const list = await h.must('owner', 'backups.list', {});
    expect(list.backups.map((item) => item.id)).toEqual([backup.id]);
    expect(list.lastGoodAt).toBe(backup.createdAt);
    const audit = await h.must('owner', 'audit.list', { limit: 5 });
    expect(audit.entries.some((entry) => entry.procedure === 'backups.create')).toBe(true);
  });

  it('writes keep going while a backup runs, and the backup is a consistent snapshot', async () => {
    const h = await startOfficeWithStaff();
    // Enough pages that the backup API needs several steps.
    for (let i = 0; i < 300; i += 1) await h.must('manager', 'customers.create', { name: `Seed ${i}`, notes: 'x'.repeat(2000) });
    const running = h.must('owner', 'backups.create', {});
    let written = 0;
    for (let i = 0; i < 20; i += 1) {
      await h.must('manager', 'customers.create', { name: `During ${i}` });
      written += 1;
    }
    const backup = await running;
    expect(written).toBe(20);
    expect(backup.status).toBe('verified');
    expect(backup.counts?.customers).toBeGreaterThanOrEqual(300);
    expect(backup.counts?.customers).toBeLessThanOrEqual(320);
    const live = await h.must('manager', 'customers.list', { offset: 0, limit: 1 });
    expect(live.total).toBe(320);
  });

  it('verification catches a damaged file: flipped bytes and truncation are marked failed, kept, not counted', async () => {
    const h = await startOfficeWithStaff();
    const good = await h.must('owner', 'backups.create', {});
    const folder = path.join(h.dataDir, 'backups');
    const source = fs.readFileSync(path.join(folder, good.id));
    const flipped = Buffer.from(source);
    // Page 2 onward holds b-tree pages: scribble over the middle of the file.
    for (let i = 4096 + 100; i < Math.min(flipped.length, 4096 * 6); i += 7) flipped[i] = (flipped[i] ?? 0) ^ 0xff;
    const flippedName = backupFileName('manual', good.createdAt + 1000);
    fs.writeFileSync(path.join(folder, flippedName), flipped);
    const truncatedName = backupFileName('manual', good.createdAt + 2000);
    fs.writeFileSync(path.join(folder, truncatedName), source.subarray(0, Math.floor(source.length / 3)));
    await h.core.services.backups.verifyUnverified();
    const list = await h.must('owner', 'backups.list', {});
    const byId = new Map(list.backups.map((item) => [item.id, item]));
    expect(byId.get(flippedName)?.status).toBe('failed');
    expect(byId.get(truncatedName)?.status).toBe('failed');
    expect(byId.get(good.id)?.status).toBe('verified');
    expect(list.lastGoodAt).toBe(good.createdAt);
    expect(fs.existsSync(path.join(folder, flippedName))).toBe(true);
    // A fresh look at the damaged file says the same.
    const details = await h.must('owner', 'backups.details', { id: flippedName });
    expect(details.fresh.ok).toBe(false);
    expect(inspectFile(path.join(folder, good.id)).ok).toBe(true);
  });

  it('copies verified backups to the second folder; a missing folder is reported, never thrown', async () => {
    const h = await startOfficeWithStaff();
    const usb = makeTempDir('mb-usb-');
    try {
      await h.must('owner', 'backups.settings.update', { secondFolder: usb.dir });
      const copied = await h.must('owner', 'backups.create', {});
      expect(copied.secondCopy).toEqual({ folder: usb.dir, ok: true, error: null });
      expect(fs.readFileSync(path.join(usb.dir, copied.id))).toEqual(fs.readFileSync(path.join(h.dataDir, 'backups', copied.id)));
      expect(readManifest(path.join(usb.dir, copied.id))?.verified.ok).toBe(true);

      const missing = path.join(usb.dir, 'not-plugged-in');
      await h.must('owner', 'backups.settings.update', { secondFolder: missing });
      h.clock.advance(1000);
      const reported = await h.must('owner', 'backups.create', {});
      expect(reported.status).toBe('verified');
      expect(reported.secondCopy?.ok).toBe(false);
      expect(reported.secondCopy?.error).toMatch(/ENOENT|no such file/i);
      expect(fs.existsSync(missing)).toBe(false);
    } finally {
      usb.cleanup();
    }
  });

  it('settings: defaults, update, audit; bad values are typed errors that change nothing', async () => {
    const h = await startOfficeWithStaff();
    expect(await h.must('manager', 'backups.settings.get', {})).toEqual({ dailyTime: '02:30', retention: { daily: 7, weekly: 4, monthly: 12, others: 10 }, secondFolder: null });
    const next = await h.must('manager', 'backups.settings.update', { dailyTime: '23:05', retention: { daily: 3, weekly: 2, monthly: 6, others: 5 } });
    expect(next).toMatchObject({ dailyTime: '23:05', retention: { daily: 3 } });
    const before = h.changes();
    for (const input of [{ dailyTime: '24:00' }, { secondFolder: 'relative/path' }, { retention: { daily: 0, weekly: 1, monthly: 1, others: 1 } }, { extra: 1 }]) {
      const result = await h.call('owner', 'backups.settings.update', input as never);
      expect(result.ok ? 'OK' : result.error.code).toBe('VALIDATION');
    }
    const traversal = await h.call('owner', 'backups.details', { id: '../mikrotik-billing.sqlite' });
    expect(traversal.ok ? 'OK' : traversal.error.code).toBe('VALIDATION');
    const unknown = await h.call('owner', 'backups.details', { id: backupFileName('manual', 0) });
    expect(unknown.ok ? 'OK' : unknown.error.code).toBe('NOT_FOUND');
    expect(h.changes()).toBe(before);
    const cashier = await h.call('cashier', 'backups.list', {});
    expect(cashier.ok ? 'OK' : cashier.error.code).toBe('FORBIDDEN');
  });
});
