import type { Sqlite } from '../../db/connection';

const CHUNK = 500;

/**
 * Records a successful print run, inside the caller's transaction: first print time kept, count
 * bumped, and cards not yet further along the lifecycle move to `printed`. Returns how many moved.
 */
export function markPrinted(sqlite: Sqlite, voucherIds: readonly string[], now: number): number {
  let moved = 0;
  for (let start = 0; start < voucherIds.length; start += CHUNK) {
    const ids = voucherIds.slice(start, start + CHUNK);
    const marks = ids.map(() => '?').join(',');
    moved += sqlite
      .prepare(`UPDATE vouchers SET status = 'printed', updated_at = ? WHERE id IN (${marks}) AND status IN ('generated', 'on_router')`)
      .run(now, ...ids).changes;
    sqlite
      .prepare(`UPDATE vouchers SET printed_at = coalesce(printed_at, ?), print_count = print_count + 1, updated_at = ? WHERE id IN (${marks})`)
      .run(now, now, ...ids);
  }
  return moved;
}
