import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JobStatus } from '@shared/domain/router-items';
import { useJobs } from '../../api/jobs';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { JobsTable } from './JobsTable';
import { JobStatusFilter } from './JobStatusFilter';
import { useJobActions } from './useJobActions';

/** The jobs of one router, on its detail page. */
export function RouterJobsSection({ routerId }: { routerId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<JobStatus | undefined>(undefined);
  const jobs = useJobs({ routerId, ...(status ? { status } : {}) });
  const actions = useJobActions();

  return (
    <Stack component="section" spacing={1.5} aria-labelledby="router-jobs-title">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" id="router-jobs-title" sx={{ flexGrow: 1 }}>
          {t('jobs.routerTitle')}
        </Typography>
        <JobStatusFilter value={status} onChange={setStatus} />
      </Stack>
      <ErrorAlert error={actions.error} />
      {jobs.data ? (
        <JobsTable jobs={jobs.data.jobs} label={t('jobs.routerTitle')} {...actions} />
      ) : jobs.isError ? (
        <ErrorAlert error={jobs.error} />
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
    </Stack>
  );
}
