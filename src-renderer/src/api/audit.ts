import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

/** Filters as the audit page holds them; `from`/`to` are epoch ms already resolved in the office zone. */
export interface AuditFilters {
  text?: string;
  procedure?: string;
  from?: number;
  to?: number;
}

const PAGE_SIZE = 50;

/** Newest first; "Load more" asks for entries before the oldest sequence number shown. */
export function useAuditEntries(filters: AuditFilters) {
  const call = useCall();
  return useInfiniteQuery({
    queryKey: queryKeys.auditList(filters),
    queryFn: ({ pageParam }) =>
      call('audit.list', { ...filters, limit: PAGE_SIZE, ...(pageParam ? { beforeSeq: pageParam } : {}) }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.hasMore ? last.entries.at(-1)?.seq : undefined),
  });
}

/** On demand (a button), so a mutation-shaped hook even though the procedure only reads. */
export function useVerifyAudit() {
  const call = useCall();
  return useMutation({ mutationFn: () => call('audit.verify', {}) });
}
