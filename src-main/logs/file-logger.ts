import { pino, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../../src-shared/ipc/schemas/logs';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import { DEFAULT_LOG_LEVEL } from './levels';
import { RollingDestination } from './destination';
import { CENSOR, REDACT_PATHS, redactValue, scrubString } from './redact';

export interface FileLoggerOptions {
  /** `<data folder>/logs`. */
  dir: string;
  /** Times in the files are the core's clock (the web bridge's test clock moves it). */
  clock: Clock;
  level?: LogLevel;
  /** Also passes info and above to this logger (the console in dev and the web bridge). */
  echo?: Logger;
  /** 10 MB per file and 10 files in all by default; tests pass tiny limits. */
  maxSizeBytes?: number;
  maxFiles?: number;
  /** Where lines go when the folder cannot be written; stderr by default. */
  fallback?: (line: string) => void;
}

type Fields = Record<string, unknown>;

/** The app's logger: every level, a settable threshold, and a way to wait for the file to catch up. */
export interface FileLogger extends Logger {
  trace(message: string, fields?: Fields): void;
  debug(message: string, fields?: Fields): void;
  fatal(message: string, fields?: Fields): void;
  setLevel(level: LogLevel): void;
  readonly level: LogLevel;
  readonly dir: string;
  /** True once the folder proved unwritable and lines go to stderr instead. */
  readonly usingFallback: boolean;
  /** Resolves when everything logged so far is in the file. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_SIZE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_FILES = 10;

/** Keys pino writes itself: a field of the same name is renamed rather than allowed to shadow them. */
const RESERVED = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const destination = new RollingDestination({
    dir: options.dir,
    maxSizeBytes: options.maxSizeBytes ?? DEFAULT_MAX_SIZE_BYTES,
    maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
    ...(options.fallback ? { fallback: options.fallback } : {}),
  });
  const clock = options.clock;
  const sink: PinoLogger = pino(
    {
      level: options.level ?? DEFAULT_LOG_LEVEL,
      base: { pid: process.pid },
      timestamp: () => `,"time":${clock.now()}`,
      redact: { paths: REDACT_PATHS, censor: CENSOR },
    },
    destination,
  );
  const echo = options.echo;

  const log = (level: LogLevel, message: string, fields?: Fields): void => {
    try {
      if (!sink.isLevelEnabled(level)) return;
      const text = scrubString(message);
      const safe = safeFields(fields);
      sink[level](safe, text);
      if (echo) echoTo(echo, level, text, safe);
    } catch (error) {
      // Logging never throws into the caller; say what happened where someone may still see it.
      try {
        process.stderr.write(`log call failed: ${error instanceof Error ? error.message : String(error)}\n`);
      } catch {
        // stderr itself is gone: nothing more to do.
      }
    }
  };

  return {
    trace: (message, fields) => log('trace', message, fields),
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
    fatal: (message, fields) => log('fatal', message, fields),
    setLevel: (level) => {
      sink.level = level;
    },
    get level() {
      return sink.level as LogLevel;
    },
    dir: options.dir,
    get usingFallback() {
      return destination.usingFallback;
    },
    flush: () => destination.flush(),
    close: () => destination.close(),
  };
}

function safeFields(fields: Fields | undefined): Fields {
  if (!fields) return {};
  const redacted = redactValue(fields);
  if (redacted === null || typeof redacted !== 'object' || Array.isArray(redacted)) return {};
  const out: Fields = {};
  for (const [key, value] of Object.entries(redacted)) out[RESERVED.has(key) ? `field_${key}` : key] = value;
  return out;
}

function echoTo(echo: Logger, level: LogLevel, message: string, fields: Fields): void {
  if (level === 'trace' || level === 'debug') return;
  if (level === 'fatal') echo.error(message, fields);
  else echo[level](message, fields);
}
