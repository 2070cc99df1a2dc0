import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DEFAULT_PORTS, type RouterFormField, type RouterFormValues, type Transport } from './routerForm';

interface RouterFormFieldsProps {
  values: RouterFormValues;
  onChange: (values: RouterFormValues) => void;
  invalid: ReadonlySet<RouterFormField>;
  editing: boolean;
}

/** Connection settings of one router; the port follows the transport while it is still a default. */
export function RouterFormFields({ values, onChange, invalid, editing }: RouterFormFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends RouterFormField>(key: K, value: RouterFormValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: RouterFormField, label: string, help?: string) => ({
    label,
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    error: invalid.has(key),
    helperText: invalid.has(key) ? t(`routers.form.invalid.${key}`) : help,
    autoComplete: 'off',
  });

  const changeTransport = (transport: Transport) => {
    const portIsDefault = Object.values(DEFAULT_PORTS).map(String).includes(values.port.trim()) || values.port.trim() === '';
    onChange({ ...values, transport, port: portIsDefault ? String(DEFAULT_PORTS[transport]) : values.port });
  };

  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <TextField {...text('name', t('routers.form.name'), t('routers.form.nameHelp'))} autoFocus />
      <Stack direction="row" spacing={2}>
        <TextField {...text('host', t('routers.form.host'), t('routers.form.hostHelp'))} />
        <TextField
          {...text('port', t('routers.form.port'), t('routers.form.portHelp'))}
          sx={{ maxWidth: 160 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      </Stack>
      <TextField
        select
        label={t('routers.form.transport')}
        value={values.transport}
        onChange={(event) => changeTransport(event.target.value as Transport)}
      >
        <MenuItem value="api">{t('routers.transports.api')}</MenuItem>
        <MenuItem value="api-ssl">{t('routers.transports.api-ssl')}</MenuItem>
      </TextField>
      {values.transport === 'api-ssl' && (
        <FormGroup aria-label={t('routers.form.tls')} role="group">
          <FormControlLabel
            control={<Checkbox checked={values.verifyCert} onChange={(event) => set('verifyCert', event.target.checked)} />}
            label={t('routers.form.verifyCert')}
          />
          <FormControlLabel
            control={<Checkbox checked={values.anonymousDh} onChange={(event) => set('anonymousDh', event.target.checked)} />}
            label={t('routers.form.anonymousDh')}
          />
        </FormGroup>
      )}
      <Stack direction="row" spacing={2}>
        <TextField {...text('username', t('routers.form.username'))} />
        <TextField
          {...text('password', t('routers.form.password'), editing ? t('routers.form.passwordKeep') : undefined)}
          type="password"
          autoComplete="new-password"
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <TextField {...text('hotspotServer', t('routers.form.hotspotServer'), t('routers.form.hotspotServerHelp'))} />
        <TextField {...text('loginUrl', t('routers.form.loginUrl'), t('routers.form.loginUrlHelp'))} />
      </Stack>
    </Stack>
  );
}
