import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { formatDuration } from '../units';
import { VOUCHER_STATUSES } from './status';
import type { BatchDetail } from './batchDetail';

/** Label/value pairs as a definition list: screen readers read "Sold: 12". */
function Figures({ label, items }: { label: string; items: readonly { term: string; value: string }[] }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={label}>
      <Typography variant="h2" sx={{ fontSize: 16, mb: 1 }}>
        {label}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 1, m: 0 }}>
        {items.map((item) => (
          <Box key={item.term}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {item.term}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
              {item.value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

/** The batch's lifecycle counts and its usage as last read from the router. */
export function BatchSummary({ detail }: { detail: BatchDetail }) {
  const { t, i18n } = useTranslation();
  const format = useOfficeFormat();
  const { counts, usage, batch } = detail;
  const lifecycle = [
    { term: t('vouchers.batches.count'), value: format.count(batch.voucherCount) },
    ...VOUCHER_STATUSES.map((status) => ({ term: t(`vouchers.statuses.${status}`), value: format.count(counts[status]) })),
  ];
  const used = [
    { term: t('vouchers.usage.firstLogins'), value: format.count(usage.firstLogins) },
    { term: t('vouchers.usage.uptime'), value: formatDuration(usage.uptimeMs, i18n.resolvedLanguage ?? 'en') },
    { term: t('vouchers.usage.bytesIn'), value: format.bytes(usage.bytesIn) },
    { term: t('vouchers.usage.bytesOut'), value: format.bytes(usage.bytesOut) },
    { term: t('vouchers.usage.disabled'), value: format.count(usage.disabled) },
    { term: t('vouchers.usage.printed'), value: format.count(usage.printed) },
    { term: t('vouchers.usage.lastRead'), value: usage.lastReadAt === null ? t('common.never') : format.instant(usage.lastReadAt) },
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
      <Figures label={t('vouchers.batches.lifecycle')} items={lifecycle} />
      <Figures label={t('vouchers.usage.title')} items={used} />
    </Box>
  );
}
