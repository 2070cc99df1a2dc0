import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallOptions } from '@shared/ipc/client';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import { useApproval } from '../shell/useApproval';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type UpdateSettingsInput = ProcedureInput<Contract['settings.update']>;

export function useSettings() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings.get', {}) });
}

/** Saves settings; a manager is asked for the owner's approval on the spot and the call is retried. */
export function useUpdateSettings() {
  const call = useCall();
  const queryClient = useQueryClient();
  const { withApproval } = useApproval();
  return useMutation({
    mutationFn: (input: UpdateSettingsInput) =>
      withApproval('settings.update', (options?: CallOptions) => call('settings.update', input, options)),
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.settings, settings);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.status }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]);
    },
  });
}
