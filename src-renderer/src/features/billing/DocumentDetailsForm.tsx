import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { documentDetailsUpdateInput, type DocumentDetails } from '@shared/ipc/schemas/billing-documents';
import { useUpdateDocumentDetails } from '../../api/billingDocuments';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';

const FIELDS = ['address', 'phone', 'email', 'taxId', 'footer'] as const;
type Field = (typeof FIELDS)[number];
const MULTILINE: ReadonlySet<Field> = new Set(['address', 'footer']);

/** Address, phone, e-mail, tax id and footer printed on invoices, receipts and statements. */
export function DocumentDetailsForm({ details, editable }: { details: DocumentDetails; editable: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateDocumentDetails();
  const [values, setValues] = useState<DocumentDetails>(details);
  const [invalid, setInvalid] = useState<ReadonlySet<Field>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editable || update.isPending) return;
    const parsed = documentDetailsUpdateInput.safeParse(values);
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((issue) => FIELDS.find((field) => field === issue.path[0]) ?? 'address')));
      return;
    }
    setInvalid(new Set());
    update.mutateAsync(parsed.data).then(
      () => notify(t('billingDocuments.details.saved')),
      () => undefined,
    );
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 520 }}>
      <Typography variant="body2" color="text.secondary">
        {t('billingDocuments.details.intro')}
      </Typography>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          label={t(`billingDocuments.details.${field}`)}
          value={values[field]}
          onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          disabled={!editable}
          error={invalid.has(field)}
          multiline={MULTILINE.has(field)}
          minRows={MULTILINE.has(field) ? 2 : undefined}
          autoComplete="off"
        />
      ))}
      {invalid.size > 0 && (
        <Typography color="error" variant="body2">
          {t('billingDocuments.details.invalid')}
        </Typography>
      )}
      <ErrorAlert error={update.error} />
      {editable && (
        <Button type="submit" variant="contained" disabled={update.isPending} sx={{ alignSelf: 'flex-start' }}>
          {t('billingDocuments.details.save')}
        </Button>
      )}
    </Stack>
  );
}
