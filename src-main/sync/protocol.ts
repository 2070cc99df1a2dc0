import { z } from 'zod';
import { MASTER_TABLES, SYNCED_TABLES, type SyncedTable } from './tables';

export { MASTER_TABLES, SYNCED_TABLES, type SyncedTable };

/**
 * The office <-> central sync protocol (docs/decisions/0015-sync.md). `SYNC_SCHEMA_VERSION` is sent on
 * every call; the central database refuses any other version (SYNC_UPDATE_REQUIRED), so an outdated office
 * stops instead of writing rows central no longer understands.
 */
export const SYNC_SCHEMA_VERSION = 2;

export type JsonScalar = string | number | boolean | null;
export type RowPayload = Record<string, JsonScalar>;

export interface OutgoingMutation {
  /** Mutation id: the outbox row's UUIDv7. */
  id: string;
  table: SyncedTable;
  rowId: string;
  hlc: number | null;
  /** Master-data updates: the columns this change set; null = the whole row. */
  fields: string[] | null;
  payload: RowPayload;
}

const payloadSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const pushResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(
    z.object({
      id: z.string(),
      /** `mismatch`: central holds this id with other content; `refused`: a central rule (a period billed twice). */
      kind: z.enum(['mismatch', 'refused']).default('mismatch'),
      reason: z.string(),
      /** What central holds instead (the other version, or the fact that took the key). */
      existing: payloadSchema.nullable().optional(),
    }),
  ),
  head: z.number().int(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

/** One change-log row as the office receives it (pg returns bigint as text: coerced and range-checked). */
export const pulledChangeSchema = z.object({
  seq: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  office: z.string().min(1),
  table: z.enum(SYNCED_TABLES),
  rowId: z.string().min(1),
  hlc: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable(),
  fields: z.array(z.string().min(1).max(64)).max(200).nullable(),
  payload: payloadSchema,
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export type SyncErrorCode =
  | 'SYNC_UPDATE_REQUIRED'
  | 'SYNC_FORBIDDEN'
  | 'SYNC_BAD_BATCH'
  | 'SYNC_UNREACHABLE'
  | 'SYNC_APPLY_FAILED'
  | 'SYNC_NOT_SET_UP'
  | 'SYNC_OFFICE_IN_USE';

export class SyncError extends Error {
  readonly code: SyncErrorCode;

  constructor(code: SyncErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SyncError';
    this.code = code;
  }
}

/** The central side as the office sees it; `PgCentral` is the Postgres one, tests may wrap it. */
export interface CentralApi {
  push(office: string, batch: readonly OutgoingMutation[]): Promise<PushResult>;
  pull(office: string, after: number, limit: number): Promise<PulledChange[]>;
  /** Whether central holds changes this office pushed (from any computer): see join-check.ts. */
  officeHasHistory(office: string): Promise<boolean>;
}
