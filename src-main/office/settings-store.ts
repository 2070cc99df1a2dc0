import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { settings } from '../db/schema';

/** One key of the office's `settings` table, JSON-decoded; null when never set. */
export function readSetting<T>(db: Db, key: string): T | null {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as T) : null;
}

/** Sets one key (insert or replace) inside the caller's transaction. */
export function writeSetting(db: Db, key: string, value: unknown, now: number): void {
  const text = JSON.stringify(value);
  db.insert(settings)
    .values({ key, value: text, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: text, updatedAt: now } })
    .run();
}
