/**
 * Minimal structured logger; secrets are redacted before anything is written. The core's logger writes
 * rotating files (src-main/logs/file-logger.ts); `debug` is optional so simple loggers need not have it.
 */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const SECRET_KEY = /pass(word)?|secret|token|hash|key|credential/i;

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1);
  }
  return out;
}

/** Adds `module` to every line (unless the call names its own), so the log viewer can filter by it. */
export function withModule(logger: Logger, module: string): Logger {
  const add = (fields?: Record<string, unknown>): Record<string, unknown> => ({ module, ...fields });
  return {
    info: (message, fields) => logger.info(message, add(fields)),
    warn: (message, fields) => logger.warn(message, add(fields)),
    error: (message, fields) => logger.error(message, add(fields)),
    debug: (message, fields) => logger.debug?.(message, add(fields)),
  };
}

export function createConsoleLogger(write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const log = (level: string, message: string, fields?: Record<string, unknown>): void => {
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...(redact(fields ?? {}) as object) }));
  };
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
