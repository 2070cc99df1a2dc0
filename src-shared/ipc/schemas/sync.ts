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
