import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { reminderSettings } from '../db/schema';
import type { OfficeService } from '../office/service';
import type { SecretBox } from '../security/secret-box';
import { AppError } from '../../src-shared/ipc/result';
import type { ReminderSettings, ReminderSettingsSaveInput } from '../../src-shared/ipc/schemas/reminders';
import { GATEWAY_DEFAULTS } from './defaults';
import { gatewayBody, type GatewayConfig } from './gateway';

type SettingsRow = typeof reminderSettings.$inferSelect;

/** What a save changed, for the audit entry (the secret only as "changed", never its value). */
export interface SettingsSave {
  settings: ReminderSettings;
  changed: string[];
}

function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION', message, { issues: [{ path: [path], message }] });
}

/**
 * The office's reminder settings: one row per office, built-in defaults until the first save. The auth
 * header's value goes in sealed by the SecretBox (the OS keychain in Electron) and comes out only for
 * the gateway request, never to a caller.
 */
export class ReminderSettingsStore {
  constructor(
    private readonly db: Db,
    private readonly office: OfficeService,
    private readonly secrets: SecretBox,
  ) {}

  get(): ReminderSettings {
    const row = this.row();
    if (!row) return { ...GATEWAY_DEFAULTS, authSecretSet: false, updatedAt: null };
    const { officeId: _office, authSecretSealed, ...rest } = row;
    return { ...rest, authSecretSet: authSecretSealed !== null };
  }

  save(input: ReminderSettingsSaveInput, now: number): SettingsSave {
    const officeId = this.office.require().id;
    const current = this.row();
    const base: SettingsRow = current ?? { ...GATEWAY_DEFAULTS, officeId, authSecretSealed: null, updatedAt: now };
    const { authSecret, ...fields } = input;
    const next: SettingsRow = { ...base, ...stripUndefined(fields), updatedAt: now };
    if (authSecret !== undefined) next.authSecretSealed = authSecret === null ? null : this.secrets.encrypt(authSecret);
    // A secret without a header to carry it would never be sent: removing the header removes the secret.
    if (next.authHeaderName === null) next.authSecretSealed = null;
    this.check(next, authSecret);
    this.db
      .insert(reminderSettings)
      .values(next)
      .onConflictDoUpdate({ target: reminderSettings.officeId, set: next })
      .run();
    const changed = Object.keys(stripUndefined(input)).filter((key) => key === 'authSecret' || base[key as keyof SettingsRow] !== next[key as keyof SettingsRow]);
    return { settings: this.get(), changed };
  }

  /** The request settings with the secret unsealed, or null while no gateway address is saved. */
  gateway(): GatewayConfig | null {
    const row = this.row();
    if (!row?.url) return null;
    const secret = row.authHeaderName && row.authSecretSealed ? this.secrets.decrypt(row.authSecretSealed) : null;
    return {
      url: row.url,
      method: row.method,
      contentType: row.contentType,
      bodyTemplate: row.bodyTemplate,
      authHeader: row.authHeaderName && secret !== null ? { name: row.authHeaderName, value: secret } : null,
      timeoutMs: row.timeoutMs,
    };
  }

  private row(): SettingsRow | null {
    const office = this.office.get();
    if (!office) return null;
    return this.db.select().from(reminderSettings).where(eq(reminderSettings.officeId, office.id)).get() ?? null;
  }

  /** Rules across fields (zod checked each field alone). */
  private check(next: SettingsRow, authSecret: string | null | undefined): void {
    if (next.enabled && next.url === null) throw invalid('url', 'Enter the gateway address before turning reminders on.');
    if (typeof authSecret === 'string' && next.authHeaderName === null) throw invalid('authHeaderName', 'Name the header that carries the secret.');
    if (next.contentType === 'json') {
      try {
        JSON.parse(gatewayBody(next.bodyTemplate, 'json', { to: '628123456789', message: 'a "quoted"\nline', channel: next.channel }));
      } catch {
        throw invalid('bodyTemplate', 'With JSON the body must be valid JSON, with the placeholders inside strings, such as {"to": "{to}", "message": "{message}"}.');
      }
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
