import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export function useDashboardSummary() {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.dashboard,
    queryFn: () => call('dashboard.summary', {}),
    refetchInterval: 30_000,
  });
}
