import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const SYNC_CONFLICT_KINDS = ['mismatch', 'refused', 'double_sale'] as const;
export type SyncConflictKind = (typeof SYNC_CONFLICT_KINDS)[number];
export const SYNC_RESOLUTIONS = ['kept_local', 'took_remote', 'acknowledged'] as const;
export type SyncResolution = (typeof SYNC_RESOLUTIONS)[number];

/**
 * Multi-office sync, local side (issue 7, docs/decisions/0015-sync.md). All of these are local and never
 * synced themselves. The outbox is filled by AFTER INSERT/UPDATE triggers (hand-written in the sync
 * migration) on the synced tables, so an outbox row is written in the same transaction as its change.
 */

/**
 * Changes waiting to be pushed, in commit order (`seq`). `id` is the mutation id (UUIDv7 made by the
 * trigger) that the central database records so a replayed batch is a no-op. `payload` is the row as JSON.
 */
export const syncOutbox = sqliteTable(
  'sync_outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    /** Master data only: the hybrid logical clock of this version (physical ms × 1000 + counter). */
    hlc: integer('hlc'),
    payload: text('payload').notNull(),
    /**
     * Master-data updates: JSON array of the columns this change set (per-field last-writer-wins).
     * NULL = the whole row (an insert, or history queued when the office joined sync).
     */
    fields: text('fields'),
    /** Set only after the central database acknowledged the batch holding this row. */
    pushedAt: integer('pushed_at'),
  },
  (table) => [uniqueIndex('sync_outbox_id').on(table.id), index('sync_outbox_pending').on(table.pushedAt, table.seq)],
);

/** Present (one row) while the sync service applies pulled rows: the outbox triggers skip them then. */
export const syncApplying = sqliteTable('sync_applying', {
  id: integer('id').primaryKey(),
});

/** The office's hybrid logical clock (one row, id 1): advanced by local writes and by pulled versions. */
export const syncClock = sqliteTable('sync_clock', {
  id: integer('id').primaryKey(),
  hlc: integer('hlc').notNull(),
});

/** Version (HLC + office) of each synced master-data row, for last-writer-wins. */
export const syncRowVersions = sqliteTable(
  'sync_row_versions',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    hlc: integer('hlc').notNull(),
    origin: text('origin').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tableName, table.rowId] })],
);

/**
 * Per-field versions of master-data rows, only for fields set after the row's first version
 * (`sync_row_versions` is the version of every other field). A field's version decides last-writer-wins.
 */
export const syncFieldVersions = sqliteTable(
  'sync_field_versions',
  {
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    hlc: integer('hlc').notNull(),
    origin: text('origin').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tableName, table.rowId, table.field] })],
);

/** Small sync state: the pull cursor (`cursor`), last push/pull times. Values as text. */
export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Rows that could not be applied and need a person: the same ledger id with different content (from
 * central's answer to a push, or met while applying a pull). Never applied, never dropped.
 */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    id: text('id').primaryKey(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    /** Where it was found: `push` (central refused our row) or `pull` (a remote row differs from ours). */
    side: text('side', { enum: ['push', 'pull'] }).notNull(),
    originOffice: text('origin_office'),
    localPayload: text('local_payload'),
    remotePayload: text('remote_payload'),
    /**
     * `mismatch`: the same ledger id with different content; `refused`: a remote row this db's constraints
     * refuse (an account number taken, an entry voided twice, a period billed twice); `double_sale`: one
     * voucher sold in two offices (both sales stay on the books).
     */
    kind: text('kind', { enum: SYNC_CONFLICT_KINDS }).notNull().default('mismatch'),
    reason: text('reason').notNull(),
    detectedAt: integer('detected_at').notNull(),
    resolvedAt: integer('resolved_at'),
    resolvedBy: text('resolved_by'),
    /** What the person decided: `kept_local`, `took_remote` or `acknowledged` (both stay, e.g. a void follows). */
    resolution: text('resolution', { enum: SYNC_RESOLUTIONS }),
    resolutionNote: text('resolution_note'),
  },
  (table) => [index('sync_conflicts_open').on(table.resolvedAt, table.detectedAt)],
);
