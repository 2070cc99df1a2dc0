import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { LOG_LEVELS, type LogLevel } from '@shared/ipc/schemas/logs';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { useLogSettings, useSaveLogSettings } from './api';

/** The stored level the app writes at; saved as soon as it is picked. */
export function LevelSetting() {
  const { t } = useTranslation();
  const notify = useNotify();
  const settings = useLogSettings();
  const save = useSaveLogSettings();
  if (!settings.data) return settings.isError ? <ErrorAlert error={settings.error} /> : null;
  const pick = (level: LogLevel) => save.mutate(level, { onSuccess: () => notify(t('logs.setting.saved')) });

  return (
    <>
      <TextField
        select
        size="small"
        label={t('logs.setting.label')}
        value={save.isPending && save.variables ? save.variables : settings.data.level}
        onChange={(e) => pick(e.target.value as LogLevel)}
        disabled={save.isPending}
        helperText={t('logs.setting.help')}
        sx={{ width: 320 }}
      >
        {LOG_LEVELS.map((level) => (
          <MenuItem key={level} value={level}>
            {t(`logs.levels.${level}`)}
          </MenuItem>
        ))}
      </TextField>
      {save.isError && <ErrorAlert error={save.error} />}
    </>
  );
}
