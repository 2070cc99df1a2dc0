import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';

/**
 * Billing reminders (issue 5): message templates, an outbox of notifications and the HTTP SMS/WhatsApp
 * gateway that delivers them. See docs/decisions/0013-reminders.md.
 */

export const REMINDER_KINDS = ['due_soon', 'overdue', 'suspended'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const reminderKindSchema = z.enum(REMINDER_KINDS);

export const REMINDER_CHANNELS = ['sms', 'whatsapp'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];
export const reminderChannelSchema = z.enum(REMINDER_CHANNELS);

export const OUTBOX_STATUSES = ['queued', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const outboxStatusSchema = z.enum(OUTBOX_STATUSES);

export const GATEWAY_CONTENT_TYPES = ['json', 'form'] as const;
export type GatewayContentType = (typeof GATEWAY_CONTENT_TYPES)[number];
export const GATEWAY_METHODS = ['POST', 'PUT'] as const;

// ---- placeholders --------------------------------------------------------------------------------

/** What a message template may say; `{amount}` and `{balance}` come formatted in the office currency. */
export const MESSAGE_PLACEHOLDERS = [
  'customerName',
  'accountNumber',
  'amount',
  'balance',
  'dueDate',
  'invoiceNumber',
  'officeName',
  'officePhone',
] as const;
export type MessagePlaceholder = (typeof MESSAGE_PLACEHOLDERS)[number];

/** What the gateway's request body template may say. */
export const GATEWAY_PLACEHOLDERS = ['to', 'message', 'channel'] as const;

/** `{name}`: a letter, then letters, digits or `_`. Any other brace is ordinary text. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** Every placeholder name the text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/** Placeholders of `text` that are not in `allowed`. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
  return placeholdersIn(text).filter((name) => !allowed.includes(name));
}

/** Replaces each known `{name}` with its value (a function may escape it); unknown ones stay as typed. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>, escape: (value: string) => string = (value) => value): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? escape(values[name] ?? '') : whole));
}

function withKnownPlaceholders(schema: z.ZodString, allowed: readonly string[]) {
  return schema.superRefine((text, ctx) => {
    const unknown = unknownPlaceholders(text, allowed);
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}; use ${allowed.map((name) => `{${name}}`).join(' ')}`,
        params: { unknownPlaceholders: unknown },
      });
    }
  });
}

export const TEMPLATE_MAX_LENGTH = 1000;
export const templateBodySchema = withKnownPlaceholders(z.string().trim().min(1).max(TEMPLATE_MAX_LENGTH), MESSAGE_PLACEHOLDERS);

// ---- gateway settings ----------------------------------------------------------------------------

/** http(s) only, no user:password in the address (it would sit in the settings in clear: use the auth header). */
export const gatewayUrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'an http:// or https:// address without a user name or password in it');

/** An HTTP header name (RFC 9110 token) that the request does not set itself. */
export const authHeaderNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'letters, digits and - only, such as Authorization or X-Api-Key')
  .refine((name) => !['content-type', 'content-length', 'host', 'connection', 'transfer-encoding'].includes(name.toLowerCase()), 'the app sets this header itself');

/** Header values cannot carry line breaks (they would start another header). */
export const authSecretSchema = z
  .string()
  .min(1)
  .max(1000)
  .regex(/^[^\r\n\0]*$/, 'one line only');

export const gatewayBodyTemplateSchema = withKnownPlaceholders(z.string().trim().min(1).max(2000), GATEWAY_PLACEHOLDERS).refine(
  (text) => text.includes('{to}') && text.includes('{message}'),
  'the body must contain {to} and {message}',
);

/** `HH:MM`, 24-hour, office local time. */
export const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as 08:00');

/** What the office's phone numbers lack: `62` turns 0812… into 62812…; empty leaves numbers as typed. */
export const countryCodeSchema = z.string().regex(/^(?:[1-9]\d{0,3})?$/, '1 to 4 digits, such as 62, or empty');

export const officePhoneSchema = z
  .string()
  .trim()
  .max(32)
  .regex(/^[0-9 +()./-]*$/, 'digits, spaces and + ( ) . / - only');

export const reminderSettingsSchema = z
  .object({
    /** Reminders are enqueued after billing runs and delivered only while enabled. */
    enabled: z.boolean(),
    url: z.string().nullable(),
    method: z.enum(GATEWAY_METHODS),
    contentType: z.enum(GATEWAY_CONTENT_TYPES),
    bodyTemplate: z.string(),
    authHeaderName: z.string().nullable(),
    /** The secret itself never leaves the main process. */
    authSecretSet: z.boolean(),
    timeoutMs: z.number().int(),
    channel: reminderChannelSchema,
    dueSoonDays: z.number().int(),
    officePhone: z.string(),
    countryCode: z.string(),
    sendFrom: z.string(),
    sendUntil: z.string(),
    maxAttempts: z.number().int(),
    updatedAt: epochMsSchema.nullable(),
  })
  .strict();
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/** Only the fields given change. `authSecret`: a string sets it, null removes it, absent keeps it. */
export const reminderSettingsSaveInput = z
  .object({
    enabled: z.boolean().optional(),
    url: gatewayUrlSchema.nullable().optional(),
    method: z.enum(GATEWAY_METHODS).optional(),
    contentType: z.enum(GATEWAY_CONTENT_TYPES).optional(),
    bodyTemplate: gatewayBodyTemplateSchema.optional(),
    authHeaderName: authHeaderNameSchema.nullable().optional(),
    authSecret: authSecretSchema.nullable().optional(),
    timeoutMs: z.number().int().min(1000).max(60_000).optional(),
    channel: reminderChannelSchema.optional(),
    dueSoonDays: z.number().int().min(0).max(30).optional(),
    officePhone: officePhoneSchema.optional(),
    countryCode: countryCodeSchema.optional(),
    sendFrom: clockTimeSchema.optional(),
    sendUntil: clockTimeSchema.optional(),
    maxAttempts: z.number().int().min(1).max(50).optional(),
  })
  .strict();
export type ReminderSettingsSaveInput = z.output<typeof reminderSettingsSaveInput>;

// ---- templates -----------------------------------------------------------------------------------

export const reminderTemplateSchema = z
  .object({
    kind: reminderKindSchema,
    channel: reminderChannelSchema,
    body: z.string(),
    /** A disabled kind is not enqueued on this channel. */
    enabled: z.boolean(),
    /** True while the office has not changed the built-in text. */
    isDefault: z.boolean(),
    updatedAt: epochMsSchema.nullable(),
  })
  .strict();
export type ReminderTemplate = z.infer<typeof reminderTemplateSchema>;

export const templateKeyInput = z.object({ kind: reminderKindSchema, channel: reminderChannelSchema }).strict();
export const templateSaveInput = z
  .object({ kind: reminderKindSchema, channel: reminderChannelSchema, body: templateBodySchema, enabled: z.boolean() })
  .strict();
/** The preview takes any text (it is typed live) and reports unknown placeholders instead of refusing them. */
export const templatePreviewInput = z
  .object({ kind: reminderKindSchema, channel: reminderChannelSchema, body: z.string().max(TEMPLATE_MAX_LENGTH) })
  .strict();
export const templatePreviewOutput = z
  .object({
    text: z.string(),
    characters: z.number().int(),
    /** SMS parts the text takes (GSM 7-bit: 160, or 153 each when split; UCS-2: 70 / 67). */
    smsParts: z.number().int(),
    encoding: z.enum(['gsm7', 'ucs2']),
    unknownPlaceholders: z.array(z.string()),
  })
  .strict();
export type TemplatePreview = z.infer<typeof templatePreviewOutput>;

// ---- outbox --------------------------------------------------------------------------------------

export const outboxMessageSchema = z
  .object({
    id: idSchema,
    customerId: idSchema,
    customerName: z.string(),
    accountNumber: z.string(),
    kind: reminderKindSchema,
    channel: reminderChannelSchema,
    recipient: z.string(),
    body: z.string(),
    status: outboxStatusSchema,
    attempts: z.number().int(),
    nextAttemptAt: epochMsSchema,
    /** The gateway's answer (HTTP status and text) or the network error of the last attempt. */
    lastError: z.string().nullable(),
    responseStatus: z.number().int().nullable(),
    invoiceId: idSchema.nullable(),
    subscriptionId: idSchema.nullable(),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
    sentAt: epochMsSchema.nullable(),
  })
  .strict();
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxListInput = z
  .object({
    status: outboxStatusSchema.optional(),
    kind: reminderKindSchema.optional(),
    customerId: idSchema.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
const statusCounts = z.object({ queued: z.number().int(), sent: z.number().int(), failed: z.number().int(), cancelled: z.number().int() }).strict();
export const outboxListOutput = z
  .object({
    messages: z.array(outboxMessageSchema),
    /** Messages matching the filter. */
    total: z.number().int(),
    /** The whole outbox by status (for the filter chips). */
    counts: statusCounts,
  })
  .strict();
export const outboxIdInput = z.object({ id: idSchema }).strict();

const kindCounts = z.object({ due_soon: z.number().int(), overdue: z.number().int(), suspended: z.number().int() }).strict();
export const enqueueResultSchema = z
  .object({
    /** New messages per kind (an existing key creates nothing). */
    created: kindCounts,
    /** Customers who should have had a message but have no phone number. */
    skippedNoPhone: z.number().int(),
  })
  .strict();
export type EnqueueResult = z.infer<typeof enqueueResultSchema>;

// ---- test message --------------------------------------------------------------------------------

export const recipientSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^\+?[0-9 ()./-]+$/, 'a phone number: digits, spaces and + ( ) . / - only');

export const sendTestInput = z
  .object({
    to: recipientSchema,
    message: z.string().trim().min(1).max(TEMPLATE_MAX_LENGTH).optional(),
  })
  .strict();
export const sendTestOutput = z
  .object({
    delivered: z.boolean(),
    /** The gateway's HTTP status, or null when it could not be reached. */
    status: z.number().int().nullable(),
    /** What went wrong (HTTP status and text, or the network error); null when delivered. */
    error: z.string().nullable(),
    durationMs: z.number().int(),
  })
  .strict();
export type SendTestResult = z.infer<typeof sendTestOutput>;
