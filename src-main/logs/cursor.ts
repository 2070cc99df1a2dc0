import { AppError } from '../../src-shared/ipc/result';
import { parseLogFileName } from './files';

/** A position in the log folder: entries older than the line starting at `offset` in file `file`. */
export interface LogCursor {
  file: string;
  offset: number;
}

export function encodeCursor(cursor: LogCursor): string {
  return Buffer.from(JSON.stringify({ f: cursor.file, o: cursor.offset }), 'utf8').toString('base64url');
}

/** Only a file name of the log folder's own pattern is accepted: a cursor can never point elsewhere. */
export function decodeCursor(text: string): LogCursor {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { f?: unknown; o?: unknown };
    if (typeof parsed.f === 'string' && parseLogFileName(parsed.f) && Number.isSafeInteger(parsed.o) && (parsed.o as number) >= 0) {
      return { file: parsed.f, offset: parsed.o as number };
    }
  } catch {
    // Falls through to the typed error below.
  }
  throw new AppError('VALIDATION', 'Some fields are not valid.', { issues: [{ path: ['before'], message: 'not a log cursor' }] });
}
