/**
 * The SQL that keeps `report_sales_daily` in step with `till_entries` (the same text is appended to
 * migration 0013 as its trigger and backfill; test/reports/summary-property.test.ts and
 * migration.test.ts check both agree with a full recompute). Kept as SQL so the trigger, the
 * migration backfill and a rebuild after a change of
 * office zone share one definition of "day", "kind", "plan" and "method".
 */

/** Office-calendar day number (days since 1970-01-01 local) of the instant `t`, via the zone's offsets. */
export function dayOf(t: string): string {
  return `((${t} + coalesce((SELECT z.offset_ms FROM report_zone_offsets z WHERE z.from_utc <= ${t} ORDER BY z.from_utc DESC LIMIT 1), 0)) / 86400000)`;
}

/** A till entry's summary kind: voids split by what they reverse (a payment void names its billing entry). */
export function kindOf(e: string): string {
  return `(CASE ${e}.kind WHEN 'void' THEN CASE WHEN ${e}.ledger_entry_id IS NULL THEN 'void_sale' ELSE 'void_payment' END ELSE ${e}.kind END)`;
}

const KEY_COLUMNS = 'day, kind, operator_id, plan_key, method';

function keyValues(e: string, aliased = false): string {
  const values = [dayOf(`${e}.created_at`), kindOf(e), `coalesce(${e}.operator_id, '')`, `coalesce(${e}.plan_id, '')`, `coalesce(${e}.method, '')`];
  const names = KEY_COLUMNS.split(', ');
  return values.map((value, i) => (aliased ? `${value} AS ${names[i] ?? ''}` : value)).join(', ');
}

/** The trigger: one upsert per till entry, in the transaction that writes the entry. */
export const SUMMARY_TRIGGER_SQL = `CREATE TRIGGER report_sales_daily_on_till_entry AFTER INSERT ON till_entries
BEGIN
  INSERT INTO report_sales_daily (${KEY_COLUMNS}, amount_minor, entry_count)
  VALUES (${keyValues('NEW')}, NEW.amount_minor, 1)
  ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor, entry_count = entry_count + 1;
END`;

/** Fills an empty summary from the whole till ledger (migration backfill and rebuilds). */
export const SUMMARY_BACKFILL_SQL = `INSERT INTO report_sales_daily (${KEY_COLUMNS}, amount_minor, entry_count)
SELECT ${KEY_COLUMNS}, sum(amount_minor), count(*) FROM (
  SELECT ${keyValues('e', true)}, e.amount_minor AS amount_minor FROM till_entries e
) GROUP BY ${KEY_COLUMNS}`;
