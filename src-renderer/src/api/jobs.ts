import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JobStatus } from '@shared/domain/router-items';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export interface JobFilters {
  routerId?: string;
  status?: JobStatus;
}

export const JOB_PAGE_SIZE = 200;

/** Newest first; refreshed every few seconds while the queue works. */
export function useJobs(filters: JobFilters, enabled = true) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.jobs(filters),
    queryFn: () => call('jobs.list', { ...filters, limit: JOB_PAGE_SIZE }),
    refetchInterval: 5_000,
    enabled,
  });
}

function useJobMutation(name: 'jobs.retry' | 'jobs.cancel') {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(name, { id }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]),
  });
}

export const useRetryJob = () => useJobMutation('jobs.retry');
export const useCancelJob = () => useJobMutation('jobs.cancel');
