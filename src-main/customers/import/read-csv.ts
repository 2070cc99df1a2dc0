import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../../src-shared/ipc/result';
import { CSV_IMPORT_MAX_ROWS } from '../../../src-shared/ipc/schemas/customer-import';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface CsvRecord {
  /** The file line the record starts on (1 = the header line). */
  line: number;
  fields: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  headers: string[];
  records: CsvRecord[];
}

/** What csv-parse yields with `info: true` (its sync typings only describe plain records). */
interface RecordWithInfo {
  record: string[];
  info: { lines: number };
}

/**
 * Reads spreadsheet CSV: UTF-8 with or without a BOM, `,` `;` or tab (whichever splits the header
 * line into most columns: spreadsheets in comma-decimal locales write `;`), quoted fields with
 * embedded delimiters, quotes and newlines, any line ending. Blank lines and rows of empty cells
 * (spreadsheets export those) are dropped. Refuses text that was not UTF-8 (decoding left U+FFFD),
 * text that is not CSV (an unclosed quote) and files over the row limit, with typed errors.
 */
export function readCsv(raw: string): CsvTable {
  if (raw.includes('\uFFFD')) {
    throw new AppError('VALIDATION', 'The file is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8".', { reason: 'not_utf8' });
  }
  // One line ending everywhere, so line numbers and embedded newlines mean the same whatever wrote the file.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const parsed = parseAll(text, delimiter)
    .filter((entry) => entry.record.some((field) => field.trim() !== ''))
    .map((entry) => ({ line: entry.info.lines - newlinesIn(entry.record), fields: entry.record }));
  const [header, ...records] = parsed;
  if (!header || records.length === 0) {
    throw new AppError('VALIDATION', 'The file has no rows under its header line.', { reason: 'empty' });
  }
  if (records.length > CSV_IMPORT_MAX_ROWS) {
    throw new AppError('VALIDATION', `The file has ${records.length} rows; one import takes at most ${CSV_IMPORT_MAX_ROWS}: split it.`, {
      reason: 'too_many_rows',
      rows: records.length,
      limit: CSV_IMPORT_MAX_ROWS,
    });
  }
  return { delimiter, headers: header.fields, records };
}

function parseAll(text: string, delimiter: Delimiter): RecordWithInfo[] {
  try {
    return parse(text, {
      delimiter,
      info: true,
      // Short rows (trailing empty cells left out) are normal; long ones are reported per row.
      relax_column_count: true,
      // A stray quote inside an unquoted cell (5" dish) is kept as text instead of failing the file.
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as RecordWithInfo[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : null;
      throw new AppError('VALIDATION', `The file could not be read as CSV${line !== null ? ` (line ${line})` : ''}: ${error.message}`, {
        reason: 'unreadable',
        line,
        csvError: error.code,
      });
    }
    throw error;
  }
}

/** The delimiter that splits the header record into most fields; a one-column file is `,`. */
function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 1;
  for (const delimiter of DELIMITERS) {
    const count = headerFieldCount(text, delimiter);
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function headerFieldCount(text: string, delimiter: Delimiter): number {
  try {
    const [first] = parse(text, { delimiter, to: 1, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
    return first?.length ?? 0;
  } catch {
    return 0;
  }
}

function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) for (const char of field) if (char === '\n') count += 1;
  return count;
}
