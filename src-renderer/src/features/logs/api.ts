import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LogLevel } from '@shared/ipc/schemas/logs';
import { useCall } from '../../api/useCall';

/** Filters as the page holds them; `from`/`to` are epoch ms already resolved in the office zone. */
export interface LogFilters {
  minLevel?: LogLevel;
  module?: string;
  text?: string;
  from?: number;
  to?: number;
}

const PAGE_SIZE = 100;
const AUTO_REFRESH_MS = 5_000;

export const logKeys = {
  all: ['logs'] as const,
  list: (filters: LogFilters) => ['logs', 'list', filters] as const,
  settings: ['logs', 'settings'] as const,
};

/** Newest first; "Load older" passes the previous page's cursor. Auto-refresh re-reads the loaded pages. */
export function useLogEntries(filters: LogFilters, autoRefresh: boolean) {
  const call = useCall();
  return useInfiniteQuery({
    queryKey: logKeys.list(filters),
    queryFn: ({ pageParam }) => call('logs.query', { ...filters, limit: PAGE_SIZE, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
    refetchInterval: autoRefresh ? AUTO_REFRESH_MS : false,
  });
}

export function useLogSettings() {
  const call = useCall();
  return useQuery({ queryKey: logKeys.settings, queryFn: () => call('logs.settings.get', {}) });
}

export function useSaveLogSettings() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (level: LogLevel) => call('logs.settings.save', { level }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: logKeys.all }),
  });
}
