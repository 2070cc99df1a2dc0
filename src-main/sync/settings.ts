import type pg from 'pg';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../office/settings-store';
import type { SecretBox } from '../security/secret-box';
import type { Logger } from '../core/logger';
import { AppError } from '../../src-shared/ipc/result';
import {
  SYNC_TLS_MODES,
  type SyncConnectionInput,
  type SyncSettings,
  type SyncSettingsSaveInput,
  type SyncTlsMode,
} from '../../src-shared/ipc/schemas/sync';
import type { CoreSyncConfig } from './core-sync';

/**
 * How this office reaches its central database, kept in the `settings` table (like `backups.settings`,
 * no migration). The password goes in sealed by the SecretBox (the OS keychain in Electron) and comes
 * out only to open the pool: no procedure returns it (`passwordSet`), and a blank password on save keeps
 * the stored one.
 */
const SETTINGS_KEY = 'sync.settings';

const storedSchema = z.object({
  enabled: z.boolean(),
  host: z.string(),
  port: z.number().int(),
  database: z.string(),
  user: z.string(),
  passwordSealed: z.string().nullable(),
  tlsMode: z.enum(SYNC_TLS_MODES),
  caCert: z.string().nullable(),
  intervalMinutes: z.number().int(),
  updatedAt: z.number().int(),
});
type StoredSyncSettings = z.infer<typeof storedSchema>;

/** Plain connection settings with the password in clear: only ever held in memory to open a pool. */
export interface SyncConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  tlsMode: SyncTlsMode;
  caCert: string | null;
}

const DEFAULTS: Omit<StoredSyncSettings, 'updatedAt'> = {
  enabled: false,
  host: '',
  port: 5432,
  database: '',
  user: '',
  passwordSealed: null,
  tlsMode: 'verify-full',
  caCert: null,
  intervalMinutes: 1,
};

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION', message, { issues: [{ path: [path], message }] });
}

/** `pg` pool options for a connection: verify-full checks certificate and host, require only encrypts. */
export function toPoolConfig(connection: SyncConnection): pg.PoolConfig {
  const base: pg.PoolConfig = {
    host: connection.host,
    port: connection.port,
    database: connection.database,
    user: connection.user,
    password: connection.password,
  };
  if (connection.tlsMode === 'verify-full') {
    return { ...base, ssl: connection.caCert ? { ca: connection.caCert, rejectUnauthorized: true } : { rejectUnauthorized: true } };
  }
  if (connection.tlsMode === 'require') return { ...base, ssl: { rejectUnauthorized: false } };
  return { ...base, ssl: false };
}

/** What a save changed, for the audit entry (the password only as "changed", never its value). */
export interface SyncSettingsSave {
  settings: SyncSettings;
  changed: string[];
}

export class SyncSettingsStore {
  constructor(
    private readonly db: Db,
    private readonly secrets: SecretBox,
  ) {}

  get(): SyncSettings {
    const stored = this.stored();
    const { passwordSealed, ...rest } = stored ?? { ...DEFAULTS, updatedAt: null };
    return { ...rest, passwordSet: passwordSealed !== null };
  }

  /** Validates across fields, then writes inside the caller's transaction. */
  save(input: SyncSettingsSaveInput, now: number): SyncSettingsSave {
    const current = this.stored() ?? { ...DEFAULTS, updatedAt: now };
    const { password, caCert, ...fields } = input;
    const passwordSealed = password ? this.secrets.encrypt(password) : current.passwordSealed;
    const next: StoredSyncSettings = { ...fields, caCert: caCert === undefined ? current.caCert : caCert, passwordSealed, updatedAt: now };
    if (next.enabled) this.requireComplete(next);
    writeSetting(this.db, SETTINGS_KEY, next, now);
    const changed: string[] = (Object.keys(fields) as Array<keyof typeof fields>).filter((key) => current[key] !== next[key]);
    if (next.caCert !== current.caCert) changed.push('caCert');
    if (password) changed.push('password');
    return { settings: this.get(), changed };
  }

  /** The runner's configuration, or undefined while sync is off (or the stored password cannot be opened). */
  config(): CoreSyncConfig | undefined {
    const stored = this.stored();
    if (!stored?.enabled || stored.passwordSealed === null) return undefined;
    return {
      connection: toPoolConfig({ ...stored, password: this.secrets.decrypt(stored.passwordSealed) }),
      intervalMs: stored.intervalMinutes * 60_000,
    };
  }

  /** A connection from an unsaved form: a blank password means the stored one. */
  connectionFor(input: SyncConnectionInput | undefined): SyncConnection {
    const stored = this.stored();
    const source = input ?? stored;
    if (!source) throw new AppError('CONFLICT', 'Sync has not been set up: enter the central database first.', { reason: 'not-configured' });
    const typed = input?.password ? input.password : null;
    const sealed = stored?.passwordSealed ?? null;
    if (!source.host) throw invalid('host', 'Enter the central database host.');
    if (!source.database) throw invalid('database', 'Enter the database name.');
    if (!source.user) throw invalid('user', "Enter this office's role.");
    if (typed === null && sealed === null) throw invalid('password', "Enter the office role's password.");
    return {
      host: source.host,
      port: source.port,
      database: source.database,
      user: source.user,
      password: typed ?? this.secrets.decrypt(sealed ?? ''),
      tlsMode: source.tlsMode,
      caCert: (input?.caCert !== undefined ? input.caCert : stored?.caCert) ?? null,
    };
  }

  private requireComplete(next: StoredSyncSettings): void {
    if (!next.host) throw invalid('host', 'Enter the central database host before turning sync on.');
    if (!next.database) throw invalid('database', 'Enter the database name before turning sync on.');
    if (!next.user) throw invalid('user', "Enter this office's role before turning sync on.");
    if (next.passwordSealed === null) throw invalid('password', "Enter the office role's password before turning sync on.");
  }

  private stored(): StoredSyncSettings | null {
    const parsed = storedSchema.safeParse(readSetting<unknown>(this.db, SETTINGS_KEY));
    return parsed.success ? parsed.data : null;
  }
}

/**
 * The stored configuration for the runner; a password this machine can no longer open (the keychain or
 * key file changed) leaves sync off with a warning instead of stopping the app from starting.
 */
export function storedSyncConfig(store: SyncSettingsStore, logger: Logger): CoreSyncConfig | undefined {
  try {
    return store.config();
  } catch (error) {
    logger.warn('the sync settings cannot be opened on this machine; sync stays off', { message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
