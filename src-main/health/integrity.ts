import type { Db, Sqlite } from '../db/connection';
import { readSetting, writeSetting } from '../office/settings-store';
import { integrityCheckSchema, type IntegrityCheck } from '../../src-shared/ipc/schemas/health';

const LAST_CHECK_KEY = 'health.lastIntegrityCheck';

/**
 * `PRAGMA quick_check` reads every page, so it runs only when someone asks (health.checkDb), never at
 * start-up: on a big db it takes seconds. The result is kept in the settings table for the page.
 */
export function runQuickCheck(sqlite: Sqlite, now: () => number): Omit<IntegrityCheck, 'at'> {
  const started = now();
  const rows = sqlite.pragma('quick_check(20)') as Array<{ quick_check: string }>;
  const lines = rows.map((row) => row.quick_check);
  const ok = lines.length === 1 && lines[0] === 'ok';
  return { ok, result: lines.join('\n').slice(0, 2000), durationMs: Math.max(0, now() - started) };
}

export function saveLastCheck(db: Db, check: IntegrityCheck): void {
  writeSetting(db, LAST_CHECK_KEY, check, check.at);
}

/** The stored result, or null when never checked (or stored by a version with another shape). */
export function lastCheck(db: Db): IntegrityCheck | null {
  const parsed = integrityCheckSchema.safeParse(readSetting<unknown>(db, LAST_CHECK_KEY));
  return parsed.success ? parsed.data : null;
}
