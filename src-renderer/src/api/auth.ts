import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppStatus } from '@shared/ipc/schemas/app';
import type { SessionInfo } from '@shared/ipc/schemas/auth';
import { prefetchHomeData } from '../shell/homePage';
import { forgetOtherOperators } from './operatorCache';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

/** Writes a fresh session into the cached status at once, then re-reads the truth. */
function useSessionUpdater() {
  const queryClient = useQueryClient();
  return async (session: SessionInfo | null): Promise<void> => {
    queryClient.setQueryData<AppStatus>(queryKeys.status, (old) => (old ? { ...old, session } : old));
    await queryClient.invalidateQueries({ queryKey: queryKeys.status });
  };
}

export function useLogin() {
  const call = useCall();
  const queryClient = useQueryClient();
  const update = useSessionUpdater();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => call('auth.login', input),
    onSuccess: (session) => {
      // The cache becomes this person's first, then their home page's data is asked for while the
      // shell draws (a forced password change first: main refuses every other call until then).
      forgetOtherOperators(queryClient, session.operatorId);
      if (!session.mustChangePassword) prefetchHomeData(queryClient, call, session.role);
      return update(session);
    },
  });
}

export function useLogout() {
  const call = useCall();
  const update = useSessionUpdater();
  return useMutation({
    mutationFn: () => call('auth.logout', {}),
    onSettled: () => update(null),
  });
}

export function useLock() {
  const call = useCall();
  const update = useSessionUpdater();
  return useMutation({
    mutationFn: () => call('auth.lock', {}),
    onSuccess: (session) => update(session),
  });
}

export function useUnlock() {
  const call = useCall();
  const update = useSessionUpdater();
  return useMutation({
    mutationFn: (password: string) => call('auth.unlock', { password }),
    onSuccess: (session) => update(session),
  });
}

export function useChangePassword() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => call('auth.changePassword', input),
    // A forced change unblocks every other call: re-read everything, not only the status.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** A manager or owner types their credentials to approve one sensitive call. */
export function useRequestApproval() {
  const call = useCall();
  return useMutation({
    mutationFn: (input: { username: string; password: string; procedure: string }) =>
      call('auth.requestApproval', input),
  });
}
