import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { billingSettingsUpdateInput, type BillingSettings } from '@shared/ipc/schemas/billing';
import { useUpdateBillingSettings, type UpdateBillingSettingsInput } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';

const FIELDS = ['accountNumberFormat', 'invoiceDueDays', 'runTime'] as const;
type Field = (typeof FIELDS)[number];

/** Account number format, invoice due days and the daily run time; only changed fields are sent. */
export function BillingSettingsForm({ settings, editable }: { settings: BillingSettings; editable: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateBillingSettings();
  const [format, setFormat] = useState(settings.accountNumberFormat);
  const [dueDays, setDueDays] = useState(String(settings.invoiceDueDays));
  const [runTime, setRunTime] = useState(settings.runTime);
  const [invalid, setInvalid] = useState<ReadonlySet<Field>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editable || update.isPending) return;
    const input: UpdateBillingSettingsInput = {};
    if (format.trim() !== settings.accountNumberFormat) input.accountNumberFormat = format.trim();
    const days = /^\d+$/.test(dueDays.trim()) ? Number(dueDays.trim()) : Number.NaN;
    if (days !== settings.invoiceDueDays) input.invoiceDueDays = days;
    if (runTime.trim() !== settings.runTime) input.runTime = runTime.trim();
    const parsed = billingSettingsUpdateInput.safeParse(input);
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((issue) => FIELDS.find((field) => field === issue.path[0]) ?? 'accountNumberFormat')));
      return;
    }
    setInvalid(new Set());
    // The form is re-keyed by the saved settings, so use the promise (a mutate() callback would be dropped).
    update.mutateAsync(parsed.data).then(
      () => notify(t('billing.settings.saved')),
      () => undefined,
    );
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 520 }}>
      <TextField
        label={t('billing.settings.accountNumberFormat')}
        value={format}
        onChange={(event) => setFormat(event.target.value)}
        disabled={!editable}
        error={invalid.has('accountNumberFormat')}
        helperText={invalid.has('accountNumberFormat') ? t('billing.settings.invalidFormat') : t('billing.settings.accountNumberFormatHelp')}
        autoComplete="off"
      />
      <TextField
        label={t('billing.settings.invoiceDueDays')}
        value={dueDays}
        onChange={(event) => setDueDays(event.target.value)}
        disabled={!editable}
        error={invalid.has('invoiceDueDays')}
        helperText={invalid.has('invoiceDueDays') ? t('billing.settings.invalidDueDays') : t('billing.settings.invoiceDueDaysHelp')}
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        label={t('billing.settings.runTime')}
        value={runTime}
        onChange={(event) => setRunTime(event.target.value)}
        disabled={!editable}
        error={invalid.has('runTime')}
        helperText={invalid.has('runTime') ? t('billing.settings.invalidRunTime') : t('billing.settings.runTimeHelp')}
        autoComplete="off"
        placeholder="00:15"
      />
      <ErrorAlert error={update.error} messages={{ CONFLICT: t('billing.settings.formatConflict') }} />
      {editable && (
        <Button type="submit" variant="contained" disabled={update.isPending} sx={{ alignSelf: 'flex-start' }}>
          {t('billing.settings.save')}
        </Button>
      )}
    </Stack>
  );
}
