import type { Sqlite } from '../db/connection';
import { SyncError, type CentralApi } from './protocol';
import { readCursor } from './state';

/**
 * Before an office's first push or pull: is its office code already in use centrally? A fresh install that
 * joins under a code with history (the old PC died, and the wizard was run again without "restore from the
 * central database") would number invoices, credit notes and accounts from 1 again, and pull the old ones
 * on top. It is refused with SYNC_OFFICE_IN_USE until the office is restored from central (bootstrap),
 * which continues the numbers. Asked once: the answer is kept in sync_state.
 */
const JOINED = 'joined';

/** True when this db may be a stranger to central: never pulled, not bootstrapped, not checked, never pushed. */
function mayBeStranger(sqlite: Sqlite): boolean {
  if (readCursor(sqlite) > 0) return false;
  const marked = sqlite.prepare(`SELECT 1 FROM sync_state WHERE key IN ('${JOINED}', 'bootstrap') LIMIT 1`).get();
  if (marked) return false;
  // Asked once per install (the marker is set after): reading the outbox here is not a start-up cost.
  return !sqlite.prepare('SELECT 1 FROM sync_outbox WHERE pushed_at IS NOT NULL LIMIT 1').get();
}

export async function ensureJoined(sqlite: Sqlite, central: CentralApi, office: string): Promise<void> {
  if (!mayBeStranger(sqlite)) return;
  if (await central.officeHasHistory(office)) {
    throw new SyncError(
      'SYNC_OFFICE_IN_USE',
      `the central database already holds office ${office}'s data and this computer has never synced: restore the office from the central database (first-run wizard on a fresh install) instead of starting it again, or its invoice and account numbers would be handed out twice`,
    );
  }
  sqlite.prepare("INSERT INTO sync_state (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING").run(JOINED);
}
