import type { LogLevel } from '../../src-shared/ipc/schemas/logs';

/** pino's numeric levels: what the files hold. */
export const LEVEL_NUMBER: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

const BY_NUMBER: ReadonlyArray<[number, LogLevel]> = [
  [60, 'fatal'],
  [50, 'error'],
  [40, 'warn'],
  [30, 'info'],
  [20, 'debug'],
  [10, 'trace'],
];

/** The level name for a number read back from a file; a custom number between two takes the lower. */
export function levelName(value: number): LogLevel {
  return BY_NUMBER.find(([number]) => value >= number)?.[1] ?? 'trace';
}

export const DEFAULT_LOG_LEVEL: LogLevel = 'info';
