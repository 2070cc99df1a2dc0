import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import CloudDownloadIcon from '@mui/icons-material/CloudDownload';
import EditIcon from '@mui/icons-material/Edit';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { hrefFor } from '../../shell/router';
import { useSession } from '../../shell/SessionContext';
import { RouterJobsSection } from '../jobs/RouterJobsSection';
import { ImportWizard } from './import/ImportWizard';
import { HealthSection } from './detail/HealthSection';
import { ReconcileButton } from './detail/ReconcileButton';
import { SessionsSection } from './detail/SessionsSection';
import { TestConnectionButton } from './detail/TestConnectionButton';
import { RouterFormDialog } from './RouterFormDialog';
import { RouterStatusText } from './RouterStatusDot';
import { ROUTERS_PATH } from './paths';
import { useRouterRows } from './useRouterRows';

/** One router: health, live sessions with kick, its jobs, reconcile and the import wizard. */
export function RouterDetailPage({ routerId }: { routerId: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const { rows, error, isError } = useRouterRows();
  const [dialog, setDialog] = useState<'edit' | 'import' | null>(null);
  const router = rows?.find((row) => row.id === routerId);
  const isAdmin = canCall(role, 'routers.update');

  if (!rows) return isError ? <ErrorAlert error={error} /> : <CircularProgress aria-label={t('app.loading')} />;
  if (!router) {
    return (
      <Page title={t('routers.detail.missingTitle')}>
        <Alert severity="info" action={<Button color="inherit" size="small" href={hrefFor(ROUTERS_PATH)}>{t('routers.detail.back')}</Button>}>
          {t('routers.detail.missing')}
        </Alert>
      </Page>
    );
  }

  return (
    <Page
      title={router.name}
      actions={
        isAdmin && (
          <Stack direction="row" spacing={1}>
            <Button startIcon={<EditIcon />} onClick={() => setDialog('edit')}>
              {t('routers.detail.edit')}
            </Button>
            <ReconcileButton router={router} />
            <Button variant="contained" startIcon={<CloudDownloadIcon />} onClick={() => setDialog('import')}>
              {t('imports.open')}
            </Button>
          </Stack>
        )
      }
    >
      <Stack spacing={3}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <RouterStatusText state={router.status.state} />
          <span>
            {router.host}:{router.port} · {t(`routers.transports.${router.transport}`)}
          </span>
          {isAdmin && <TestConnectionButton routerId={router.id} />}
        </Stack>
        {router.status.state === 'offline' && router.status.lastError && (
          <Alert severity="error">{t('routers.errors.offline', { message: router.status.lastError })}</Alert>
        )}
        <HealthSection router={router} />
        {canCall(role, 'routers.sessions') && <SessionsSection router={router} />}
        {canCall(role, 'jobs.list') && <RouterJobsSection routerId={router.id} />}
      </Stack>
      {dialog === 'edit' && <RouterFormDialog router={router} onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportWizard router={router} onClose={() => setDialog(null)} />}
    </Page>
  );
}
