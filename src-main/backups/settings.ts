import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../office/settings-store';
import { backupSettingsSchema, type BackupSettings } from '../../src-shared/ipc/schemas/backups';
import { DEFAULT_RETENTION } from './retention';

const SETTINGS_KEY = 'backups.settings';

/** 02:30 office time: after the billing run (00:15), before the office opens. */
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { dailyTime: '02:30', retention: DEFAULT_RETENTION, secondFolder: null };

/**
 * Backup settings live in the office's settings table (no migration needed). A restored database brings
 * back the settings it had when it was backed up.
 */
export class BackupSettingsStore {
  constructor(private readonly db: Db) {}

  get(): BackupSettings {
    const stored = backupSettingsSchema.safeParse(readSetting<unknown>(this.db, SETTINGS_KEY));
    return stored.success ? stored.data : DEFAULT_BACKUP_SETTINGS;
  }

  /** Writes the merged settings inside the caller's transaction. */
  update(change: Partial<BackupSettings>, now: number): BackupSettings {
    const current = this.get();
    const next: BackupSettings = {
      dailyTime: change.dailyTime ?? current.dailyTime,
      retention: change.retention ?? current.retention,
      secondFolder: change.secondFolder === undefined ? current.secondFolder : change.secondFolder,
    };
    writeSetting(this.db, SETTINGS_KEY, next, now);
    return next;
  }
}
