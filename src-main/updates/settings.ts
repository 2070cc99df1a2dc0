import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../office/settings-store';
import { updateSettingsSchema, type UpdateSettings } from '../../src-shared/ipc/schemas/updates';

const SETTINGS_KEY = 'updates.settings';

/** Off until an owner turns it on with a feed: an office's PC asks no server anything by default. */
export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { enabled: false, feedUrl: null };

/** The update settings live in the office's settings table (no migration needed). */
export class UpdateSettingsStore {
  constructor(private readonly db: Db) {}

  get(): UpdateSettings {
    const stored = updateSettingsSchema.safeParse(readSetting<unknown>(this.db, SETTINGS_KEY));
    return stored.success ? stored.data : DEFAULT_UPDATE_SETTINGS;
  }

  /** Inside the caller's transaction. */
  set(settings: UpdateSettings, now: number): void {
    writeSetting(this.db, SETTINGS_KEY, settings, now);
  }
}
