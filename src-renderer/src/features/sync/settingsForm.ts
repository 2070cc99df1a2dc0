import type { SyncSettings, SyncSettingsSaveInput, SyncTlsMode } from '@shared/ipc/schemas/sync';

/** The form's text state; numbers are parsed on submit so a half-typed value is not rejected while typing. */
export interface SyncForm {
  enabled: boolean;
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
  tlsMode: SyncTlsMode;
  caCert: string;
  intervalMinutes: string;
}
export type SyncField = keyof SyncForm;

export function toSyncForm(settings: SyncSettings): SyncForm {
  return {
    enabled: settings.enabled,
    host: settings.host,
    port: String(settings.port),
    database: settings.database,
    user: settings.user,
    password: '',
    tlsMode: settings.tlsMode,
    caCert: settings.caCert ?? '',
    intervalMinutes: String(settings.intervalMinutes),
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

/** The save input, or the fields that are not valid (checked again by the core). */
export function toSaveInput(form: SyncForm): { input: SyncSettingsSaveInput } | { invalid: Set<SyncField> } {
  const invalid = new Set<SyncField>();
  const port = wholeNumber(form.port, 1, 65_535);
  const intervalMinutes = wholeNumber(form.intervalMinutes, 1, 1440);
  if (port === null) invalid.add('port');
  if (intervalMinutes === null) invalid.add('intervalMinutes');
  const caCert = form.caCert.trim();
  if (caCert !== '' && !caCert.includes('-----BEGIN CERTIFICATE-----')) invalid.add('caCert');
  if (form.enabled) {
    for (const field of ['host', 'database', 'user'] as const) if (form[field].trim() === '') invalid.add(field);
  }
  if (invalid.size > 0 || port === null || intervalMinutes === null) return { invalid };
  return {
    input: {
      enabled: form.enabled,
      host: form.host.trim(),
      port,
      database: form.database.trim(),
      user: form.user.trim(),
      ...(form.password ? { password: form.password } : {}),
      tlsMode: form.tlsMode,
      caCert: caCert === '' ? null : caCert,
      intervalMinutes,
    },
  };
}
