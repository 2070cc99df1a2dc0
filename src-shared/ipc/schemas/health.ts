import { z } from 'zod';
import { epochMsSchema } from './common';

/** OK / warning / error of one card on the Health page (the core decides, the renderer only colours). */
export const healthLevelSchema = z.enum(['ok', 'warning', 'error']);

export const integrityCheckSchema = z
  .object({ at: epochMsSchema, ok: z.boolean(), result: z.string(), durationMs: z.number().int().nonnegative() })
  .strict();

const nullableInt = z.number().int().nullable();

export const routerHealthRowSchema = z
  .object({
    routerId: z.string(),
    name: z.string(),
    online: z.boolean(),
    /** Connection state of the live session (idle before background services start). */
    state: z.string(),
    cpuPercent: nullableInt,
    memoryPercent: nullableInt,
    checkedAt: epochMsSchema.nullable(),
    lastError: z.string().nullable(),
  })
  .strict();

export const healthOutput = z
  .object({
    at: epochMsSchema,
    versions: z.object({ app: z.string(), node: z.string(), electron: z.string().nullable() }).strict(),
    db: z
      .object({
        level: healthLevelSchema,
        path: z.string(),
        sizeBytes: z.number().int().nonnegative(),
        walBytes: z.number().int().nonnegative(),
        lastIntegrityCheck: integrityCheckSchema.nullable(),
      })
      .strict(),
    backups: z
      .object({
        level: healthLevelSchema,
        lastAt: epochMsSchema.nullable(),
        lastOk: z.boolean().nullable(),
        lastProblem: z.string().nullable(),
        lastGoodAt: epochMsSchema.nullable(),
      })
      .strict(),
    routers: z
      .object({
        level: healthLevelSchema,
        online: z.number().int().nonnegative(),
        offline: z.number().int().nonnegative(),
        list: z.array(routerHealthRowSchema),
      })
      .strict(),
    jobs: z
      .object({
        level: healthLevelSchema,
        pending: z.number().int().nonnegative(),
        running: z.number().int().nonnegative(),
        failed: z.number().int().nonnegative(),
        oldestFailure: z
          .object({ id: z.string(), routerId: z.string(), kind: z.string(), error: z.string().nullable(), at: epochMsSchema })
          .strict()
          .nullable(),
      })
      .strict(),
    sync: z
      .object({
        level: healthLevelSchema,
        /** The sync runner's state (off when no central database is configured). */
        state: z.string(),
        backlog: z.number().int().nonnegative(),
        lastPushAt: epochMsSchema.nullable(),
        lastPullAt: epochMsSchema.nullable(),
        /** now − last pull; null when it never pulled. */
        lagMs: z.number().int().nullable(),
        lastError: z.string().nullable(),
      })
      .strict(),
    schedules: z
      .object({
        level: healthLevelSchema,
        /** Null before the office exists (no time zone yet). */
        billingNextRunAt: epochMsSchema.nullable(),
        backupNextRunAt: epochMsSchema.nullable(),
      })
      .strict(),
  })
  .strict();

export const metricsSettingsSchema = z
  .object({ enabled: z.boolean(), port: z.number().int().min(1024).max(65535) })
  .strict();

export const metricsStatusOutput = z
  .object({
    settings: metricsSettingsSchema,
    /** Where it listens now; null when off. */
    url: z.string().nullable(),
  })
  .strict();

export const ALERT_KINDS = ['router-down', 'router-cpu', 'backup-failed', 'backup-missing', 'sync-stuck'] as const;
export const appAlertKindSchema = z.enum(ALERT_KINDS);

export const appAlertSchema = z
  .object({
    id: z.string(),
    kind: appAlertKindSchema,
    /** One open alert per key (kind + subject, e.g. the router). */
    key: z.string(),
    subject: z.string().nullable(),
    message: z.string(),
    level: z.enum(['warning', 'error']),
    raisedAt: epochMsSchema,
    clearedAt: epochMsSchema.nullable(),
    acknowledgedAt: epochMsSchema.nullable(),
  })
  .strict();

export const alertsListOutput = z.object({ alerts: z.array(appAlertSchema), unacknowledged: z.number().int().nonnegative() }).strict();

export const alertAcknowledgeInput = z
  .object({ id: z.string().min(1).max(100).optional(), all: z.literal(true).optional() })
  .strict()
  .refine((input) => (input.id === undefined) !== (input.all === undefined), 'either an id or all: true');

export const diagnosticsOutput = z
  .object({ fileName: z.string(), mimeType: z.string(), sizeBytes: z.number().int().nonnegative(), contentBase64: z.string() })
  .strict();

export type HealthLevel = z.infer<typeof healthLevelSchema>;
export type HealthOutput = z.infer<typeof healthOutput>;
export type IntegrityCheck = z.infer<typeof integrityCheckSchema>;
export type MetricsSettings = z.infer<typeof metricsSettingsSchema>;
export type AppAlert = z.infer<typeof appAlertSchema>;
export type AppAlertKind = z.infer<typeof appAlertKindSchema>;

/** Pushed to every window when an alert is raised, cleared or acknowledged (event `alerts.changed`). */
export const alertChangeEventSchema = z
  .object({ change: z.enum(['raised', 'cleared', 'acknowledged']), alert: appAlertSchema })
  .strict();
export type AlertChangeEvent = z.infer<typeof alertChangeEventSchema>;
