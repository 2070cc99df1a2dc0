import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { feedUrlSchema, type UpdateSettings, type UpdateStatus } from '@shared/ipc/schemas/updates';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { canCall } from '../../shell/permissions';
import { useOfficeFormat, useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useCheckForUpdates, useSaveUpdateSettings, useUpdateStatus } from './updatesApi';

/** Settings → Updates (owners and managers see it; only the owner changes it). Off by default. */
export function UpdatesSection() {
  const { t } = useTranslation();
  const status = useUpdateStatus();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="updates-title" sx={{ p: 2.5 }}>
      <Typography variant="h2" id="updates-title" sx={{ mb: 1 }}>
        {t('updates.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('updates.intro')}
      </Typography>
      {status.data ? (
        <UpdatesBody key={JSON.stringify(status.data.settings)} status={status.data} />
      ) : status.isError ? (
        <ErrorAlert error={status.error} />
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
    </Paper>
  );
}

function UpdatesBody({ status }: { status: UpdateStatus }) {
  const { t } = useTranslation();
  const session = useSession();
  const editable = canCall(session.role, 'updates.settings.update');
  const check = useCheckForUpdates();
  return (
    <Stack spacing={2}>
      {editable ? <UpdateSettingsForm settings={status.settings} /> : <Typography variant="body2">{t('updates.ownerOnly')}</Typography>}
      <UpdateState status={status} />
      <div>
        <Button variant="outlined" disabled={!status.settings.enabled || check.isPending} onClick={() => check.mutate()}>
          {t('updates.checkNow')}
        </Button>
      </div>
      {check.isError && <ErrorAlert error={check.error} />}
    </Stack>
  );
}

function UpdateState({ status }: { status: UpdateStatus }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const when = status.checkedAt === null ? '' : format.instant(status.checkedAt);
  const text = t(`updates.state.${status.state}`, { when, version: status.availableVersion ?? '', error: status.error ?? '' });
  return (
    <Stack spacing={0.5} data-testid="update-state">
      <Typography variant="body2">{t('updates.current', { version: status.currentVersion })}</Typography>
      {status.state === 'available' ? (
        <Alert severity="info" role="status">
          {text}
          {status.releaseDate && <div>{t('updates.released', { date: format.instant(Date.parse(status.releaseDate)) })}</div>}
          {status.downloadUrl && <div>{t('updates.download', { url: status.downloadUrl })}</div>}
        </Alert>
      ) : status.state === 'failed' ? (
        <Alert severity="warning" role="status">
          {text}
        </Alert>
      ) : (
        <Typography variant="body2" role="status">
          {text}
        </Typography>
      )}
    </Stack>
  );
}

function UpdateSettingsForm({ settings }: { settings: UpdateSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveUpdateSettings();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [feedUrl, setFeedUrl] = useState(settings.feedUrl ?? '');
  const trimmed = feedUrl.trim();
  const urlOk = trimmed === '' || feedUrlSchema.safeParse(trimmed).success;
  const feedMissing = enabled && trimmed === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!urlOk || feedMissing) return;
    save.mutate({ enabled, feedUrl: trimmed === '' ? null : trimmed }, { onSuccess: () => notify(t('updates.saved')) });
  };
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 640 }}>
      <FormControlLabel control={<Checkbox checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />} label={t('updates.enabled')} />
      <TextField
        label={t('updates.feedUrl')}
        value={feedUrl}
        onChange={(event) => setFeedUrl(event.target.value)}
        error={!urlOk || feedMissing}
        helperText={!urlOk ? t('updates.feedUrlInvalid') : feedMissing ? t('updates.feedRequired') : t('updates.feedUrlHelp')}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      {save.isError && <ErrorAlert error={save.error} />}
      <div>
        <Button type="submit" variant="contained" disabled={save.isPending || !urlOk || feedMissing}>
          {t('updates.save')}
        </Button>
      </div>
    </Stack>
  );
}
