import fs from 'node:fs';
import type { Sqlite } from '../db/connection';

export interface DbSize {
  /** page_count × page_size: the main file as SQLite sees it (no stat of a file being written). */
  sizeBytes: number;
  /** The write-ahead log next to it (0 when absent, e.g. right after a checkpoint). */
  walBytes: number;
}

/** Database size from two pragmas and one stat: constant time whatever the db holds. */
export function dbSize(sqlite: Sqlite, dbFile: string): DbSize {
  const pageCount = sqlite.pragma('page_count', { simple: true }) as number;
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  return { sizeBytes: pageCount * pageSize, walBytes: walSize(dbFile) };
}

function walSize(dbFile: string): number {
  try {
    return fs.statSync(`${dbFile}-wal`).size;
  } catch {
    return 0;
  }
}
