import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { defaultExponent } from '@shared/domain/money';
import { isValidCurrencyCode } from '@shared/domain/time-zone';
import { useCreateOffice } from '../../api/app';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { canonicalTimeZone } from '../../shell/fields/zones';
import { PublicLayout } from '../../shell/PublicLayout';
import { currentUiLanguage } from '../../i18n';
import { OfficeFields } from './OfficeFields';
import { OwnerFields } from './OwnerFields';
import { initialSetupForm, parseExponent, validateSetup, type SetupField, type SetupForm } from './setupForm';
import { RestoreFields } from './RestoreFields';
import { RestoreResult } from './RestoreResult';
import { initialRestoreForm, toBootstrapInput, validateRestore, type RestoreForm } from './restoreForm';
import { useRestoreOffice } from './useRestoreOffice';

/**
 * First run: describe the office and create the owner, who is then signed in. No default accounts exist.
 * Optionally the new office is then restored from the central database (sync.bootstrap): a new office
 * joining the others, or this office rebuilt after its disk was lost.
 */
export function SetupWizard() {
  const { t } = useTranslation();
  const create = useCreateOffice();
  const restore = useRestoreOffice();
  const [restoreForm, setRestoreForm] = useState<RestoreForm>(initialRestoreForm);
  const restoreErrors = validateRestore(restoreForm);
  const [form, setForm] = useState<SetupForm>(() => initialSetupForm(currentUiLanguage()));
  const [touched, setTouched] = useState<ReadonlySet<SetupField>>(new Set());
  const [exponentEdited, setExponentEdited] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const errors = validateSetup(form);

  const set = (field: SetupField, value: string) => {
    setForm((current) => {
      const next = { ...current, [field]: value };
      // The decimal places follow the currency until someone sets them by hand.
      if (field === 'currency' && !exponentEdited && isValidCurrencyCode(value)) {
        next.exponent = String(defaultExponent(value));
      }
      return next;
    });
    if (field === 'exponent') setExponentEdited(true);
  };
  const touch = (field: SetupField) => setTouched((current) => new Set(current).add(field));
  const errorFor = (field: SetupField) => {
    const key = errors[field];
    return key && (submitted || touched.has(field)) ? t(key) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const exponent = parseExponent(form.exponent);
    if (Object.keys(errors).length > 0 || exponent === null || create.isPending || restore.mutation.isPending) return;
    if (Object.keys(restoreErrors).length > 0) return;
    const setup = {
      office: {
        name: form.officeName.trim(),
        code: form.officeCode,
        currency: { code: form.currency, exponent },
        timeZone: canonicalTimeZone(form.timeZone),
        locale: form.locale,
      },
      owner: { username: form.username.trim(), displayName: form.displayName.trim(), password: form.password },
    };
    if (restoreForm.enabled) restore.mutation.mutate({ setup, connection: toBootstrapInput(restoreForm) });
    else create.mutate(setup);
  };

  if (restore.mutation.data) {
    return (
      <PublicLayout maxWidth={920}>
        <RestoreResult report={restore.mutation.data} onContinue={() => void restore.finish()} />
      </PublicLayout>
    );
  }
  // The office exists; only the restore is left to retry (or skip).
  if (restore.officeCreated) {
    return (
      <PublicLayout maxWidth={920}>
        <Stack spacing={2.5}>
          <Typography variant="h1">{t('setupRestore.section')}</Typography>
          {restore.mutation.isPending ? (
            <Alert severity="info">{t('setupRestore.working')}</Alert>
          ) : (
            <Alert severity="warning">{t('setupRestore.failed')}</Alert>
          )}
          <ErrorAlert error={restore.mutation.error} />
          <RestoreFields form={{ ...restoreForm, enabled: true }} onChange={setRestoreForm} errors={restoreErrors} showErrors />
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 2 }}>
            <Button onClick={() => void restore.finish()} disabled={restore.mutation.isPending}>
              {t('setupRestore.skip')}
            </Button>
            <Button
              variant="contained"
              disabled={restore.mutation.isPending || Object.keys(restoreErrors).length > 0}
              onClick={() => restore.mutation.mutate({ connection: toBootstrapInput(restoreForm) })}
            >
              {t('setupRestore.retry')}
            </Button>
          </Box>
        </Stack>
      </PublicLayout>
    );
  }

  const fieldProps = { form, set, errorFor, touch };
  return (
    <PublicLayout maxWidth={920}>
      <Stack component="form" spacing={2.5} onSubmit={submit} noValidate>
        <div>
          <Typography variant="h1">{t('setup.title')}</Typography>
          <Typography color="text.secondary">{t('setup.intro')}</Typography>
        </div>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 4 }}>
          <OfficeFields {...fieldProps} />
          <OwnerFields {...fieldProps} />
        </Box>
        <RestoreFields form={restoreForm} onChange={setRestoreForm} errors={restoreErrors} showErrors={submitted} />
        <Alert severity="info">{t('setup.noDefaults')}</Alert>
        <ErrorAlert error={create.error ?? restore.mutation.error} />
        {restore.mutation.isPending && <Alert severity="info">{t('setupRestore.working')}</Alert>}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button type="submit" variant="contained" size="large" disabled={create.isPending || restore.mutation.isPending}>
            {restoreForm.enabled ? t('setupRestore.submit') : t('setup.create')}
          </Button>
        </Box>
      </Stack>
    </PublicLayout>
  );
}
