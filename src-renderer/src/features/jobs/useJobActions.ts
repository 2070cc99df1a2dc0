import { useTranslation } from 'react-i18next';
import type { JobInfo } from '@shared/ipc/schemas/jobs';
import { useCancelJob, useRetryJob } from '../../api/jobs';
import { useNotify } from '../../shell/useNotify';
import { jobItem } from './JobsTable';

/** Retry and cancel with a notice; the last failure is returned for the page's error alert. */
export function useJobActions() {
  const { t } = useTranslation();
  const notify = useNotify();
  const retry = useRetryJob();
  const cancel = useCancelJob();
  const label = (job: JobInfo) => `${t(`jobs.kinds.${job.kind}`)} ${jobItem(job)}`;
  return {
    busy: retry.isPending || cancel.isPending,
    error: retry.error ?? cancel.error,
    onRetry: (job: JobInfo) => {
      cancel.reset();
      retry.mutate(job.id, { onSuccess: () => notify(t('jobs.retried', { name: label(job) })) });
    },
    onCancel: (job: JobInfo) => {
      retry.reset();
      cancel.mutate(job.id, { onSuccess: () => notify(t('jobs.cancelled', { name: label(job) })) });
    },
  };
}
