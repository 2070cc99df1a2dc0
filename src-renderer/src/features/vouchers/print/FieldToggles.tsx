import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import type { TemplateSettings } from '@shared/ipc/schemas/voucher-print';

type Fields = TemplateSettings['fields'];
const FIELD_NAMES: readonly (keyof Fields)[] = ['officeName', 'logo', 'plan', 'price', 'validity', 'code', 'password', 'serial', 'batch', 'qr', 'frame'];

/** What each card shows: one checkbox per field. */
export function FieldToggles({ fields, onChange }: { fields: Fields; onChange: (fields: Fields) => void }) {
  const { t } = useTranslation();
  return (
    <FormGroup role="group" aria-label={t('vouchers.print.editor.fieldsTitle')} sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)' }}>
      {FIELD_NAMES.map((name) => (
        <FormControlLabel
          key={name}
          control={<Checkbox size="small" checked={fields[name]} onChange={(event) => onChange({ ...fields, [name]: event.target.checked })} />}
          label={t(`vouchers.print.editor.fields.${name}`)}
        />
      ))}
    </FormGroup>
  );
}
