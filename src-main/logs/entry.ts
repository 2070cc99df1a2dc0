import type { LogEntry } from '../../src-shared/ipc/schemas/logs';
import { levelName } from './levels';

/** pino's own keys: shown as the entry's columns, not repeated among its fields. */
const OWN_KEYS = new Set(['level', 'time', 'msg', 'module', 'pid', 'hostname']);

/** One file line as an entry; null for anything that is not a pino line (a torn last line, junk). */
export function parseEntry(text: string, id: string): LogEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const { level, time, msg, module } = record;
  if (typeof level !== 'number' || typeof time !== 'number' || !Number.isSafeInteger(time) || time < 0) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) if (!OWN_KEYS.has(key)) fields[key] = item;
  return {
    id,
    time,
    level: levelName(level),
    module: typeof module === 'string' ? module : null,
    message: typeof msg === 'string' ? msg : '',
    fields,
  };
}
