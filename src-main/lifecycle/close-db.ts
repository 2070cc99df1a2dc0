import type { Sqlite } from '../db/connection';
import type { Logger } from '../core/logger';

/**
 * Folds the WAL back into the database file and empties it before closing, so a copy of the data folder
 * taken after the app quit (or a backup tool reading only the .sqlite file) holds every committed write.
 * A reader still open elsewhere (the voucher worker) can make TRUNCATE busy: the close still goes ahead,
 * SQLite then checkpoints what it can when the last connection closes.
 */
export function checkpointAndClose(sqlite: Sqlite, logger: Logger): void {
  if (!sqlite.open) return;
  try {
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    if (result && result.busy !== 0) logger.warn('WAL checkpoint at close was busy', { ...result });
  } catch (error) {
    logger.warn('WAL checkpoint at close failed', { error: error instanceof Error ? error.message : String(error) });
  }
  sqlite.close();
}

/** The core's logger may write files (src-main/logs); flush them when it can, a console logger cannot. */
export function flushLogger(logger: Logger): Promise<void> {
  const flushable = logger as Logger & { flush?: () => Promise<void> };
  return typeof flushable.flush === 'function' ? flushable.flush() : Promise.resolve();
}
