import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import type { Paper } from '@shared/ipc/schemas/till';
import { useReceiptPrint } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { downloadPdf } from '../../shell/download';
import { paperFor, printTarget, type ReceiptPrinter } from './receiptPrinter';

export interface ReceiptCopy {
  receiptId: string;
  number: string;
  fileName: string;
  pdfBase64: string;
  /** Where the core kept the copy (the data folder's receipts/). */
  file: string;
}

interface ReprintDialogProps {
  copy: ReceiptCopy;
  paper: Paper;
  printer: ReceiptPrinter;
  onClose: () => void;
}

/** A reprinted receipt (marked "COPY", saved and audited by the core): print it on this computer's receipt printer or download it. */
export function ReprintDialog({ copy, paper, printer, onClose }: ReprintDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const print = useReceiptPrint();
  const onPrint = () => print.mutate({ receiptId: copy.receiptId, paper: paperFor(printer, paper), copy: true, target: printTarget(printer) }, { onSuccess: onClose });
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('till.receipt.copyTitle', { number: copy.number })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ wordBreak: 'break-all' }}>{t('till.receipt.saved', { file: copy.file })}</DialogContentText>
        <ErrorAlert error={print.error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button startIcon={<DownloadIcon />} onClick={() => downloadPdf(copy.fileName.replace(/\.pdf$/, '-copy.pdf'), copy.pdfBase64)}>
          {t('till.receipt.downloadCopy')}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={onPrint} disabled={print.isPending} autoFocus>
          {t('till.receipt.printCopy')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
