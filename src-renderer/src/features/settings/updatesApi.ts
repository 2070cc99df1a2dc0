import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateSettings, UpdateStatus } from '@shared/ipc/schemas/updates';
import { useCall } from '../../api/useCall';

const updateKeys = { status: ['updates', 'status'] as const };

/** While a background check runs the status says "checking": look again shortly. */
export function useUpdateStatus() {
  const call = useCall();
  return useQuery({
    queryKey: updateKeys.status,
    queryFn: () => call('updates.status', {}),
    refetchInterval: (query) => (query.state.data?.state === 'checking' ? 1_000 : false),
  });
}

function useStoreStatus() {
  const queryClient = useQueryClient();
  return (status: UpdateStatus) => queryClient.setQueryData(updateKeys.status, status);
}

export function useCheckForUpdates() {
  const call = useCall();
  const store = useStoreStatus();
  return useMutation({ mutationFn: () => call('updates.check', {}), onSuccess: store });
}

export function useSaveUpdateSettings() {
  const call = useCall();
  const store = useStoreStatus();
  return useMutation({ mutationFn: (input: UpdateSettings) => call('updates.settings.update', input), onSuccess: store });
}
