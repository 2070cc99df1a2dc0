import type { Sqlite } from './connection';

/**
 * Foreign-key violations with what they point at. Some are there by design: rows pulled from other offices
 * name those offices' operators (and other rows that never sync), which do not exist here (sync/apply.ts
 * applies a page with foreign keys off). So "no violations" is the wrong test after a migration; "no new
 * ones" is the right one, and a violation is identified by its row's table, column and value, which a
 * table rebuild keeps (rowids it may not).
 */
export interface ForeignKeyViolation {
  table: string;
  /** The referencing column(s), comma-joined for a composite key. */
  column: string;
  parent: string;
  /** The value that names no parent row (null when the row cannot be read back, e.g. WITHOUT ROWID). */
  value: unknown;
}

interface CheckRow {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

interface KeyColumn {
  id: number;
  seq: number;
  from: string;
}

function keyColumns(sqlite: Sqlite, cache: Map<string, KeyColumn[]>, table: string): KeyColumn[] {
  let columns = cache.get(table);
  if (!columns) {
    columns = sqlite.pragma(`foreign_key_list("${table.replaceAll('"', '""')}")`) as KeyColumn[];
    cache.set(table, columns);
  }
  return columns;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function foreignKeyViolations(sqlite: Sqlite): ForeignKeyViolation[] {
  const cache = new Map<string, KeyColumn[]>();
  return (sqlite.pragma('foreign_key_check') as CheckRow[]).map((row) => {
    const from = keyColumns(sqlite, cache, row.table)
      .filter((key) => key.id === row.fkid)
      .sort((a, b) => a.seq - b.seq)
      .map((key) => key.from);
    let value: unknown = null;
    if (row.rowid !== null && from.length > 0) {
      const read = sqlite.prepare(`SELECT ${from.map(quote).join(', ')} FROM ${quote(row.table)} WHERE rowid = ?`).raw().get(row.rowid) as unknown[] | undefined;
      value = read && read.length === 1 ? read[0] : (read ?? null);
    }
    return { table: row.table, column: from.join(','), parent: row.parent, value };
  });
}

function keyOf(violation: ForeignKeyViolation): string {
  return JSON.stringify([violation.table, violation.column, violation.parent, violation.value]);
}

/** The violations in `after` beyond those in `before` (as a multiset: two rows naming one value count twice). */
export function violationsAdded(before: readonly ForeignKeyViolation[], after: readonly ForeignKeyViolation[]): ForeignKeyViolation[] {
  const remaining = new Map<string, number>();
  for (const violation of before) remaining.set(keyOf(violation), (remaining.get(keyOf(violation)) ?? 0) + 1);
  return after.filter((violation) => {
    const key = keyOf(violation);
    const left = remaining.get(key) ?? 0;
    if (left === 0) return true;
    remaining.set(key, left - 1);
    return false;
  });
}
