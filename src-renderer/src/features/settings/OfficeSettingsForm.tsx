import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isValidTimeZone } from '@shared/domain/time-zone';
import type { Settings } from '@shared/ipc/schemas/app';
import { useUpdateSettings, type UpdateSettingsInput } from '../../api/settings';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LocaleField } from '../../shell/fields/LocaleField';
import { TimeZoneField } from '../../shell/fields/TimeZoneField';
import { canonicalTimeZone } from '../../shell/fields/zones';
import { useNotify } from '../../shell/useNotify';

function parseMinutes(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= 1 && value <= 240 ? value : null;
}

/**
 * Office name, time zone, locale and idle lock. Only changed fields are sent; a manager's save
 * asks for the owner's approval on the spot (see useUpdateSettings).
 */
export function OfficeSettingsForm({ settings, editable }: { settings: Settings; editable: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateSettings();
  const [officeName, setOfficeName] = useState(settings.officeName);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [locale, setLocale] = useState(settings.locale);
  const [minutes, setMinutes] = useState(String(settings.idleLockMinutes));

  const nameOk = officeName.trim() !== '' && officeName.trim().length <= 100;
  const zoneOk = isValidTimeZone(timeZone);
  const parsedMinutes = parseMinutes(minutes);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editable || !nameOk || !zoneOk || parsedMinutes === null || update.isPending) return;
    const input: UpdateSettingsInput = {};
    if (officeName.trim() !== settings.officeName) input.officeName = officeName.trim();
    const zone = canonicalTimeZone(timeZone);
    if (zone !== settings.timeZone) input.timeZone = zone;
    if (locale !== settings.locale) input.locale = locale;
    if (parsedMinutes !== settings.idleLockMinutes) input.idleLockMinutes = parsedMinutes;
    // The form is re-keyed by the saved settings, so it unmounts on success: use the promise, not a
    // mutate() callback (those are dropped for unmounted components). Errors are shown by <ErrorAlert>.
    update.mutateAsync(input).then(
      () => notify(t('settings.saved')),
      () => undefined,
    );
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 520 }}>
      {!editable && <Alert severity="info">{t('settings.readOnly')}</Alert>}
      <TextField
        label={t('settings.officeName')}
        value={officeName}
        onChange={(event) => setOfficeName(event.target.value)}
        error={!nameOk}
        helperText={nameOk ? undefined : t('setup.required')}
        disabled={!editable}
      />
      <TimeZoneField
        label={t('settings.timeZone')}
        value={timeZone}
        onChange={setTimeZone}
        error={!zoneOk}
        helperText={zoneOk ? undefined : t('setup.timeZoneInvalid')}
        disabled={!editable}
      />
      <LocaleField
        label={t('settings.language')}
        value={locale}
        onChange={setLocale}
        helperText={t('settings.languageHelp')}
        disabled={!editable}
      />
      <TextField
        label={t('settings.idleLock')}
        type="number"
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={parsedMinutes === null}
        helperText={parsedMinutes === null ? t('settings.idleLockInvalid') : t('settings.idleLockHelp')}
        disabled={!editable}
        slotProps={{ htmlInput: { min: 1, max: 240, step: 1 } }}
      />
      <ErrorAlert error={update.error} />
      {editable && (
        <div>
          <Button type="submit" variant="contained" disabled={update.isPending}>
            {t('settings.save')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
