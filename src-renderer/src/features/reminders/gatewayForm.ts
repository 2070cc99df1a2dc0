import { reminderSettingsSaveInput, type ReminderSettings } from '@shared/ipc/schemas/reminders';
import type { SaveReminderSettingsInput } from './api';

/** The gateway form as typed (strings), before it becomes a save input. */
export interface GatewayForm {
  enabled: boolean;
  url: string;
  method: 'POST' | 'PUT';
  contentType: 'json' | 'form';
  bodyTemplate: string;
  authHeaderName: string;
  authSecret: string;
  removeSecret: boolean;
  timeoutSeconds: string;
  channel: 'sms' | 'whatsapp';
  dueSoonDays: string;
  officePhone: string;
  countryCode: string;
  sendFrom: string;
  sendUntil: string;
  maxAttempts: string;
}

export type GatewayField = keyof GatewayForm;

export function toGatewayForm(settings: ReminderSettings): GatewayForm {
  return {
    enabled: settings.enabled,
    url: settings.url ?? '',
    method: settings.method,
    contentType: settings.contentType,
    bodyTemplate: settings.bodyTemplate,
    authHeaderName: settings.authHeaderName ?? '',
    authSecret: '',
    removeSecret: false,
    timeoutSeconds: String(settings.timeoutMs / 1000),
    channel: settings.channel,
    dueSoonDays: String(settings.dueSoonDays),
    officePhone: settings.officePhone,
    countryCode: settings.countryCode,
    sendFrom: settings.sendFrom,
    sendUntil: settings.sendUntil,
    maxAttempts: String(settings.maxAttempts),
  };
}

const whole = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
const seconds = (text: string): number => (/^\d+(?:\.\d+)?$/.test(text.trim()) ? Math.round(Number(text.trim()) * 1000) : Number.NaN);
const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Input field of each save-input key, to mark the field a validation issue is about. */
const FIELD_OF: Record<string, GatewayField> = { timeoutMs: 'timeoutSeconds', authSecret: 'authSecret' };

/**
 * Only what changed goes to the main process; the zod schema of the contract checks it here first so
 * mistakes are marked on their fields before anything is sent.
 */
export function toSaveInput(form: GatewayForm, settings: ReminderSettings): { input: SaveReminderSettingsInput } | { invalid: Set<GatewayField> } {
  const next: SaveReminderSettingsInput = {
    enabled: form.enabled,
    url: orNull(form.url),
    method: form.method,
    contentType: form.contentType,
    bodyTemplate: form.bodyTemplate.trim(),
    authHeaderName: orNull(form.authHeaderName),
    timeoutMs: seconds(form.timeoutSeconds),
    channel: form.channel,
    dueSoonDays: whole(form.dueSoonDays),
    officePhone: form.officePhone.trim(),
    countryCode: form.countryCode.trim(),
    sendFrom: form.sendFrom.trim(),
    sendUntil: form.sendUntil.trim(),
    maxAttempts: whole(form.maxAttempts),
  };
  const input: SaveReminderSettingsInput = Object.fromEntries(
    Object.entries(next).filter(([key, value]) => !Object.is(value, settings[key as keyof ReminderSettings])),
  );
  if (form.removeSecret) input.authSecret = null;
  else if (form.authSecret !== '') input.authSecret = form.authSecret;
  const parsed = reminderSettingsSaveInput.safeParse(input);
  if (parsed.success) return { input: parsed.data };
  return { invalid: new Set(parsed.error.issues.map((issue) => FIELD_OF[String(issue.path[0])] ?? (String(issue.path[0]) as GatewayField))) };
}
