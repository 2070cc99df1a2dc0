import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatMoney } from '@shared/domain/money';
import { isValidCurrencyCode } from '@shared/domain/time-zone';
import { LocaleField } from '../../shell/fields/LocaleField';
import { TimeZoneField } from '../../shell/fields/TimeZoneField';
import { CurrencyField } from './CurrencyField';
import { parseExponent, type SetupForm } from './setupForm';
import type { FieldProps } from './fieldProps';

/** A typical voucher price, to preview how amounts will look with the chosen currency and locale. */
const SAMPLE_WHOLE_UNITS = 150_000;

function moneyExample(form: SetupForm): string | null {
  const exponent = parseExponent(form.exponent);
  if (exponent === null || !isValidCurrencyCode(form.currency)) return null;
  try {
    return formatMoney(SAMPLE_WHOLE_UNITS * 10 ** exponent, { code: form.currency, exponent }, form.locale);
  } catch {
    return null;
  }
}

export function OfficeFields({ form, set, errorFor, touch }: FieldProps) {
  const { t } = useTranslation();
  const example = moneyExample(form);
  const codeExample = `${form.officeCode || 'JKT1'}-${new Date().getFullYear()}-000001`;

  return (
    <Stack spacing={2}>
      <Typography variant="h2">{t('setup.officeSection')}</Typography>
      <TextField
        label={t('setup.officeName')}
        value={form.officeName}
        onChange={(event) => set('officeName', event.target.value)}
        onBlur={() => touch('officeName')}
        error={Boolean(errorFor('officeName'))}
        helperText={errorFor('officeName')}
        autoFocus
      />
      <TextField
        label={t('setup.officeCode')}
        value={form.officeCode}
        onChange={(event) => set('officeCode', event.target.value.toUpperCase().replace(/\s/g, ''))}
        onBlur={() => touch('officeCode')}
        error={Boolean(errorFor('officeCode'))}
        helperText={errorFor('officeCode') ?? t('setup.officeCodeHelp', { example: codeExample })}
        slotProps={{ htmlInput: { maxLength: 6, autoCapitalize: 'characters' } }}
      />
      <Stack direction="row" spacing={2}>
        <CurrencyField
          label={t('setup.currency')}
          value={form.currency}
          onChange={(code) => set('currency', code)}
          error={Boolean(errorFor('currency'))}
          helperText={errorFor('currency')}
        />
        <TextField
          label={t('setup.decimalPlaces')}
          type="number"
          value={form.exponent}
          onChange={(event) => set('exponent', event.target.value)}
          onBlur={() => touch('exponent')}
          error={Boolean(errorFor('exponent'))}
          helperText={errorFor('exponent')}
          slotProps={{ htmlInput: { min: 0, max: 4, step: 1 } }}
          sx={{ maxWidth: 150 }}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {example ? t('setup.moneyExample', { amount: example }) : '\u00a0'}
      </Typography>
      <TimeZoneField
        label={t('setup.timeZone')}
        value={form.timeZone}
        onChange={(zone) => set('timeZone', zone)}
        error={Boolean(errorFor('timeZone'))}
        helperText={errorFor('timeZone')}
      />
      <LocaleField
        label={t('setup.language')}
        value={form.locale}
        onChange={(locale) => set('locale', locale)}
        helperText={t('setup.languageHelp')}
      />
    </Stack>
  );
}
