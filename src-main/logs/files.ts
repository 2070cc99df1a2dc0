import fs from 'node:fs';
import path from 'node:path';

/** One file written by pino-roll: app.<yyyy-MM-dd>.<n>.log. */
export interface LogFile {
  name: string;
  path: string;
  date: string;
  number: number;
}

export const LOG_FILE_NAME = /^app\.(\d{4}-\d{2}-\d{2})\.(\d+)\.log$/;

/** Newer first: by the day in the name, then by the rotation number within the day. */
export function compareNewestFirst(a: Pick<LogFile, 'date' | 'number'>, b: Pick<LogFile, 'date' | 'number'>): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.number - a.number;
}

export function parseLogFileName(name: string): Pick<LogFile, 'date' | 'number'> | null {
  const match = LOG_FILE_NAME.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return { date: match[1], number: Number(match[2]) };
}

/** The log files in the folder, newest first; none when the folder does not exist yet. */
export function listLogFiles(dir: string): LogFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const files: LogFile[] = [];
  for (const name of names) {
    const parsed = parseLogFileName(name);
    if (parsed) files.push({ name, path: path.join(dir, name), ...parsed });
  }
  return files.sort(compareNewestFirst);
}
