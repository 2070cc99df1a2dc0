import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';

/** Whose answers each window's cache holds: an operator id, or null for nobody signed in. */
const ownerOf = new WeakMap<QueryClient, string | null>();

/**
 * Makes the cache hold only answers given to `operatorId`: when they were given to someone else (or
 * to nobody), drops every answer except the app status. Sign-in calls it before asking for the home
 * page's data; the startup gate calls it on every render and it does nothing once done for this person.
 */
export function forgetOtherOperators(queryClient: QueryClient, operatorId: string | null): void {
  if (ownerOf.has(queryClient) && ownerOf.get(queryClient) === operatorId) return;
  ownerOf.set(queryClient, operatorId);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.status[0] });
}
