import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SyncTlsMode } from '@shared/ipc/schemas/sync';
import { TLS_MODES, type RestoreErrorKey, type RestoreField, type RestoreForm } from './restoreForm';

interface RestoreFieldsProps {
  form: RestoreForm;
  onChange: (form: RestoreForm) => void;
  errors: Partial<Record<RestoreField, RestoreErrorKey>>;
  /** Errors show once the form was submitted (the fields are few and typed in one go). */
  showErrors: boolean;
}

/** The optional restore path of the first-run wizard: the office role's connection to the central database. */
export function RestoreFields({ form, onChange, errors, showErrors }: RestoreFieldsProps) {
  const { t } = useTranslation();
  const set = (change: Partial<RestoreForm>) => onChange({ ...form, ...change });
  const errorFor = (field: RestoreField) => {
    const key = errors[field];
    return key && showErrors ? t(key) : undefined;
  };
  const text = (field: RestoreField, label: string, extra: { type?: string; autoComplete?: string } = {}) => (
    <TextField
      label={label}
      value={form[field]}
      onChange={(event) => set({ [field]: event.target.value })}
      error={Boolean(errorFor(field))}
      helperText={errorFor(field)}
      {...extra}
    />
  );

  return (
    <Stack spacing={2}>
      <div>
        <FormControlLabel
          control={<Checkbox checked={form.enabled} onChange={(event) => set({ enabled: event.target.checked })} />}
          label={t('setupRestore.toggle')}
        />
        <FormHelperText>{t('setupRestore.toggleHelp')}</FormHelperText>
      </div>
      {form.enabled && (
        <Stack spacing={2} component="section" aria-label={t('setupRestore.section')}>
          <Typography variant="h2">{t('setupRestore.section')}</Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 2fr' }, gap: 2 }}>
            {text('host', t('setupRestore.host'))}
            {text('port', t('setupRestore.port'))}
            {text('database', t('setupRestore.database'))}
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 2 }}>
            {text('user', t('setupRestore.user'), { autoComplete: 'off' })}
            {text('password', t('setupRestore.password'), { type: 'password', autoComplete: 'new-password' })}
            <TextField
              select
              label={t('setupRestore.tlsMode')}
              value={form.tlsMode}
              onChange={(event) => set({ tlsMode: event.target.value as SyncTlsMode })}
            >
              {TLS_MODES.map((mode) => (
                <MenuItem key={mode} value={mode}>
                  {t(`setupRestore.tls.${mode}`)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
        </Stack>
      )}
    </Stack>
  );
}
