import { z } from 'zod';

/**
 * Multi-office sync status (issue 7, docs/decisions/0015-sync.md). `off`: this office has no central
 * database configured (its outbox still fills, ready for when it is). Times are epoch ms UTC.
 */
export const SYNC_STATES = ['off', 'stopped', 'idle', 'syncing', 'error', 'update-required'] as const;
export const SYNC_ERROR_CODES = [
  'SYNC_UPDATE_REQUIRED',
  'SYNC_FORBIDDEN',
  'SYNC_BAD_BATCH',
  'SYNC_UNREACHABLE',
  'SYNC_APPLY_FAILED',
  'SYNC_NOT_SET_UP',
  'SYNC_OFFICE_IN_USE',
] as const;

export const syncStatusOutput = z
  .object({
    state: z.enum(SYNC_STATES),
    intervalMs: z.number().int().nullable(),
    lastPushAt: z.number().int().nullable(),
    lastPullAt: z.number().int().nullable(),
    /** Local changes not yet acknowledged by the central database. */
    backlog: z.number().int().nonnegative(),
    /** Last change-log sequence number applied here. */
    cursor: z.number().int().nonnegative(),
    /** Rows kept for a person in sync_conflicts (same ledger id, different content). */
    conflicts: z.number().int().nonnegative(),
    lastError: z.object({ code: z.enum(SYNC_ERROR_CODES), message: z.string(), at: z.number().int() }).strict().nullable(),
  })
  .strict();
export type SyncStatusOutput = z.infer<typeof syncStatusOutput>;

/** Live status pushed to every window when it changes (the same shape as `sync.status`). */
export const syncStatusEvent = syncStatusOutput;

// ---------------------------------------------------------------------------------------------------
// Settings: how this office reaches its central database (docs/central-database.md).

/** `verify-full`: TLS with the certificate and host name checked; `require`: encrypted, unchecked. */
export const SYNC_TLS_MODES = ['disable', 'require', 'verify-full'] as const;
export type SyncTlsMode = (typeof SYNC_TLS_MODES)[number];

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/;

/** A host name or an IPv4/IPv6 address; blank only while sync stays off. */
const hostSchema = z
  .string()
  .trim()
  .max(253)
  .regex(/^[A-Za-z0-9.:_[\]-]*$/, 'a host name or an IP address');
/** Postgres identifiers (database, role): blank only while sync stays off. */
const identifierSchema = z
  .string()
  .trim()
  .max(63)
  .regex(/^[A-Za-z0-9_.$-]*$/, 'letters, digits and _ . $ - only');

export const syncSettingsSchema = z
  .object({
    enabled: z.boolean(),
    host: z.string(),
    port: z.number().int(),
    database: z.string(),
    user: z.string(),
    /** Whether a password is stored; the password itself never leaves the core. */
    passwordSet: z.boolean(),
    tlsMode: z.enum(SYNC_TLS_MODES),
    caCert: z.string().nullable(),
    intervalMinutes: z.number().int(),
    updatedAt: z.number().int().nullable(),
  })
  .strict();
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

/** The connection part, shared by save and test. `password` blank or absent: keep the stored one. */
export const syncConnectionInput = z
  .object({
    host: hostSchema,
    port: z.number().int().min(1).max(65_535),
    database: identifierSchema,
    user: identifierSchema,
    password: z.string().max(256).optional(),
    tlsMode: z.enum(SYNC_TLS_MODES),
    /** PEM of the CA that signed the server's certificate (verify-full); null: the system's CAs. */
    caCert: z
      .string()
      .trim()
      .max(20_000)
      .regex(PEM_CERTIFICATE, 'a PEM certificate (-----BEGIN CERTIFICATE----- …)')
      .nullable()
      .optional(),
  })
  .strict();
export type SyncConnectionInput = z.infer<typeof syncConnectionInput>;

export const syncSettingsSaveInput = syncConnectionInput
  .extend({
    enabled: z.boolean(),
    intervalMinutes: z.number().int().min(1).max(1440),
  })
  .strict();
export type SyncSettingsSaveInput = z.infer<typeof syncSettingsSaveInput>;

/** Test the given settings (unsaved form), or the stored ones when absent. */
export const syncTestInput = z.object({ settings: syncConnectionInput.optional() }).strict();

export const SYNC_TEST_OUTCOMES = ['reachable', 'forbidden', 'update-required', 'unreachable', 'failed'] as const;
export const syncTestOutput = z
  .object({
    outcome: z.enum(SYNC_TEST_OUTCOMES),
    /** Central's last change-log sequence number (reachable only). */
    head: z.number().int().nullable(),
    error: z.object({ code: z.enum(SYNC_ERROR_CODES), message: z.string() }).strict().nullable(),
    tookMs: z.number().int().nonnegative(),
  })
  .strict();
export type SyncTestOutput = z.infer<typeof syncTestOutput>;

// ---------------------------------------------------------------------------------------------------
// Conflicts: rows a person must look at (docs/decisions/0015-sync.md).

export const SYNC_CONFLICT_KINDS = ['mismatch', 'refused', 'double_sale'] as const;
export const SYNC_RESOLUTIONS = ['kept_local', 'took_remote', 'acknowledged'] as const;
export type SyncResolutionName = (typeof SYNC_RESOLUTIONS)[number];

const payloadSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const syncConflictSchema = z
  .object({
    id: z.string(),
    table: z.string(),
    rowId: z.string(),
    side: z.enum(['push', 'pull']),
    kind: z.enum(SYNC_CONFLICT_KINDS),
    originOffice: z.string().nullable(),
    local: payloadSchema.nullable(),
    remote: payloadSchema.nullable(),
    reason: z.string(),
    detectedAt: z.number().int(),
    resolvedAt: z.number().int().nullable(),
    resolvedBy: z.string().nullable(),
    resolution: z.enum(SYNC_RESOLUTIONS).nullable(),
    resolutionNote: z.string().nullable(),
    /** What a person may do with it now (empty once resolved). */
    allowed: z.array(z.enum(SYNC_RESOLUTIONS)),
  })
  .strict();
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const syncConflictsListInput = z
  .object({
    status: z.enum(['open', 'resolved', 'all']).default('open'),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const syncConflictsListOutput = z
  .object({ total: z.number().int().nonnegative(), items: z.array(syncConflictSchema) })
  .strict();

export const syncConflictResolveInput = z
  .object({
    id: z.uuid(),
    resolution: z.enum(SYNC_RESOLUTIONS),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
