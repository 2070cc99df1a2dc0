import { z } from 'zod';
import { epochMsSchema } from './common';

/** pino's levels, lowest first; a query's `minLevel` and the stored setting use these names. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export const logLevelSchema = z.enum(LOG_LEVELS);
export type LogLevel = z.infer<typeof logLevelSchema>;

export const logSettingsSchema = z.object({ level: logLevelSchema }).strict();
export type LogSettings = z.infer<typeof logSettingsSchema>;

/** Where a page of results stopped: opaque to the renderer, checked again in the main process. */
export const logCursorSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a log cursor');

export const MAX_LOG_QUERY_LIMIT = 500;

export const logQueryInput = z
  .object({
    /** This level and above; all levels when absent. */
    minLevel: logLevelSchema.optional(),
    /** Case-insensitive; matched against the message and the entry's fields. */
    text: z.string().trim().min(1).max(200).optional(),
    /** Exact `module` field (e.g. `routers`, `auth`). */
    module: z.string().trim().min(1).max(60).optional(),
    from: epochMsSchema.optional(),
    to: epochMsSchema.optional(),
    limit: z.number().int().min(1).max(MAX_LOG_QUERY_LIMIT).optional(),
    /** `nextCursor` of the previous page: entries older than it. */
    before: logCursorSchema.optional(),
  })
  .strict()
  .refine((input) => input.from === undefined || input.to === undefined || input.from <= input.to, {
    message: '"from" must not be after "to"',
    path: ['from'],
  });
export type LogQueryInput = z.infer<typeof logQueryInput>;

export const logEntrySchema = z
  .object({
    /** Unique within the log folder (file and byte offset); a stable React key. */
    id: z.string(),
    time: epochMsSchema,
    level: logLevelSchema,
    module: z.string().nullable(),
    message: z.string(),
    /** Every other structured field the call passed (already redacted when written). */
    fields: z.record(z.string(), z.unknown()),
  })
  .strict();
export type LogEntry = z.infer<typeof logEntrySchema>;

export const logQueryOutput = z
  .object({
    entries: z.array(logEntrySchema),
    /** Pass as `before` to load older entries; null when the oldest file was read to its start. */
    nextCursor: logCursorSchema.nullable(),
    /** True when the page stopped at the scan cap before filling `limit`: older entries may still match. */
    partial: z.boolean(),
  })
  .strict();
export type LogQueryOutput = z.infer<typeof logQueryOutput>;
