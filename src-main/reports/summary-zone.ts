import type { Sqlite } from '../db/connection';
import { SUMMARY_BACKFILL_SQL } from './summary-sql';
import { zoneOffsets } from './zone-offsets';

/**
 * Keeps the summary's day keys in the office zone. The trigger reads `report_zone_offsets`; when the
 * office zone is not the one they were made for (first run, or the zone changed in Settings) the
 * offsets are replaced and the summary is rebuilt from the till ledger, all in one transaction. It is
 * derived data, so rebuilding it changes no fact. Returns true when it rebuilt.
 */
export function syncSummaryZone(sqlite: Sqlite, timeZone: string, now: number): boolean {
  const current = sqlite.prepare('SELECT time_zone AS timeZone FROM report_zone WHERE id = 1').get() as { timeZone: string } | undefined;
  if (current?.timeZone === timeZone) return false;
  const offsets = zoneOffsets(timeZone);
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM report_zone_offsets').run();
    const insert = sqlite.prepare('INSERT INTO report_zone_offsets (from_utc, offset_ms) VALUES (?, ?)');
    for (const row of offsets) insert.run(row.fromUtc, row.offsetMs);
    rebuildSalesSummary(sqlite);
    sqlite
      .prepare('INSERT INTO report_zone (id, time_zone, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at')
      .run(timeZone, now);
  }).immediate();
  return true;
}

/** Recomputes the whole summary from `till_entries` (caller holds the transaction). */
export function rebuildSalesSummary(sqlite: Sqlite): void {
  sqlite.prepare('DELETE FROM report_sales_daily').run();
  sqlite.prepare(SUMMARY_BACKFILL_SQL).run();
}
