import type { SyncStatusOutput } from '@shared/ipc/schemas/sync';

/** Chip colours per runner state: green up to date, amber busy/stopped, red failing or outdated. */
export const STATE_COLORS: Record<SyncStatusOutput['state'], 'default' | 'success' | 'info' | 'warning' | 'error'> = {
  off: 'default',
  stopped: 'warning',
  idle: 'success',
  syncing: 'info',
  error: 'error',
  'update-required': 'error',
};
