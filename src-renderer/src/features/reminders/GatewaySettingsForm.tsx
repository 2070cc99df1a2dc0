import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { GATEWAY_CONTENT_TYPES, GATEWAY_METHODS, REMINDER_CHANNELS, type ReminderSettings } from '@shared/ipc/schemas/reminders';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { useSaveReminderSettings } from './api';
import { toGatewayForm, toSaveInput, type GatewayField, type GatewayForm } from './gatewayForm';
import { serverInvalidFields } from './serverInvalidFields';

/** The gateway address, request format, secret header, channel and sending rules; only changes are sent. */
export function GatewaySettingsForm({ settings }: { settings: ReminderSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveReminderSettings();
  const [form, setForm] = useState<GatewayForm>(() => toGatewayForm(settings));
  const [invalid, setInvalid] = useState<ReadonlySet<GatewayField>>(new Set());
  const marked = new Set([...invalid, ...serverInvalidFields(save.error)]);
  const set = <K extends GatewayField>(key: K, value: GatewayForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key: GatewayField, label: string, help?: string, extra: { type?: string; multiline?: boolean; placeholder?: string } = {}) => (
    <TextField
      label={label}
      value={form[key] as string}
      onChange={(event) => set(key, event.target.value as never)}
      error={marked.has(key)}
      helperText={help}
      autoComplete="off"
      {...(extra.multiline ? { multiline: true, minRows: 2 } : {})}
      {...(extra.type ? { type: extra.type } : {})}
      {...(extra.placeholder ? { placeholder: extra.placeholder } : {})}
    />
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const result = toSaveInput(form, settings);
    if ('invalid' in result) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid(new Set());
    // The form is re-keyed by the saved settings, so use the promise (a mutate() callback would be dropped).
    save.mutateAsync(result.input).then(
      () => notify(t('reminders.gateway.saved')),
      () => undefined,
    );
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={t('reminders.gateway.label')} sx={{ maxWidth: 640 }}>
      <Stack>
        <FormControlLabel control={<Switch checked={form.enabled} onChange={(event) => set('enabled', event.target.checked)} />} label={t('reminders.gateway.enabled')} />
        <FormHelperText>{t('reminders.gateway.enabledHelp')}</FormHelperText>
      </Stack>
      {text('url', t('reminders.gateway.url'), t('reminders.gateway.urlHelp'), { placeholder: 'https://gateway.example/api/send' })}
      <Stack direction="row" spacing={2}>
        <TextField select label={t('reminders.gateway.method')} value={form.method} onChange={(event) => set('method', event.target.value as GatewayForm['method'])} sx={{ width: 160 }}>
          {GATEWAY_METHODS.map((value) => (
            <MenuItem key={value} value={value}>
              {value}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('reminders.gateway.contentType')} value={form.contentType} onChange={(event) => set('contentType', event.target.value as GatewayForm['contentType'])} sx={{ flex: 1 }}>
          {GATEWAY_CONTENT_TYPES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`reminders.gateway.contentTypes.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {text('bodyTemplate', t('reminders.gateway.bodyTemplate'), t('reminders.gateway.bodyTemplateHelp'), { multiline: true })}
      <Stack direction="row" spacing={2}>
        {text('authHeaderName', t('reminders.gateway.authHeaderName'), t('reminders.gateway.authHeaderNameHelp'))}
        {text('authSecret', t('reminders.gateway.authSecret'), settings.authSecretSet ? t('reminders.gateway.authSecretSaved') : t('reminders.gateway.authSecretNone'), { type: 'password' })}
      </Stack>
      {settings.authSecretSet && (
        <FormControlLabel
          control={<Checkbox checked={form.removeSecret} onChange={(event) => set('removeSecret', event.target.checked)} />}
          label={t('reminders.gateway.removeSecret')}
        />
      )}
      <Stack direction="row" spacing={2}>
        {text('timeoutSeconds', t('reminders.gateway.timeout'))}
        {text('maxAttempts', t('reminders.gateway.maxAttempts'))}
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField select label={t('reminders.gateway.channel')} value={form.channel} onChange={(event) => set('channel', event.target.value as GatewayForm['channel'])} helperText={t('reminders.gateway.channelHelp')} sx={{ width: 200 }}>
          {REMINDER_CHANNELS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`reminders.channels.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('dueSoonDays', t('reminders.gateway.dueSoonDays'))}
      </Stack>
      <Stack direction="row" spacing={2}>
        {text('officePhone', t('reminders.gateway.officePhone'))}
        {text('countryCode', t('reminders.gateway.countryCode'), t('reminders.gateway.countryCodeHelp'))}
      </Stack>
      <Stack direction="row" spacing={2}>
        {text('sendFrom', t('reminders.gateway.sendFrom'), t('reminders.gateway.sendWindowHelp'), { placeholder: '08:00' })}
        {text('sendUntil', t('reminders.gateway.sendUntil'), undefined, { placeholder: '20:00' })}
      </Stack>
      <ErrorAlert error={save.error} />
      {invalid.size > 0 && <FormHelperText error>{t('reminders.gateway.invalid')}</FormHelperText>}
      <Button type="submit" variant="contained" disabled={save.isPending} sx={{ alignSelf: 'flex-start' }}>
        {t('reminders.gateway.save')}
      </Button>
    </Stack>
  );
}
