import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useNotify } from '../../shell/useNotify';
import { useCheckDb, useHealth, useSaveDiagnostics } from './api';
import { BackupCard, DbCard, JobCard, RouterCard, ScheduleCard, SyncCard, VersionCard } from './HealthCards';
import { MetricsCard } from './MetricsCard';

/** Health (managers and the owner): one card per area coloured OK / warning / problem, the metrics endpoint, diagnostics. */
export function HealthPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const health = useHealth();
  const checkDb = useCheckDb();
  const diagnostics = useSaveDiagnostics();

  const actions = (
    <Stack direction="row" spacing={1}>
      <Button variant="outlined" onClick={() => void health.refetch()} disabled={health.isFetching}>
        {t('health.refresh')}
      </Button>
      <Button
        variant="outlined"
        disabled={checkDb.isPending}
        onClick={() => checkDb.mutate(undefined, { onSuccess: (check) => notify(t('health.checked', { result: check.ok ? 'ok' : check.result })) })}
      >
        {t('health.checkDb')}
      </Button>
      <Button
        variant="contained"
        disabled={diagnostics.isPending}
        onClick={() => diagnostics.mutate(undefined, { onSuccess: (file) => notify(t('health.diagnosticsSaved', { file: file.fileName })) })}
      >
        {t('health.saveDiagnostics')}
      </Button>
    </Stack>
  );

  return (
    <Page title={t('health.title')} actions={actions}>
      <Stack spacing={2}>
        <ErrorAlert error={health.error ?? checkDb.error ?? diagnostics.error} />
        {!health.data && !health.error && <CircularProgress aria-label={t('app.loading')} />}
        {health.data && (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))' }}>
            <DbCard health={health.data} />
            <BackupCard health={health.data} />
            <RouterCard health={health.data} />
            <JobCard health={health.data} />
            <SyncCard health={health.data} />
            <ScheduleCard health={health.data} />
            <VersionCard health={health.data} />
            <MetricsCard />
          </Box>
        )}
      </Stack>
    </Page>
  );
}
