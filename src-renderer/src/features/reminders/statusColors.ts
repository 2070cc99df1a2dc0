import type { OutboxStatus } from '@shared/ipc/schemas/reminders';

/** Chip colours of the outbox statuses (the same in the grid and the filter counts). */
export const STATUS_COLORS: Record<OutboxStatus, 'info' | 'success' | 'error' | 'default'> = {
  queued: 'info',
  sent: 'success',
  failed: 'error',
  cancelled: 'default',
};
