/**
 * Secrets never reach a log file. Two nets: every field object is copied with secret-looking keys
 * censored (any depth, by name pattern) and credentials inside strings (URLs, connection strings,
 * bearer tokens) blanked; then pino's own `redact` paths catch the known keys should a value slip by.
 */
export const CENSOR = '[redacted]';

const SECRET_KEY = /pass(word|phrase|wd)?|pwd|secret|token|hash|key|credential|authori[sz]ation|auth[-_]?header|cookie|sealed|signature/i;
const MAX_DEPTH = 6;

const STRING_SECRETS: ReadonlyArray<[RegExp, string]> = [
  // scheme://user:password@host
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s@/]+@/gi, `$1${CENSOR}@`],
  // Password=...; in ADO/ODBC-style connection strings, and password=... in query strings
  [/\b(password|passwd|pwd|secret|token|api[-_]?key)(\s*[=:]\s*)[^\s;&,"']+/gi, `$1$2${CENSOR}`],
  // Authorization header values
  [/\b(bearer|basic)\s+[a-z0-9._~+/=-]+/gi, `$1 ${CENSOR}`],
];

/** Known keys for pino's `redact` (top level and one level down; the field copy covers deeper ones). */
export const REDACT_KEYS = ['password', 'passwordSealed', 'passwordHash', 'secret', 'token', 'authorization', 'authHeader', 'apiKey', 'cookie'];
export const REDACT_PATHS = REDACT_KEYS.flatMap((key) => [key, `*.${key}`]);

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function scrubString(text: string): string {
  return STRING_SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** A censored, plain copy of a log call's fields: safe to serialise, whatever the caller passed. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubString(value);
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? value.toString() : value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return { type: value.name, message: scrubString(value.message) };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? CENSOR : redactValue(item, depth + 1);
  }
  return out;
}
