/** What replaces a secret in the bundle. */
export const REDACTED = '[redacted]';

/** Keys whose values are secrets (or sealed secrets) wherever they appear. */
const SECRET_KEY = /pass(word)?|secret|token|sealed|api[-_]?key|private|credential|authorization/i;
/** `scheme://user:password@host` in connection strings and URLs. */
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"']+:)[^\s@/"']+@/gi;
/** `"password":"…"`, `password=…` and the like in log lines. */
const INLINE_SECRET = /((?:"|\b)(?:pass(?:word)?|secret|token|api[-_]?key)"?\s*[:=]\s*"?)([^"\s,}&]+)/gi;

/** Deep copy with every secret-named key's value replaced. */
export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, SECRET_KEY.test(key) && item !== null && typeof item !== 'boolean' ? REDACTED : redactValue(item)]),
    );
  }
  return typeof value === 'string' ? redactText(value) : value;
}

/** Free text (log lines, error messages): inline secrets and URL credentials. */
export function redactText(text: string): string {
  return text.replace(URL_CREDENTIALS, `$1${REDACTED}@`).replace(INLINE_SECRET, `$1${REDACTED}`);
}

/**
 * The last line of defence: every known secret value (router and sync passwords) is cut out of the
 * final text, whatever field or log line it hid in. Very short values are skipped (they would match
 * ordinary words); they are still covered by the key and pattern rules above.
 */
export function scrubKnown(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...new Set(secrets)].filter((value) => value.length >= 4).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
    // The same value as it appears inside JSON strings (quotes and backslashes escaped).
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join(REDACTED);
  }
  return out;
}
