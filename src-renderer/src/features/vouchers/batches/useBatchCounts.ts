import { useQueries } from '@tanstack/react-query';
import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import { queryKeys } from '../../../api/queryKeys';
import { useCall } from '../../../api/useCall';

export type BatchDetail = ProcedureOutput<Contract['vouchers.batches.get']>;

/**
 * Lifecycle counts for the batches on screen. `vouchers.batches.list` carries no counts, so each visible
 * row reads its detail (one indexed query each, at most a page of them), shared with the detail page's cache.
 */
export function useBatchCounts(ids: readonly string[]): ReadonlyMap<string, BatchDetail> {
  const call = useCall();
  const results = useQueries({
    queries: ids.map((id) => ({ queryKey: queryKeys.voucherBatch(id), queryFn: () => call('vouchers.batches.get', { id }) })),
  });
  const details = new Map<string, BatchDetail>();
  results.forEach((result, index) => {
    const id = ids[index];
    if (id !== undefined && result.data) details.set(id, result.data);
  });
  return details;
}
