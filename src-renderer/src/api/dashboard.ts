import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import { useCall, type Caller } from './useCall';

/** Shared by the hook and the sign-in prefetch, so both fill the same cache entry. */
export const dashboardSummaryQuery = (call: Caller) =>
  queryOptions({ queryKey: queryKeys.dashboard, queryFn: () => call('dashboard.summary', {}) });

export function useDashboardSummary() {
  const call = useCall();
  return useQuery({ ...dashboardSummaryQuery(call), refetchInterval: 30_000 });
}
