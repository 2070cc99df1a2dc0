import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../office/settings-store';
import { logSettingsSchema, type LogSettings } from '../../src-shared/ipc/schemas/logs';
import { DEFAULT_LOG_LEVEL } from './levels';

const SETTINGS_KEY = 'logs.settings';

/** The log level lives in the office's settings table (no migration); a restore brings its own back. */
export class LogSettingsStore {
  constructor(private readonly db: Db) {}

  get(): LogSettings {
    const stored = logSettingsSchema.safeParse(readSetting<unknown>(this.db, SETTINGS_KEY));
    return stored.success ? stored.data : { level: DEFAULT_LOG_LEVEL };
  }

  /** Inside the caller's transaction. */
  save(settings: LogSettings, now: number): LogSettings {
    writeSetting(this.db, SETTINGS_KEY, settings, now);
    return settings;
  }
}
