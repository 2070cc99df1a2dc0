import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { JobStatus } from '@shared/domain/router-items';
import { JOB_PAGE_SIZE, useJobs } from '../../api/jobs';
import { useRouters } from '../../api/routers';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { JobsTable } from './JobsTable';
import { JobStatusFilter } from './JobStatusFilter';
import { useJobActions } from './useJobActions';

/** The router job queue of every router: filter by status and router, retry or cancel. */
export function JobsPage() {
  const { t } = useTranslation();
  const routers = useRouters();
  const [status, setStatus] = useState<JobStatus | undefined>(undefined);
  const [routerId, setRouterId] = useState('');
  const jobs = useJobs({ ...(status ? { status } : {}), ...(routerId ? { routerId } : {}) });
  const actions = useJobActions();
  const names = useMemo(() => new Map((routers.data ?? []).map((router) => [router.id, router.name])), [routers.data]);

  return (
    <Page title={t('jobs.title')}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} role="group" aria-label={t('jobs.filters')}>
          <JobStatusFilter value={status} onChange={setStatus} />
          <TextField
            select
            label={t('jobs.filterRouter')}
            value={routerId}
            onChange={(event) => setRouterId(event.target.value)}
            sx={{ width: 240 }}
            fullWidth={false}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t('jobs.allRouters')}</MenuItem>
            {(routers.data ?? []).map((router) => (
              <MenuItem key={router.id} value={router.id}>
                {router.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <ErrorAlert error={actions.error} />
        {jobs.data ? (
          <>
            <JobsTable jobs={jobs.data.jobs} routerNames={names} label={t('jobs.title')} {...actions} />
            {jobs.data.hasMore && (
              <Typography variant="body2" color="text.secondary">
                {t('jobs.newestOnly', { count: JOB_PAGE_SIZE })}
              </Typography>
            )}
          </>
        ) : jobs.isError ? (
          <ErrorAlert error={jobs.error} />
        ) : (
          <CircularProgress aria-label={t('app.loading')} />
        )}
      </Stack>
    </Page>
  );
}
