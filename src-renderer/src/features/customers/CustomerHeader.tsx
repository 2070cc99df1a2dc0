import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { InvoiceStatus, Statement } from '@shared/ipc/schemas/billing';
import type { Customer } from '@shared/ipc/schemas/customers';
import { useOfficeFormat } from '../../shell/SessionContext';
import { InvoiceStatusChip } from '../billing/InvoiceStatusChip';

const SHOWN: readonly InvoiceStatus[] = ['overdue', 'unpaid', 'partly_paid', 'paid'];

/** Account, contacts, status and the balance with how many invoices are overdue, unpaid, partly paid, paid. */
export function CustomerHeader({ customer, statement }: { customer: Customer; statement: Statement | undefined }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const counts = new Map<InvoiceStatus, number>();
  for (const entry of statement?.entries ?? []) {
    if (entry.kind === 'invoice' && entry.status) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  }
  const balance = statement?.balanceMinor ?? null;

  return (
    <Paper variant="outlined" component="section" aria-label={t('customers.detail.summary')} sx={{ p: 2 }}>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        <Stack spacing={0.5} sx={{ minWidth: 220 }}>
          <Typography variant="body2" color="text.secondary">
            {t('customers.detail.account')}
          </Typography>
          <Typography aria-label={t('customers.detail.account')}>{customer.accountNumber}</Typography>
          <Stack direction="row" spacing={1}>
            <Chip size="small" label={t(`customers.statuses.${customer.status}`)} color={customer.status === 'active' ? 'success' : 'default'} />
            {customer.tags.map((tag) => (
              <Chip key={tag} size="small" variant="outlined" label={tag} />
            ))}
          </Stack>
        </Stack>
        <Stack spacing={0.5} sx={{ minWidth: 220, flex: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('customers.detail.contacts')}
          </Typography>
          <Typography>{customer.phones.length > 0 ? customer.phones.join(', ') : t('customers.detail.noPhone')}</Typography>
          <Typography variant="body2">{customer.address}</Typography>
          {customer.gps && (
            <Typography variant="body2" color="text.secondary">
              {t('customers.detail.gps', { lat: customer.gps.lat, lng: customer.gps.lng })}
            </Typography>
          )}
        </Stack>
        <Stack spacing={0.5} sx={{ minWidth: 240 }} role="status" aria-label={t('customers.detail.balance')}>
          <Typography variant="body2" color="text.secondary">
            {balance !== null && balance < 0 ? t('customers.detail.credit') : t('customers.detail.balance')}
          </Typography>
          <Typography variant="h2" component="p" color={balance !== null && balance > 0 ? 'error.main' : 'text.primary'}>
            {balance === null ? '—' : format.money(Math.abs(balance))}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {SHOWN.filter((status) => (counts.get(status) ?? 0) > 0).map((status) => (
              <InvoiceStatusChip key={status} status={status} count={counts.get(status)} />
            ))}
          </Stack>
        </Stack>
      </Stack>
    </Paper>
  );
}
