import { useTranslation } from 'react-i18next';
import { IMPORT_FAILURE_REASONS, type ImportFailureReason } from '@shared/ipc/schemas/customer-import';
import { isApiError } from '../../../api/errors';
import { ErrorAlert } from '../../../shell/ErrorAlert';

function failureOf(error: unknown): { reason: ImportFailureReason; badRows: number } | null {
  if (!isApiError(error, 'VALIDATION')) return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('reason' in details)) return null;
  const reason = (IMPORT_FAILURE_REASONS as readonly unknown[]).includes(details.reason) ? (details.reason as ImportFailureReason) : null;
  if (reason === null) return null;
  const badRows = 'badRows' in details && typeof details.badRows === 'number' ? details.badRows : 0;
  return { reason, badRows };
}

/** A refused preview or import, explained for its reason (bad rows, not UTF-8, no name column…). */
export function ImportErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const failure = failureOf(error);
  const messages = failure ? { VALIDATION: t(`customerImport.failed.${failure.reason}`, { count: failure.badRows }) } : undefined;
  return <ErrorAlert error={error} {...(messages ? { messages } : {})} />;
}
