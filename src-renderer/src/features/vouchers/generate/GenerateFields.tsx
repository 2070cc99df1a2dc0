import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { SymbolSource, VOUCHER_CHARSET_NAMES, VOUCHER_CHARSETS, type VoucherCharset } from '@shared/domain/voucher-codes';
import type { Plan } from '@shared/ipc/schemas/vouchers';
import { MAX_BATCH_SIZE } from '@shared/ipc/schemas/vouchers';
import { useOfficeFormat } from '../../../shell/SessionContext';
import type { GenerateField, GenerateFormValues, UserMode } from './generateForm';

interface GenerateFieldsProps {
  plans: readonly Plan[];
  values: GenerateFormValues;
  onChange: (values: GenerateFormValues) => void;
  invalid: ReadonlySet<GenerateField>;
}

const browserRandom = (count: number): Uint8Array => crypto.getRandomValues(new Uint8Array(count));

/** One example code per charset, drawn once, so the operator sees what a card will look like. */
function useExamples(): Record<VoucherCharset, string> {
  return useMemo(
    () =>
      Object.fromEntries(VOUCHER_CHARSET_NAMES.map((name) => [name, new SymbolSource(VOUCHER_CHARSETS[name], browserRandom, 64).next(8)])) as Record<
        VoucherCharset,
        string
      >,
    [],
  );
}

/** Plan, how many, the code shape (length, characters, prefix), login mode and a note. */
export function GenerateFields({ plans, values, onChange, invalid }: GenerateFieldsProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const examples = useExamples();
  const set = <K extends keyof GenerateFormValues>(key: K, value: GenerateFormValues[K]) => onChange({ ...values, [key]: value });
  const help = (field: GenerateField, text?: string) => (invalid.has(field) ? t(`vouchers.generate.invalid.${field}`) : text);
  const generatable = plans.filter((plan) => plan.routerId !== null);

  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <TextField
        select
        label={t('vouchers.generate.plan')}
        value={values.planId}
        onChange={(event) => set('planId', event.target.value)}
        error={invalid.has('planId')}
        helperText={help('planId')}
      >
        {generatable.map((plan) => (
          <MenuItem key={plan.id} value={plan.id}>
            {plan.priceMinor === null ? plan.name : `${plan.name} · ${format.money(plan.priceMinor)}`}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('vouchers.generate.count')}
          value={values.count}
          onChange={(event) => set('count', event.target.value)}
          error={invalid.has('count')}
          helperText={help('count', t('vouchers.generate.countHelp', { max: format.count(MAX_BATCH_SIZE) }))}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
        <TextField
          label={t('vouchers.generate.length')}
          value={values.length}
          onChange={(event) => set('length', event.target.value)}
          error={invalid.has('length')}
          helperText={help('length', t('vouchers.generate.lengthHelp'))}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
        <TextField
          label={t('vouchers.generate.prefix')}
          value={values.prefix}
          onChange={(event) => set('prefix', event.target.value)}
          error={invalid.has('prefix')}
          helperText={help('prefix', t('vouchers.generate.prefixHelp'))}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
      </Stack>
      <TextField select label={t('vouchers.generate.charset')} value={values.charset} onChange={(event) => set('charset', event.target.value as VoucherCharset)}>
        {VOUCHER_CHARSET_NAMES.map((name) => (
          <MenuItem key={name} value={name}>
            {t('vouchers.generate.charsetOption', { name: t(`vouchers.charsets.${name}`), example: examples[name] })}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('vouchers.generate.userMode')}
          value={values.userMode}
          onChange={(event) => set('userMode', event.target.value as UserMode)}
          sx={{ flex: 1 }}
        >
          <MenuItem value="same">{t('vouchers.generate.userModes.same')}</MenuItem>
          <MenuItem value="separate">{t('vouchers.generate.userModes.separate')}</MenuItem>
        </TextField>
        {values.userMode === 'separate' && (
          <TextField
            label={t('vouchers.generate.passwordLength')}
            value={values.passwordLength}
            onChange={(event) => set('passwordLength', event.target.value)}
            error={invalid.has('passwordLength')}
            helperText={help('passwordLength', t('vouchers.generate.passwordLengthHelp'))}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            autoComplete="off"
            sx={{ flex: 1 }}
          />
        )}
      </Stack>
      <TextField
        label={t('vouchers.generate.note')}
        value={values.note}
        onChange={(event) => set('note', event.target.value)}
        error={invalid.has('note')}
        helperText={help('note')}
        autoComplete="off"
      />
    </Stack>
  );
}
