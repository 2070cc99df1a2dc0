import type { ImportColumn } from '../../../src-shared/ipc/schemas/customer-import';
import type { HeaderMap } from './columns';
import type { CsvRecord } from './read-csv';

/** One row's text per known column: repeated columns (Phone 1, Phone 2) keep each non-blank cell. */
export interface RowCells {
  line: number;
  cells: Map<ImportColumn, string[]>;
  /** Non-blank cells beyond the header's width: the row does not line up with the header. */
  extraFields: number;
}

export function cellsOf(record: CsvRecord, header: HeaderMap): RowCells {
  const cells = new Map<ImportColumn, string[]>();
  header.columns.forEach(({ column }, index) => {
    const value = record.fields[index]?.trim() ?? '';
    if (column === null || value === '') return;
    cells.set(column, [...(cells.get(column) ?? []), value]);
  });
  const extraFields = record.fields.slice(header.columns.length).filter((field) => field.trim() !== '').length;
  return { line: record.line, cells, extraFields };
}

/** The cell of a single-valued column, '' when blank or absent. */
export function cell(row: RowCells, column: ImportColumn): string {
  return row.cells.get(column)?.[0] ?? '';
}

/** Every cell of a repeatable column. */
export function cellList(row: RowCells, column: ImportColumn): string[] {
  return row.cells.get(column) ?? [];
}
