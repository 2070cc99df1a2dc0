import type { AppErrorShape, ErrorCode, Result } from '@shared/ipc/result';

/**
 * A failed procedure call, thrown so TanStack Query's `onError` receives `{ code, message, details }`.
 * `message` is the server's (English, technical) text; the UI shows a translated message for `code`
 * and keeps this one behind a "details" toggle.
 */
export class ApiCallError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiCallError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

/** Returns the data of a successful result; throws an ApiCallError for a failed one. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.data;
  throw new ApiCallError(result.error);
}

/** Anything thrown (a bridge failure, a bug) becomes an ApiCallError so the UI has one shape to show. */
export function toApiError(error: unknown): ApiCallError {
  if (error instanceof ApiCallError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiCallError({ code: 'INTERNAL', message });
}

export function isApiError(error: unknown, code: ErrorCode): error is ApiCallError {
  return error instanceof ApiCallError && error.code === code;
}

/** `THROTTLED` errors carry how long to wait; anything else yields null. */
export function retryAfterMs(error: unknown): number | null {
  if (!isApiError(error, 'THROTTLED')) return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('retryAfterMs' in details)) return null;
  const value = details.retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}
