import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

/** Public: whether setup is done, the office, and this window's session. Drives the startup gate. */
export function useAppStatus() {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.status,
    queryFn: () => call('app.status', {}),
    staleTime: 0,
  });
}

export type SetupInput = ProcedureInput<Contract['setup.createOffice']>;

export function useCreateOffice() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => call('setup.createOffice', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.status }),
  });
}
