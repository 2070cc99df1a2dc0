import { toApiError } from '../../api/errors';

/**
 * The router's own words in a failed router call: main puts them in `details.router` (reads) or
 * `details.answer` (kick); otherwise the server's message, which quotes the router too.
 */
export function routerWords(error: unknown): string {
  const apiError = toApiError(error);
  const details = apiError.details;
  if (typeof details === 'object' && details !== null) {
    for (const key of ['router', 'answer'] as const) {
      const value: unknown = (details as Record<string, unknown>)[key];
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return apiError.message;
}
