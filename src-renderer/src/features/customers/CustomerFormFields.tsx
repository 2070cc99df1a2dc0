import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { CUSTOMER_STATUS_VALUES } from '@shared/ipc/schemas/customers';
import type { CustomerFormField, CustomerFormValues } from './customerForm';

interface CustomerFormFieldsProps {
  values: CustomerFormValues;
  onChange: (values: CustomerFormValues) => void;
  invalid: ReadonlySet<CustomerFormField>;
  editing: boolean;
}

/** Name, phones, address, optional GPS, notes and tags; status only when editing (new customers are active). */
export function CustomerFormFields({ values, onChange, invalid, editing }: CustomerFormFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof CustomerFormValues>(key: K, value: CustomerFormValues[K]) => onChange({ ...values, [key]: value });
  const help = (field: CustomerFormField, text: string) => (invalid.has(field) ? t(`customers.form.invalid.${field}`) : text);

  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <TextField
        label={t('customers.form.name')}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        error={invalid.has('name')}
        helperText={help('name', '')}
        autoComplete="off"
        autoFocus
      />
      <TextField
        label={t('customers.form.phones')}
        value={values.phones}
        onChange={(event) => set('phones', event.target.value)}
        error={invalid.has('phones')}
        helperText={help('phones', t('customers.form.phonesHelp'))}
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'tel' } }}
      />
      <TextField
        label={t('customers.form.address')}
        value={values.address}
        onChange={(event) => set('address', event.target.value)}
        error={invalid.has('address')}
        helperText={help('address', '')}
        autoComplete="off"
        multiline
        minRows={2}
      />
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('customers.form.lat')}
          value={values.lat}
          onChange={(event) => set('lat', event.target.value)}
          error={invalid.has('gps')}
          helperText={help('gps', t('customers.form.gpsHelp'))}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ flex: 1 }}
        />
        <TextField
          label={t('customers.form.lng')}
          value={values.lng}
          onChange={(event) => set('lng', event.target.value)}
          error={invalid.has('gps')}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
          sx={{ flex: 1 }}
        />
      </Stack>
      <TextField
        label={t('customers.form.tags')}
        value={values.tags}
        onChange={(event) => set('tags', event.target.value)}
        error={invalid.has('tags')}
        helperText={help('tags', t('customers.form.tagsHelp'))}
        autoComplete="off"
      />
      <TextField
        label={t('customers.form.notes')}
        value={values.notes}
        onChange={(event) => set('notes', event.target.value)}
        error={invalid.has('notes')}
        helperText={help('notes', '')}
        multiline
        minRows={2}
      />
      {editing && (
        <TextField select label={t('customers.form.status')} value={values.status} onChange={(event) => set('status', event.target.value as CustomerFormValues['status'])}>
          {CUSTOMER_STATUS_VALUES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`customers.statuses.${status}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
}
