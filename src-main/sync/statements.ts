import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';

/**
 * Prepared statements kept per connection: applying a pulled page runs the same few statements for
 * every row (100,000 rows in the P7 benchmark), and preparing each time would cost more than running.
 */
const caches = new WeakMap<Sqlite, Map<string, Statement>>();

export function cached(sqlite: Sqlite, sql: string): Statement {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
