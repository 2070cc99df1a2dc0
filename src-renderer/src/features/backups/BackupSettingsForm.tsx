import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { BackupSettings } from '@shared/ipc/schemas/backups';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { useUpdateBackupSettings } from './api';

type RetentionKey = keyof BackupSettings['retention'];
const RETENTION_LIMITS: Record<RetentionKey, { min: number; max: number }> = {
  daily: { min: 1, max: 366 },
  weekly: { min: 0, max: 260 },
  monthly: { min: 0, max: 240 },
  others: { min: 1, max: 100 },
};
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function wholeIn(text: string, key: RetentionKey): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  const { min, max } = RETENTION_LIMITS[key];
  return value >= min && value <= max ? value : null;
}

/** Daily time, retention counts and the optional second folder. */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateBackupSettings();
  const [dailyTime, setDailyTime] = useState(settings.dailyTime);
  const [retention, setRetention] = useState<Record<RetentionKey, string>>({
    daily: String(settings.retention.daily),
    weekly: String(settings.retention.weekly),
    monthly: String(settings.retention.monthly),
    others: String(settings.retention.others),
  });
  const [secondFolder, setSecondFolder] = useState(settings.secondFolder ?? '');
  const parsed = {
    daily: wholeIn(retention.daily, 'daily'),
    weekly: wholeIn(retention.weekly, 'weekly'),
    monthly: wholeIn(retention.monthly, 'monthly'),
    others: wholeIn(retention.others, 'others'),
  };
  const timeOk = TIME_PATTERN.test(dailyTime);
  const valid = timeOk && Object.values(parsed).every((value) => value !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { daily, weekly, monthly, others } = parsed;
    if (!valid || daily === null || weekly === null || monthly === null || others === null) return;
    update.mutate(
      { dailyTime, retention: { daily, weekly, monthly, others }, secondFolder: secondFolder.trim() === '' ? null : secondFolder.trim() },
      { onSuccess: () => notify(t('backups.settings.saved')) },
    );
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        <Typography variant="h2">{t('backups.settings.title')}</Typography>
        <TextField
          label={t('backups.settings.dailyTime')}
          value={dailyTime}
          onChange={(event) => setDailyTime(event.target.value)}
          error={!timeOk}
          helperText={timeOk ? ' ' : t('backups.settings.dailyTimeInvalid')}
          sx={{ maxWidth: 280 }}
        />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          {(Object.keys(RETENTION_LIMITS) as RetentionKey[]).map((key) => (
            <TextField
              key={key}
              label={t(`backups.settings.${key}`)}
              value={retention[key]}
              inputMode="numeric"
              onChange={(event) => setRetention((current) => ({ ...current, [key]: event.target.value }))}
              error={parsed[key] === null}
              helperText={parsed[key] === null ? t('backups.settings.numberInvalid') : `${RETENTION_LIMITS[key].min}–${RETENTION_LIMITS[key].max}`}
            />
          ))}
        </Stack>
        <TextField
          label={t('backups.settings.secondFolder')}
          value={secondFolder}
          onChange={(event) => setSecondFolder(event.target.value)}
          helperText={t('backups.settings.secondFolderHelp')}
        />
        <ErrorAlert error={update.error} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={!valid || update.isPending}>
            {t('backups.settings.save')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
