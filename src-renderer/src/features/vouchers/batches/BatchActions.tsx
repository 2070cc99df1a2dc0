import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import DeleteIcon from '@mui/icons-material/Delete';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { useExportBatchCsv, usePushBatch, useSetBatchDisabled } from '../../../api/vouchers';
import { ConfirmDialog } from '../../../shell/ConfirmDialog';
import { canCall } from '../../../shell/permissions';
import { useOfficeFormat, useSession } from '../../../shell/SessionContext';
import { useNotify } from '../../../shell/useNotify';
import { RouterErrorAlert } from '../../routers/RouterErrorAlert';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { PrintDialog } from '../print/PrintDialog';
import { DeleteBatchDialog } from './DeleteBatchDialog';
import { downloadText } from '../../../shell/download';
import { PushResult } from './PushResult';
import { SOLD_STATUSES } from './status';
import type { BatchDetail } from './batchDetail';

type OpenDialog = 'delete' | 'disable' | 'print' | null;

/** The batch's buttons, each shown only to roles that may call it; results and errors show under them. */
export function BatchActions({ detail, title }: { detail: BatchDetail; title: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const format = useOfficeFormat();
  const notify = useNotify();
  const push = usePushBatch();
  const setDisabled = useSetBatchDisabled();
  const exportCsv = useExportBatchCsv();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { batch, counts, usage } = detail;
  const sold = SOLD_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const live = batch.voucherCount - counts.removed;
  const may = (name: Parameters<typeof canCall>[1]) => canCall(role, name);

  const toggle = (disabled: boolean) =>
    setDisabled.mutate(
      { id: batch.id, disabled },
      {
        onSuccess: (result) => {
          notify(t(disabled ? 'vouchers.batches.disabledDone' : 'vouchers.batches.enabledDone', { formatted: format.count(result.changed) }));
          setDialog(null);
        },
      },
    );

  const download = () =>
    exportCsv.mutate(batch.id, {
      onSuccess: (file) => {
        downloadText(file.fileName, file.csv, 'text/csv;charset=utf-8');
        notify(t('vouchers.batches.exported', { formatted: format.count(file.rows), file: file.fileName }));
      },
    });

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {may('vouchers.batches.push') && (
          <Button variant="contained" startIcon={<CloudUploadIcon />} onClick={() => push.mutate(batch.id)} disabled={push.isPending}>
            {push.isPending ? t('vouchers.batches.pushing') : t('vouchers.batches.push')}
          </Button>
        )}
        {may('vouchers.batches.setDisabled') &&
          (usage.disabled > 0 ? (
            <Button startIcon={<CheckCircleIcon />} onClick={() => toggle(false)} disabled={setDisabled.isPending}>
              {t('vouchers.batches.enable')}
            </Button>
          ) : (
            <Button startIcon={<BlockIcon />} onClick={() => setDialog('disable')} disabled={setDisabled.isPending || live === 0}>
              {t('vouchers.batches.disable')}
            </Button>
          ))}
        {may('vouchers.print.run') && (
          <Button startIcon={<PrintIcon />} onClick={() => setDialog('print')}>
            {t('vouchers.batches.print')}
          </Button>
        )}
        {may('vouchers.batches.exportCsv') && (
          <Button startIcon={<DownloadIcon />} onClick={download} disabled={exportCsv.isPending}>
            {t('vouchers.batches.exportCsv')}
          </Button>
        )}
        {may('vouchers.batches.delete') && (
          <Tooltip title={sold > 0 ? t('vouchers.batches.deleteBlocked', { formatted: format.count(sold) }) : ''}>
            {/* A span keeps the tooltip working on the disabled button. */}
            <span>
              <Button color="error" startIcon={<DeleteIcon />} onClick={() => setDialog('delete')} disabled={sold > 0}>
                {t('vouchers.batches.delete')}
              </Button>
            </span>
          </Tooltip>
        )}
      </Stack>
      {push.data && <PushResult result={push.data} />}
      <RouterErrorAlert error={push.error} />
      <ErrorAlert error={exportCsv.error} />
      {dialog !== 'disable' && <ErrorAlert error={setDisabled.error} />}
      {dialog === 'disable' && (
        <ConfirmDialog
          title={t('vouchers.batches.disableTitle', { title })}
          body={t('vouchers.batches.disableBody')}
          confirmLabel={t('vouchers.batches.disable')}
          pending={setDisabled.isPending}
          error={setDisabled.error}
          onClose={() => setDialog(null)}
          onConfirm={() => toggle(true)}
        />
      )}
      {dialog === 'delete' && <DeleteBatchDialog batchId={batch.id} title={title} affected={live} onClose={() => setDialog(null)} />}
      {dialog === 'print' && <PrintDialog batch={batch} counts={counts} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
