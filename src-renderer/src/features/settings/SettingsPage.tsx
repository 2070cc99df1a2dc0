import { useTranslation } from 'react-i18next';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSettings } from '../../api/settings';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { OfficeSettingsForm } from './OfficeSettingsForm';
import { UpdatesSection } from './UpdatesSection';

/** Everyone may read the office settings and change their own password; owners and managers may edit. */
export function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const settings = useSettings();
  const editable = canCall(session.role, 'settings.update');

  return (
    <Page title={t('settings.title')}>
      <Stack spacing={3}>
        <Paper variant="outlined" component="section" aria-labelledby="office-settings-title" sx={{ p: 2.5 }}>
          <Typography variant="h2" id="office-settings-title" sx={{ mb: 2 }}>
            {t('settings.officeSection')}
          </Typography>
          {settings.data ? (
            <OfficeSettingsForm key={JSON.stringify(settings.data)} settings={settings.data} editable={editable} />
          ) : settings.isError ? (
            <ErrorAlert error={settings.error} />
          ) : (
            <CircularProgress aria-label={t('app.loading')} />
          )}
        </Paper>
        <Paper variant="outlined" component="section" aria-labelledby="change-password-title" sx={{ p: 2.5 }}>
          <Typography variant="h2" id="change-password-title" sx={{ mb: 2 }}>
            {t('changePassword.title')}
          </Typography>
          <ChangePasswordForm onDone={() => notify(t('changePassword.done'))} />
        </Paper>
        {canCall(session.role, 'updates.status') && <UpdatesSection />}
      </Stack>
    </Page>
  );
}
