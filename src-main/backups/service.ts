import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../../src-shared/ipc/result';
import type { BackupInspection, BackupManifest, BackupSummary } from '../../src-shared/ipc/schemas/backups';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Db, Sqlite } from '../db/connection';
import type { OfficeService } from '../office/service';
import { listFolder, removeBackup } from './folder';
import { inspectFile, type FileInspection } from './inspect';
import { writeManifest } from './manifest';
import { backupFileName, manifestPathFor, PARTIAL_EXTENSION, type BackupReason } from './names';
import { backupsToDelete, type RetentionItem } from './retention';
import { copyManifestToSecondFolder, copyToSecondFolder } from './second-copy';
import { BackupSettingsStore } from './settings';
import { stageRestore, type RestoreRecord } from './swap';

export interface BackupServiceDeps {
  sqlite: Sqlite;
  db: Db;
  dataDir: string;
  clock: Clock;
  logger: Logger;
  office: OfficeService;
  appVersion: string;
  migrationsFolder: string;
  nativeBinding?: string;
  /**
   * The host closes this core and creates it again (createCore swaps the staged restore in first).
   * Absent (tools, tests): the staged restore applies at the next start.
   */
  requestRestart?: () => void;
}

export const BACKUPS_FOLDER_NAME = 'backups';

/**
 * Online backups with SQLite's backup API (writers keep going), each verified and described by a
 * manifest, copied to the optional second folder and pruned by retention. Backups run one at a time.
 */
export class BackupService {
  readonly folder: string;
  readonly settings: BackupSettingsStore;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: BackupServiceDeps) {
    this.folder = path.join(deps.dataDir, BACKUPS_FOLDER_NAME);
    this.settings = new BackupSettingsStore(deps.db);
  }

  /** Makes, verifies, copies and prunes one backup. A failed verification is kept and reported, not thrown. */
  create(reason: BackupReason): Promise<BackupSummary> {
    return this.serial(() => this.createNow(reason));
  }

  list(): BackupSummary[] {
    return listFolder(this.folder);
  }

  /** The newest good backup's time, or null. */
  lastGoodAt(): number | null {
    return this.list().find((backup) => backup.status === 'verified')?.createdAt ?? null;
  }

  /** A backup's summary plus what a fresh read-only look at the file finds now. */
  details(id: string): { backup: BackupSummary; fresh: BackupInspection } {
    const backup = this.require(id);
    return { backup, fresh: this.describe(inspectFile(path.join(this.folder, id), this.deps.nativeBinding)) };
  }

  /** Path of a listed backup, or NOT_FOUND. */
  fileOf(id: string): string {
    this.require(id);
    return path.join(this.folder, id);
  }

  /** Backups found without a manifest (the pre-migration one, an interrupted run) are verified now. */
  verifyUnverified(): Promise<void> {
    return this.serial(async () => {
      for (const backup of this.list().filter((item) => item.status === 'unverified')) {
        this.record(path.join(this.folder, backup.id), backup.reason, backup.createdAt);
      }
      await Promise.resolve();
    });
  }

  /** Export for moving to a new PC: a verified backup written to a chosen file, manifest next to it. */
  export(target: string): Promise<{ file: string; sizeBytes: number; inspection: FileInspection }> {
    return this.serial(async () => {
      assertExportTarget(target);
      await this.writeCopy(target);
      const inspection = inspectFile(target, this.deps.nativeBinding);
      if (!inspection.ok) {
        fs.rmSync(target, { force: true });
        throw new AppError('CONFLICT', 'The exported copy did not verify and was removed.', { reason: 'export-failed-verification', problem: inspection.problem });
      }
      writeManifest(target, this.manifest(target, 'manual', this.deps.clock.now(), inspection, null));
      return { file: target, sizeBytes: fs.statSync(target).size, inspection };
    });
  }

  /** Refuses a file that is damaged or comes from a newer app (typed CONFLICT errors); returns its inspection. */
  checkRestorable(file: string): BackupInspection {
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'That file does not exist.', { reason: 'file-missing' });
    const fresh = this.describe(inspectFile(file, this.deps.nativeBinding));
    if (!fresh.ok) {
      throw new AppError('CONFLICT', 'That backup does not pass its integrity check; nothing was restored.', { reason: 'backup-failed-verification', problem: fresh.problem });
    }
    if (fresh.newerSchema) {
      throw new AppError('CONFLICT', 'That backup was made by a newer version of the app. Update the app first; nothing was restored.', {
        reason: 'backup-newer-schema',
        backupMigrations: fresh.schemaMigrations,
        appMigrations: fresh.appMigrations,
      });
    }
    return fresh;
  }

  /**
   * Makes the pre-restore safety copy, stages the file to replace the db and asks the host to restart
   * the core. Call `checkRestorable` first.
   */
  restore(file: string, record: Omit<RestoreRecord, 'safetyCopy'>): Promise<{ safetyCopy: string; restarting: boolean }> {
    return this.serial(async () => {
      const safety = await this.createNow('pre-restore');
      if (safety.status !== 'verified') {
        throw new AppError('CONFLICT', 'The safety copy of the current data did not verify; nothing was restored.', { reason: 'safety-copy-failed' });
      }
      stageRestore(file, this.deps.dataDir, { ...record, safetyCopy: safety.id });
      const restart = this.deps.requestRestart;
      // After this call's answer has gone out: the host closes this core and starts the restored one.
      if (restart) setTimeout(restart, 100).unref();
      return { safetyCopy: safety.id, restarting: Boolean(restart) };
    });
  }

  /** Settles when the backup in progress (if any) is done: the host waits for it before closing. */
  idle(): Promise<void> {
    return this.queue.then(
      () => undefined,
      () => undefined,
    );
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private require(id: string): BackupSummary {
    const backup = this.list().find((item) => item.id === id);
    if (!backup) throw new AppError('NOT_FOUND', 'No such backup.', { id });
    return backup;
  }

  private async createNow(reason: BackupReason): Promise<BackupSummary> {
    const createdAt = this.deps.clock.now();
    fs.mkdirSync(this.folder, { recursive: true });
    const file = this.freeName(reason, createdAt);
    await this.writeCopy(file);
    this.record(file, reason, createdAt);
    this.prune();
    const summary = this.list().find((item) => item.id === path.basename(file));
    if (!summary) throw new Error(`backup ${file} vanished`);
    return summary;
  }

  private freeName(reason: BackupReason, createdAt: number): string {
    for (let suffix = 0; ; suffix += 1) {
      const file = path.join(this.folder, backupFileName(reason, createdAt, suffix));
      if (!fs.existsSync(file) && !fs.existsSync(file + PARTIAL_EXTENSION)) return file;
    }
  }

  /**
   * The backup API copies pages in steps while other statements keep running. The copy is written
   * under a temp name, switched to a rollback journal (a lone WAL-mode file cannot be opened read-only
   * without its -shm), then renamed: a listed backup is always complete.
   */
  private async writeCopy(target: string): Promise<void> {
    const partial = target + PARTIAL_EXTENSION;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      await this.deps.sqlite.backup(partial);
      const copy = new Database(partial, this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {});
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
      fs.renameSync(partial, target);
    } finally {
      fs.rmSync(partial, { force: true });
    }
  }

  /** Verifies a backup file, copies a good one to the second folder and writes its manifest. */
  private record(file: string, reason: BackupReason, createdAt: number): BackupManifest {
    const inspection = inspectFile(file, this.deps.nativeBinding);
    const { secondFolder } = this.settings.get();
    const secondCopy = inspection.ok && secondFolder ? copyToSecondFolder(file, secondFolder) : null;
    const manifest = this.manifest(file, reason, createdAt, inspection, secondCopy);
    writeManifest(file, manifest);
    if (secondCopy?.ok && secondFolder) copyManifestToSecondFolder(manifestPathFor(file), secondFolder);
    if (!inspection.ok) this.deps.logger.error('backup failed verification', { file, problem: inspection.problem, integrity: inspection.integrity });
    if (secondCopy && !secondCopy.ok) this.deps.logger.error('backup not copied to the second folder', { file, folder: secondCopy.folder, error: secondCopy.error });
    return manifest;
  }

  private manifest(file: string, reason: BackupReason, createdAt: number, inspection: FileInspection, secondCopy: BackupManifest['secondCopy']): BackupManifest {
    return {
      version: 1,
      file: path.basename(file),
      createdAt,
      reason,
      sizeBytes: fs.statSync(file).size,
      appVersion: this.deps.appVersion,
      schemaMigrations: inspection.schemaMigrations,
      counts: inspection.counts,
      verified: { ok: inspection.ok, integrity: inspection.integrity, checkedAt: this.deps.clock.now(), problem: inspection.problem },
      secondCopy,
    };
  }

  /** Deletes what retention lets go, in the backups folder and in the second folder. */
  private prune(): void {
    const { retention, secondFolder } = this.settings.get();
    const timeZone = this.deps.office.get()?.timeZone ?? 'UTC';
    for (const folder of secondFolder ? [this.folder, secondFolder] : [this.folder]) {
      try {
        const items: RetentionItem[] = listFolder(folder).map((backup) => ({ id: backup.id, createdAt: backup.createdAt, reason: backup.reason, good: backup.status === 'verified' }));
        for (const id of backupsToDelete(items, retention, timeZone)) removeBackup(folder, id);
      } catch (error) {
        this.deps.logger.error('backup retention failed', { folder, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  private describe(inspection: FileInspection): BackupInspection {
    const migrations = readMigrationFiles({ migrationsFolder: this.deps.migrationsFolder });
    const appLast = Math.max(-1, ...migrations.map((migration) => migration.folderMillis));
    return {
      ok: inspection.ok,
      integrity: inspection.integrity,
      problem: inspection.problem,
      counts: inspection.counts,
      schemaMigrations: inspection.schemaMigrations,
      appMigrations: migrations.length,
      newerSchema: inspection.ok && (inspection.schemaMigrations > migrations.length || inspection.lastMigrationMillis > appLast),
    };
  }
}

/** An export never overwrites a file, and never creates folders (an unplugged USB drive is an error, not a new folder). */
function assertExportTarget(target: string): void {
  if (fs.existsSync(target)) throw new AppError('CONFLICT', 'That file already exists; choose a new name.', { reason: 'file-exists' });
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new AppError('NOT_FOUND', 'That folder does not exist.', { reason: 'folder-missing', folder });
  }
}
