import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { AppStatus } from '@shared/ipc/schemas/app';
import { ApiCallError } from './errors';
import { queryKeys } from './queryKeys';

declare module '@tanstack/react-query' {
  interface Register {
    /** Every queryFn/mutationFn goes through useCall, which only ever rejects with ApiCallError. */
    defaultError: ApiCallError;
  }
}

/**
 * One QueryClient per window. Any call that comes back `LOCKED` or `UNAUTHENTICATED` means the
 * session changed under us (idle lock, logout elsewhere): re-read `app.status`, which drives the
 * startup gate, so the lock screen or the login page appears wherever the user was.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown): void => {
    if (!(error instanceof ApiCallError)) return;
    if (error.code === 'LOCKED') {
      client.setQueryData<AppStatus>(queryKeys.status, (old) =>
        old?.session ? { ...old, session: { ...old.session, locked: true } } : old,
      );
      void client.invalidateQueries({ queryKey: queryKeys.status });
    } else if (error.code === 'UNAUTHENTICATED') {
      void client.invalidateQueries({ queryKey: queryKeys.status });
    }
  };

  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A procedure error is an answer, not a flaky network: do not hammer the main process.
        retry: (failureCount, error) => error.code === 'INTERNAL' && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
