import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@shared/ipc/client';
import { toApiError, unwrap } from '../api/errors';
import { queryKeys } from '../api/queryKeys';
import type { EarlyStatus } from './earlyStatus';

/**
 * An answer already here is the first render's data: the first screen is drawn at once, without a
 * loading frame. One still on its way becomes the status query's fetch, so it is not asked twice.
 * A failed one is left to the status query, which retries and shows the startup error as before.
 */
export function seedStatus(queryClient: QueryClient, client: ApiClient, earlyStatus: EarlyStatus): void {
  const settled = earlyStatus.settled();
  if (settled?.ok) {
    queryClient.setQueryData(queryKeys.status, settled.data);
  } else if (settled === undefined) {
    let pending: EarlyStatus['answer'] | null = earlyStatus.answer;
    // The first attempt is the early call; a retry (a bridge that was not up yet) asks again.
    const fetchStatus = async () => {
      const answer = pending ?? client.call('app.status', {}).catch((error: unknown) => Promise.reject(toApiError(error)));
      pending = null;
      return unwrap(await answer);
    };
    void queryClient.prefetchQuery({ queryKey: queryKeys.status, queryFn: fetchStatus });
  }
}
