import { ZodError } from 'zod';
import { RouterConnectionError, RouterError, RouterFatalError, RouterLoginError, RouterTimeoutError, RouterTrapError } from '../client';

export type Failure =
  /** Will not succeed by itself (the router refused, the item is not ours): the job fails with the message. */
  | { permanent: true; message: string }
  /**
   * The link failed. `sent: false`: the router never saw the command, so it is not an attempt.
   * `sent: true`: the outcome is unknown; safe to retry because every job re-reads before writing.
   */
  | { permanent: false; message: string; sent: boolean };

export function classifyFailure(error: unknown): Failure {
  if (error instanceof RouterTrapError) {
    // Category 2 is "interrupted": the command was cut off, not refused.
    if (error.category === 2) return { permanent: false, message: error.message, sent: true };
    return { permanent: true, message: error.message };
  }
  if (error instanceof RouterConnectionError || error instanceof RouterTimeoutError) {
    return { permanent: false, message: error.message, sent: error.sent };
  }
  if (error instanceof RouterFatalError || error instanceof RouterLoginError) {
    return { permanent: false, message: error.message, sent: true };
  }
  if (error instanceof ZodError) return { permanent: true, message: 'job payload is not valid for its kind' };
  if (error instanceof RouterError || error instanceof Error) return { permanent: true, message: error.message };
  return { permanent: true, message: String(error) };
}
