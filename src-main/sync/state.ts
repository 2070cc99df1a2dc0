import type { Sqlite } from '../db/connection';

/** Small persisted sync state in `sync_state` (text values). */

const CURSOR = 'cursor';

export function readCursor(sqlite: Sqlite): number {
  const row = sqlite.prepare('SELECT value FROM sync_state WHERE key = ?').get(CURSOR) as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/** Called only inside the apply transaction, so the cursor moves with the rows it covers. */
export function writeCursor(sqlite: Sqlite, cursor: number): void {
  sqlite
    .prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(CURSOR, String(cursor));
}
