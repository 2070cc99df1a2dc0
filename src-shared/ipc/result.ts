/**
 * The one shape every procedure returns across a transport. Errors carry a stable
 * machine code (the renderer translates it) plus a human message and optional details.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LOCKED',
  'THROTTLED',
  'NOT_FOUND',
  'CONFLICT',
  'SETUP_REQUIRED',
  'APPROVAL_REQUIRED',
  'BAD_SENDER',
  'UNKNOWN_PROCEDURE',
  // Lifecycle (issue 8): another copy holds the data folder; the core is closing.
  'ALREADY_RUNNING',
  'SHUTTING_DOWN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

/** Thrown by services; the registry turns it into a `Result` error without a stack trace. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, details?: unknown): Result<never> {
  return { ok: false, error: new AppError(code, message, details).toShape() };
}
