import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import { useOfficeFormat } from '../../../shell/SessionContext';

type PushOutput = ProcedureOutput<Contract['vouchers.batches.push']>;

/** What a push did: all on the router, some failed (the router's words), or deferred until the router answers. */
export function PushResult({ result }: { result: PushOutput }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const counts = { onRouter: format.count(result.onRouter), failed: format.count(result.failed) };
  if (result.deferred) {
    return <Alert severity="warning" role="status">{t('vouchers.batches.pushDeferred', { message: result.message ?? '' })}</Alert>;
  }
  return (
    <Alert severity={result.failed > 0 ? 'warning' : 'success'} role="status">
      {result.failed > 0 ? t('vouchers.batches.pushPartial', { ...counts, message: result.message ?? '' }) : t('vouchers.batches.pushDone', counts)}
    </Alert>
  );
}
