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
import { downloadPdf, printPdf } from './files';

export interface ReceiptCopy {
  number: string;
  fileName: string;
  pdfBase64: string;
  /** Where the core kept the copy (the data folder's receipts/). */
  file: string;
}

/** A reprinted receipt (marked "COPY", saved and audited by the core): print it or download it. */
export function ReprintDialog({ copy, onClose }: { copy: ReceiptCopy; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t('till.receipt.copyTitle', { number: copy.number })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ wordBreak: 'break-all' }}>{t('till.receipt.saved', { file: copy.file })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button startIcon={<DownloadIcon />} onClick={() => downloadPdf(copy.fileName.replace(/\.pdf$/, '-copy.pdf'), copy.pdfBase64)}>
          {t('till.receipt.downloadCopy')}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => printPdf(copy.pdfBase64)} autoFocus>
          {t('till.receipt.printCopy')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
