/** Addresses of the voucher pages (hash routes). */
export const PLANS_PATH = '/vouchers/plans';
export const BATCHES_PATH = '/vouchers/batches';
export const BATCH_DETAIL_PATTERN = '/vouchers/batches/:id';
export const batchPath = (id: string): string => `/vouchers/batches/${encodeURIComponent(id)}`;
