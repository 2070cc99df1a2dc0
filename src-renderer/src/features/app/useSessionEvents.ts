import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AppStatus } from '@shared/ipc/schemas/app';
import { useApi } from '../../api/ApiContext';
import { forgetOtherOperators } from '../../api/operatorCache';
import { queryKeys } from '../../api/queryKeys';
import { navigate } from '../../shell/router';
import { HOME_PATH } from '../../shell/homePage';

/**
 * Follows `session.changed` from the main process (idle lock, logout, unlock): the cached status is
 * updated at once, then re-read, so the gate switches to the lock screen or the login page.
 */
export function useSessionEvents(): void {
  const client = useApi();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      client.on('session.changed', ({ session }) => {
        queryClient.setQueryData<AppStatus>(queryKeys.status, (old) => (old ? { ...old, session } : old));
        void queryClient.invalidateQueries({ queryKey: queryKeys.status });
      }),
    [client, queryClient],
  );
}

/**
 * When a different operator (or nobody) is at the desk: drops every cached answer except the status,
 * and after a sign-out starts the next person on the home page rather than where the last one was.
 */
export function useForgetOnOperatorChange(operatorId: string | null): void {
  const queryClient = useQueryClient();
  const seenByEffect = useRef(operatorId);

  // During render, before the new operator's pages render: a query removed after they mounted would
  // leave their observers attached to a dropped cache entry, never updated again (seen with the
  // top bar's router dots staying empty after sign-in). After a sign-in this is already done (the
  // sign-in did it before asking for the home page's data), and it keeps that data.
  forgetOtherOperators(queryClient, operatorId);

  useEffect(() => {
    if (seenByEffect.current === operatorId) return;
    seenByEffect.current = operatorId;
    if (operatorId === null) navigate(HOME_PATH, { replace: true });
  }, [operatorId]);
}
