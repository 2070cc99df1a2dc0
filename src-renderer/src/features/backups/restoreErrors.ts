import type { TFunction } from 'i18next';
import { toApiError } from '../../api/errors';

/** The restore's typed refusals (wrong password, newer schema, damaged file) in the operator's words. */
export function restoreErrorText(error: unknown, t: TFunction): string | undefined {
  if (!error) return undefined;
  const details = toApiError(error).details as { reason?: unknown } | undefined;
  switch (details?.reason) {
    case 'wrong-password':
      return t('backups.restore.wrongPassword');
    case 'backup-newer-schema':
      return t('backups.restore.refusedNewer');
    case 'backup-failed-verification':
      return t('backups.restore.refusedDamaged');
    default:
      return undefined;
  }
}
