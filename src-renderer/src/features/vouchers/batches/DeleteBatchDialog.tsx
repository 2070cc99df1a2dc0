import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../api/errors';
import { useDeleteBatch } from '../../../api/vouchers';
import { ConfirmDialog } from '../../../shell/ConfirmDialog';
import { navigate } from '../../../shell/router';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { useNotify } from '../../../shell/useNotify';
import { BATCHES_PATH } from '../paths';

interface DeleteBatchDialogProps {
  batchId: string;
  title: string;
  /** Vouchers that will leave the router (everything not yet removed). */
  affected: number;
  onClose: () => void;
}

/** Deleting names what goes; main sends `confirm: true` only from here, and refuses when a voucher was sold meanwhile. */
export function DeleteBatchDialog({ batchId, title, affected, onClose }: DeleteBatchDialogProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const notify = useNotify();
  const remove = useDeleteBatch();
  const message = remove.error ? toApiError(remove.error).message : '';
  return (
    <ConfirmDialog
      title={t('vouchers.batches.deleteTitle', { formatted: format.count(affected), title })}
      body={t('vouchers.batches.deleteBody')}
      confirmLabel={t('vouchers.batches.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      errorMessages={{ CONFLICT: t('vouchers.batches.deleteRefused', { message }) }}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(batchId, {
          onSuccess: (result) => {
            notify(t('vouchers.batches.deleted', { formatted: format.count(result.removed) }));
            onClose();
            navigate(BATCHES_PATH);
          },
        })
      }
    />
  );
}
