import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { useCall } from '../../api/useCall';

export const alertKeys = { list: ['alerts', 'list'] as const };

/** The alerts list, refetched whenever the core pushes `alerts.changed`; `onRaised` hears new ones. */
export function useAppAlerts(enabled: boolean, onRaised: (message: string) => void) {
  const call = useCall();
  const client = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return undefined;
    return client.on('alerts.changed', (event) => {
      void queryClient.invalidateQueries({ queryKey: alertKeys.list });
      if (event.change === 'raised') onRaised(event.alert.message);
    });
  }, [client, enabled, onRaised, queryClient]);
  return useQuery({ queryKey: alertKeys.list, queryFn: () => call('alerts.list', {}), enabled, refetchInterval: 60_000 });
}

export function useAcknowledgeAlert() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: { id: string } | { all: true }) => call('alerts.acknowledge', target),
    onSuccess: (list) => queryClient.setQueryData(alertKeys.list, list),
  });
}
