import fs from 'node:fs';
import path from 'node:path';
import { redactText } from './redact';

export interface LogTail {
  file: string;
  sizeBytes: number;
  /** True when only the end of the file fits in the budget. */
  truncated: boolean;
  content: string;
}

/** Log files of `<data>/logs` (`*.log*`: current and rotated), newest first. */
function logFiles(folder: string): Array<{ name: string; size: number; mtime: number }> {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.log(\.|$)/.test(name) || /\.log\.\d+/.test(name))
    .map((name) => {
      const stat = fs.statSync(path.join(folder, name));
      return stat.isFile() ? { name, size: stat.size, mtime: stat.mtimeMs } : null;
    })
    .filter((entry): entry is { name: string; size: number; mtime: number } => entry !== null)
    .sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? 1 : -1));
}

/** The end of one file, at most `bytes`, starting at a line boundary when cut. */
function readTail(file: string, size: number, bytes: number): { text: string; truncated: boolean } {
  const length = Math.min(size, bytes);
  const buffer = Buffer.alloc(length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, buffer, 0, length, size - length);
  } finally {
    fs.closeSync(fd);
  }
  let text = buffer.toString('utf8');
  const truncated = length < size;
  if (truncated) text = text.slice(text.indexOf('\n') + 1);
  return { text, truncated };
}

/** The newest log lines across files up to `budgetBytes` in total, with secrets cut out. */
export function tailLogs(folder: string, budgetBytes: number): LogTail[] {
  const out: LogTail[] = [];
  let left = budgetBytes;
  for (const entry of logFiles(folder)) {
    if (left <= 0) break;
    const { text, truncated } = readTail(path.join(folder, entry.name), entry.size, left);
    left -= Math.min(entry.size, left);
    out.push({ file: entry.name, sizeBytes: entry.size, truncated, content: redactText(text) });
  }
  return out;
}
