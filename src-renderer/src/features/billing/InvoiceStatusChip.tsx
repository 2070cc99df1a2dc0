import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { InvoiceStatus } from '@shared/ipc/schemas/billing';

const COLOR: Record<InvoiceStatus, 'success' | 'warning' | 'error' | 'default' | 'info'> = {
  paid: 'success',
  partly_paid: 'info',
  unpaid: 'warning',
  overdue: 'error',
  void: 'default',
};

/** The status the statement derives for a debit (invoice or charge): paid, partly paid, unpaid, overdue, void. */
export function InvoiceStatusChip({ status, count }: { status: InvoiceStatus; count?: number }) {
  const { t } = useTranslation();
  const label = count === undefined ? t(`billing.invoiceStatus.${status}`) : t('billing.invoiceStatusCount', { status: t(`billing.invoiceStatus.${status}`), count });
  return <Chip size="small" color={COLOR[status]} variant={status === 'void' ? 'outlined' : 'filled'} label={label} />;
}
