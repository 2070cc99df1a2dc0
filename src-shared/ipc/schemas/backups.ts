import { z } from 'zod';
import { epochMsSchema, passwordSchema } from './common';

/** Reasons a backup is made (kept in step with src-main/backups/names.ts). */
export const backupReasonSchema = z.enum(['daily', 'pre-migration', 'manual', 'pre-restore']);

/** A backup's id is its file name in the backups folder: nothing else, so no path can sneak in. */
export const backupIdSchema = z
  .string()
  .max(120)
  .regex(/^backup-(daily|pre-migration|manual|pre-restore)-\d{8}T\d{9}Z(?:-\d+)?\.sqlite$/, 'not a backup name');

/** Row counts of the key tables; null where the backup's schema has no such table. */
export const backupCountsSchema = z
  .object({
    customers: z.number().int().nonnegative().nullable(),
    ledgerEntries: z.number().int().nonnegative().nullable(),
    vouchers: z.number().int().nonnegative().nullable(),
    tillEntries: z.number().int().nonnegative().nullable(),
    audit: z.number().int().nonnegative().nullable(),
  })
  .strict();

export const secondCopySchema = z
  .object({ folder: z.string(), ok: z.boolean(), error: z.string().nullable() })
  .strict();

/** `<backup>.json` next to each backup: what it holds and whether it verified. */
export const backupManifestSchema = z
  .object({
    version: z.literal(1),
    file: z.string(),
    createdAt: epochMsSchema,
    reason: backupReasonSchema,
    sizeBytes: z.number().int().nonnegative(),
    appVersion: z.string(),
    schemaMigrations: z.number().int().nonnegative(),
    counts: backupCountsSchema,
    verified: z
      .object({ ok: z.boolean(), integrity: z.string(), checkedAt: epochMsSchema, problem: z.string().nullable() })
      .strict(),
    secondCopy: secondCopySchema.nullable(),
  })
  .strict();

export const backupStatusSchema = z.enum(['verified', 'failed', 'unverified']);

export const backupSummarySchema = z
  .object({
    id: z.string(),
    reason: backupReasonSchema,
    createdAt: epochMsSchema,
    sizeBytes: z.number().int().nonnegative(),
    status: backupStatusSchema,
    problem: z.string().nullable(),
    appVersion: z.string().nullable(),
    schemaMigrations: z.number().int().nonnegative().nullable(),
    counts: backupCountsSchema.nullable(),
    secondCopy: secondCopySchema.nullable(),
  })
  .strict();

export const backupsListOutput = z
  .object({
    folder: z.string(),
    secondFolder: z.string().nullable(),
    lastGoodAt: epochMsSchema.nullable(),
    backups: z.array(backupSummarySchema),
  })
  .strict();

export const backupIdInput = z.object({ id: backupIdSchema }).strict();

/** What a fresh look at a backup file finds now, next to its manifest. */
export const backupInspectionSchema = z
  .object({
    ok: z.boolean(),
    integrity: z.string(),
    problem: z.string().nullable(),
    counts: backupCountsSchema,
    schemaMigrations: z.number().int().nonnegative(),
    appMigrations: z.number().int().nonnegative(),
    newerSchema: z.boolean(),
  })
  .strict();

export const backupDetailsOutput = z.object({ backup: backupSummarySchema, fresh: backupInspectionSchema }).strict();

/** `HH:MM`, 24-hour, office local time. */
const timeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as 02:30');

/** An absolute folder or file path typed by the owner (USB drive, network share). */
const absolutePathSchema = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .refine((text) => text.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(text) || text.startsWith('\\\\'), 'an absolute path')
  .refine((text) => !text.includes('\0'), 'no NUL characters');

export const retentionSchema = z
  .object({
    daily: z.number().int().min(1).max(366),
    weekly: z.number().int().min(0).max(260),
    monthly: z.number().int().min(0).max(240),
    others: z.number().int().min(1).max(100),
  })
  .strict();

export const backupSettingsSchema = z
  .object({ dailyTime: timeOfDaySchema, retention: retentionSchema, secondFolder: absolutePathSchema.nullable() })
  .strict();

export const backupSettingsUpdateInput = z
  .object({
    dailyTime: timeOfDaySchema.optional(),
    retention: retentionSchema.optional(),
    secondFolder: absolutePathSchema.nullable().optional(),
  })
  .strict();

export const restoreInput = z.object({ id: backupIdSchema, password: passwordSchema }).strict();

export const restoreOutput = z
  .object({
    /** The pre-restore safety copy of the database as it was. */
    safetyCopy: z.string(),
    restored: z.string(),
    /** True when the host restarts the core now; false: the restore applies at the next start. */
    restarting: z.boolean(),
  })
  .strict();

export const exportInput = z
  .object({ path: absolutePathSchema.refine((text) => text.endsWith('.sqlite'), 'a file name ending in .sqlite') })
  .strict();

export const exportOutput = z
  .object({ file: z.string(), sizeBytes: z.number().int().nonnegative(), counts: backupCountsSchema })
  .strict();

export const importInput = z.object({ path: absolutePathSchema, password: passwordSchema }).strict();

export type BackupReasonName = z.infer<typeof backupReasonSchema>;
export type BackupCounts = z.infer<typeof backupCountsSchema>;
export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupSummary = z.infer<typeof backupSummarySchema>;
export type BackupInspection = z.infer<typeof backupInspectionSchema>;
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export type SecondCopy = z.infer<typeof secondCopySchema>;
