import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { SYNC_TLS_MODES, type SyncSettings, type SyncTestOutput } from '@shared/ipc/schemas/sync';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { useSaveSyncSettings, useTestSync } from './api';
import { toSaveInput, toSyncForm, type SyncField, type SyncForm } from './settingsForm';

function TestResult({ result }: { result: SyncTestOutput }) {
  const { t } = useTranslation();
  const severity = result.outcome === 'reachable' ? 'success' : 'error';
  return (
    <Alert severity={severity} role="status">
      {t(`sync.settings.outcomes.${result.outcome}`, { head: result.head ?? 0 })}
      {result.error && (
        <Typography variant="body2" component="div" sx={{ mt: 0.5, fontFamily: 'monospace' }}>
          {result.error.code}: {result.error.message}
        </Typography>
      )}
    </Alert>
  );
}

/** Where the central database is and how to reach it; "Test connection" tries the form as typed. */
export function SyncSettingsForm({ settings }: { settings: SyncSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveSyncSettings();
  const test = useTestSync();
  const [form, setForm] = useState<SyncForm>(() => toSyncForm(settings));
  const [invalid, setInvalid] = useState<ReadonlySet<SyncField>>(new Set());
  const set = <K extends SyncField>(key: K, value: SyncForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key: SyncField, label: string, help?: string, extra: { type?: string; multiline?: boolean } = {}) => (
    <TextField
      label={label}
      value={form[key] as string}
      onChange={(event) => set(key, event.target.value as never)}
      error={invalid.has(key)}
      helperText={help}
      autoComplete="off"
      fullWidth
      {...(extra.multiline ? { multiline: true, minRows: 3 } : {})}
      {...(extra.type ? { type: extra.type } : {})}
    />
  );

  const parsed = () => {
    const result = toSaveInput(form);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return null;
    }
    setInvalid(new Set());
    return result.input;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = parsed();
    if (!input || save.isPending) return;
    save.mutateAsync(input).then(
      () => {
        set('password', '');
        notify(t('sync.settings.saved'));
      },
      () => undefined,
    );
  };

  const runTest = () => {
    const input = parsed();
    if (!input || test.isPending) return;
    const { enabled: _enabled, intervalMinutes: _interval, ...connection } = input;
    test.mutate({ settings: connection });
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={t('sync.settings.label')} sx={{ maxWidth: 720 }}>
        <Typography variant="h2" sx={{ fontSize: '1.1rem' }}>
          {t('sync.settings.label')}
        </Typography>
        <Stack>
          <FormControlLabel control={<Switch checked={form.enabled} onChange={(event) => set('enabled', event.target.checked)} />} label={t('sync.settings.enabled')} />
          <FormHelperText>{t('sync.settings.enabledHelp')}</FormHelperText>
        </Stack>
        <Stack direction="row" spacing={2}>
          {text('host', t('sync.settings.host'), t('sync.settings.hostHelp'))}
          <TextField label={t('sync.settings.port')} value={form.port} onChange={(event) => set('port', event.target.value)} error={invalid.has('port')} sx={{ width: 140 }} autoComplete="off" />
        </Stack>
        <Stack direction="row" spacing={2}>
          {text('database', t('sync.settings.database'))}
          {text('user', t('sync.settings.user'), t('sync.settings.userHelp'))}
        </Stack>
        {text('password', t('sync.settings.password'), settings.passwordSet ? t('sync.settings.passwordSaved') : t('sync.settings.passwordNone'), { type: 'password' })}
        <TextField select label={t('sync.settings.tlsMode')} value={form.tlsMode} onChange={(event) => set('tlsMode', event.target.value as SyncForm['tlsMode'])}>
          {SYNC_TLS_MODES.map((mode) => (
            <MenuItem key={mode} value={mode}>
              {t(`sync.settings.tlsModes.${mode}`)}
            </MenuItem>
          ))}
        </TextField>
        {form.tlsMode === 'verify-full' && text('caCert', t('sync.settings.caCert'), t('sync.settings.caCertHelp'), { multiline: true })}
        <TextField
          label={t('sync.settings.interval')}
          value={form.intervalMinutes}
          onChange={(event) => set('intervalMinutes', event.target.value)}
          error={invalid.has('intervalMinutes')}
          helperText={t('sync.settings.intervalHelp')}
          sx={{ width: 240 }}
          autoComplete="off"
        />
        {invalid.size > 0 && <FormHelperText error>{t('sync.settings.invalid')}</FormHelperText>}
        <ErrorAlert error={save.error} />
        <ErrorAlert error={test.error} />
        {test.data && !test.isPending && <TestResult result={test.data} />}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('sync.settings.save')}
          </Button>
          <Button variant="outlined" onClick={runTest} disabled={test.isPending}>
            {test.isPending ? t('sync.settings.testing') : t('sync.settings.test')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
