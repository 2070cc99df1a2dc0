import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RouterInfo } from '@shared/ipc/schemas/routers';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/**
 * Follows `routers.status` (broadcast by main): the cached router list takes the new state at once,
 * so every status dot of the window changes together; health is re-read when a router comes or goes.
 */
export function useRouterStatusEvents(): void {
  const client = useApi();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      client.on('routers.status', (status) => {
        let known = false;
        queryClient.setQueryData<RouterInfo[]>(queryKeys.routers, (old) =>
          old?.map((router) => {
            if (router.id !== status.routerId) return router;
            known = true;
            return { ...router, status };
          }),
        );
        if (!known) void queryClient.invalidateQueries({ queryKey: queryKeys.routers });
        if (status.state === 'online' || status.state === 'offline') {
          void queryClient.invalidateQueries({ queryKey: queryKeys.routerHealth });
        }
      }),
    [client, queryClient],
  );
}
