import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { JOB_STATUSES, type JobStatus } from '@shared/domain/router-items';

/** "All statuses" or one status. */
export function JobStatusFilter({ value, onChange }: { value: JobStatus | undefined; onChange: (value: JobStatus | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('jobs.filterStatus')}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as JobStatus))}
      sx={{ width: 200 }}
      fullWidth={false}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{t('jobs.allStatuses')}</MenuItem>
      {JOB_STATUSES.map((status) => (
        <MenuItem key={status} value={status}>
          {t(`jobs.statuses.${status}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
