import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useBillingRuns, useBillingSettings, useRunBillingNow } from '../../api/billing';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useNotify } from '../../shell/useNotify';
import { BillingRunsTable } from './BillingRunsTable';

/** The scheduled billing runs (what each issued, suspended, reactivated) and a manager's "Run now". */
export function BillingRunsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const runs = useBillingRuns();
  const settings = useBillingSettings();
  const runNow = useRunBillingNow();
  const [confirming, setConfirming] = useState(false);
  const running = runs.data?.some((run) => run.finishedAt === null) ?? false;

  return (
    <Page
      title={t('billing.runs.title')}
      actions={
        <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={() => setConfirming(true)} disabled={running || runNow.isPending}>
          {t('billing.runs.runNow')}
        </Button>
      }
    >
      <Stack spacing={2}>
        {settings.data && <Alert severity="info">{t('billing.runs.schedule', { time: settings.data.runTime })}</Alert>}
        {runs.data ? (
          <BillingRunsTable runs={runs.data} />
        ) : runs.isError ? (
          <ErrorAlert error={runs.error} />
        ) : (
          <CircularProgress aria-label={t('app.loading')} />
        )}
      </Stack>
      {confirming && (
        <ConfirmDialog
          title={t('billing.runs.confirm')}
          body={t('billing.runs.confirmBody')}
          confirmLabel={t('billing.runs.runNow')}
          destructive={false}
          pending={runNow.isPending}
          error={runNow.error}
          onConfirm={() =>
            runNow.mutate(undefined, {
              onSuccess: (run) => {
                notify(t('billing.runs.done', { invoices: run.invoicesIssued, suspended: run.suspended, reactivated: run.reactivated }));
                setConfirming(false);
              },
            })
          }
          onClose={() => setConfirming(false)}
        />
      )}
    </Page>
  );
}
