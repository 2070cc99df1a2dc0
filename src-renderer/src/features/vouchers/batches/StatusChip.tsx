import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { VoucherStatus } from '../../../api/vouchers';
import { STATUS_COLOURS } from './status';

export function StatusChip({ status }: { status: VoucherStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={STATUS_COLOURS[status]} label={t(`vouchers.statuses.${status}`)} />;
}
