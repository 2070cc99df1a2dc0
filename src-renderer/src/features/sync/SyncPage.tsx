import { useTranslation } from 'react-i18next';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useSyncSettings, useSyncStatus } from './api';
import { SyncSettingsForm } from './SyncSettingsForm';
import { SyncStatusCard } from './SyncStatusCard';

/** Admin → Sync: the runner's status with "Sync now", and the central database settings with a test. */
export function SyncPage() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const settings = useSyncSettings();

  return (
    <Page title={t('sync.title')}>
      <Stack spacing={2}>
        <Typography color="text.secondary">{t('sync.intro')}</Typography>
        <ErrorAlert error={status.error ?? settings.error} />
        {status.data ? <SyncStatusCard status={status.data} /> : <CircularProgress aria-label={t('app.loading')} />}
        {/* Re-keyed by the saved settings: the form starts from what was stored. */}
        {settings.data && <SyncSettingsForm key={settings.data.updatedAt ?? 0} settings={settings.data} />}
      </Stack>
    </Page>
  );
}
