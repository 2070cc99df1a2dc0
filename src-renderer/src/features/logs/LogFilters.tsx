import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { LOG_LEVELS, type LogLevel } from '@shared/ipc/schemas/logs';

/** What the form holds, as typed; turned into a query by the page. */
export interface LogFilterText {
  minLevel: LogLevel | '';
  module: string;
  text: string;
  from: string;
  to: string;
}

export const EMPTY_LOG_FILTERS: LogFilterText = { minLevel: '', module: '', text: '', from: '', to: '' };

/** Modules the app writes today (the procedures' domains and the background services); any text is accepted. */
export const KNOWN_MODULES = ['auth', 'routers', 'vouchers', 'customers', 'billing', 'till', 'reminders', 'reports', 'sync', 'backups', 'core'];

interface LogFiltersProps {
  value: LogFilterText;
  onChange: (value: LogFilterText) => void;
}

export function LogFilters({ value, onChange }: LogFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<LogFilterText>) => onChange({ ...value, ...patch });
  const dateLabelProps = { inputLabel: { shrink: true } };

  return (
    <Box
      role="search"
      aria-label={t('logs.filters')}
      sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 2fr 1fr 1fr auto', gap: 1.5, alignItems: 'center', mb: 2 }}
    >
      <TextField select label={t('logs.minLevel')} value={value.minLevel} onChange={(e) => set({ minLevel: e.target.value as LogLevel | '' })}>
        <MenuItem value="">{t('logs.anyLevel')}</MenuItem>
        {LOG_LEVELS.map((level) => (
          <MenuItem key={level} value={level}>
            {t(`logs.levels.${level}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('logs.module')}
        value={value.module}
        onChange={(e) => set({ module: e.target.value })}
        slotProps={{ htmlInput: { list: 'log-modules' } }}
      />
      <datalist id="log-modules">
        {KNOWN_MODULES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField label={t('logs.search')} type="search" value={value.text} onChange={(e) => set({ text: e.target.value })} />
      <TextField label={t('logs.from')} type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} slotProps={dateLabelProps} />
      <TextField label={t('logs.to')} type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} slotProps={dateLabelProps} />
      <Button onClick={() => onChange(EMPTY_LOG_FILTERS)} disabled={JSON.stringify(value) === JSON.stringify(EMPTY_LOG_FILTERS)}>
        {t('logs.clear')}
      </Button>
    </Box>
  );
}
