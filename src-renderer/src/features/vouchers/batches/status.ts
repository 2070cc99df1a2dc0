import type { VoucherStatus } from '../../../api/vouchers';

/** The lifecycle in order: the columns of the batches list and the options of the status filter. */
export const VOUCHER_STATUSES: readonly VoucherStatus[] = ['generated', 'on_router', 'printed', 'sold', 'used', 'expired', 'removed'];

/** Statuses that belong to a customer: a batch holding any of them cannot be deleted. */
export const SOLD_STATUSES: readonly VoucherStatus[] = ['sold', 'used', 'expired'];

export const STATUS_COLOURS: Record<VoucherStatus, 'default' | 'info' | 'primary' | 'success' | 'warning' | 'error' | 'secondary'> = {
  generated: 'default',
  on_router: 'info',
  printed: 'primary',
  sold: 'success',
  used: 'secondary',
  expired: 'warning',
  removed: 'error',
};
