import type { LogEntry, LogQueryInput, LogQueryOutput } from '../../src-shared/ipc/schemas/logs';
import { decodeCursor, encodeCursor, type LogCursor } from './cursor';
import { parseEntry } from './entry';
import { compareNewestFirst, listLogFiles, parseLogFileName, type LogFile } from './files';
import { LEVEL_NUMBER } from './levels';
import { readLinesBackward, type RawLine } from './read-backward';

export const DEFAULT_QUERY_LIMIT = 200;
/** Bytes one query may read before it returns what it has with a cursor to go on. */
export const DEFAULT_SCAN_CAP_BYTES = 16 * 1024 * 1024;

/**
 * Entries newest first across the rotated files, filtered, at most `limit`. Reads each file backwards
 * in chunks and stops as soon as the page is full or the scan cap is reached, so neither the folder's
 * size nor a filter that matches nothing makes a query load everything.
 */
export async function queryLogs(dir: string, input: LogQueryInput, scanCapBytes = DEFAULT_SCAN_CAP_BYTES): Promise<LogQueryOutput> {
  const limit = input.limit ?? DEFAULT_QUERY_LIMIT;
  const cursor = input.before ? decodeCursor(input.before) : null;
  const matches = matcher(input);
  const entries: LogEntry[] = [];
  let scanned = 0;
  for (const { file, end } of filesFrom(listLogFiles(dir), cursor)) {
    for await (const line of readFile(file, end)) {
      scanned += line.bytes;
      const entry = parseEntry(line.text, `${file.name}:${line.offset}`);
      if (entry && matches(entry)) entries.push(entry);
      const here = encodeCursor({ file: file.name, offset: line.offset });
      if (entries.length >= limit) return { entries, nextCursor: here, partial: false };
      if (scanned >= scanCapBytes) return { entries, nextCursor: here, partial: true };
    }
  }
  return { entries, nextCursor: null, partial: false };
}

/** The files still to read after the cursor, each with where to stop reading it. */
function filesFrom(files: LogFile[], cursor: LogCursor | null): Array<{ file: LogFile; end: number }> {
  if (!cursor) return files.map((file) => ({ file, end: Number.POSITIVE_INFINITY }));
  const at = parseLogFileName(cursor.file);
  if (!at) return [];
  return files
    .filter((file) => compareNewestFirst(file, at) >= 0)
    .map((file) => ({ file, end: file.name === cursor.file ? cursor.offset : Number.POSITIVE_INFINITY }));
}

/** A file removed by rotation between listing and reading is simply skipped. */
async function* readFile(file: LogFile, end: number): AsyncGenerator<RawLine> {
  try {
    yield* readLinesBackward(file.path, end);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
}

function matcher(input: LogQueryInput): (entry: LogEntry) => boolean {
  const minLevel = input.minLevel ? LEVEL_NUMBER[input.minLevel] : 0;
  const text = input.text?.toLowerCase();
  const moduleName = input.module?.toLowerCase();
  return (entry) => {
    if (LEVEL_NUMBER[entry.level] < minLevel) return false;
    if (input.from !== undefined && entry.time < input.from) return false;
    if (input.to !== undefined && entry.time > input.to) return false;
    if (moduleName !== undefined && entry.module?.toLowerCase() !== moduleName) return false;
    if (text !== undefined && !searchableText(entry).includes(text)) return false;
    return true;
  };
}

function searchableText(entry: LogEntry): string {
  return `${entry.message} ${entry.module ?? ''} ${JSON.stringify(entry.fields)}`.toLowerCase();
}
