import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import { VOUCHER_CHARSETS } from '@shared/domain/voucher-codes';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { formatCompact } from '../units';
import { capacityOf, type GenerateFormValues } from './generateForm';

/**
 * How many codes this shape can hold, computed live with the same shared rule main applies. A shape
 * that cannot hold the count with the safe margin is shown in red (and Generate is off).
 */
export function CapacityLine({ values }: { values: GenerateFormValues }) {
  const { t, i18n } = useTranslation();
  const format = useOfficeFormat();
  const capacity = capacityOf(values);
  if (!capacity) return null;
  const { verdict, count, length } = capacity;
  const params = {
    length,
    charset: t(`vouchers.charsets.${values.charset}`),
    symbols: VOUCHER_CHARSETS[values.charset].length,
    space: formatCompact(verdict.space, i18n.resolvedLanguage ?? 'en'),
    available: format.count(verdict.available),
    count: format.count(count),
    suggested: verdict.suggestedLength,
  };
  return verdict.ok ? (
    <Alert severity="success" role="status" aria-label={t('vouchers.generate.capacityLabel')}>
      {t('vouchers.generate.capacityOk', params)}
    </Alert>
  ) : (
    <Alert severity="error" role="status" aria-label={t('vouchers.generate.capacityLabel')}>
      {t('vouchers.generate.capacityLow', params)}
    </Alert>
  );
}
