import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { paperSchema, type Paper as PaperSize } from '@shared/ipc/schemas/till';
import { receiptNumber } from '@shared/domain/receipt-number';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import type { LastReceipt } from './lastReceipt';
import { PAPERS } from './paper';
import { describePrinter, type ReceiptPrinter } from './receiptPrinter';
import { ReceiptPrinterDialog } from './ReceiptPrinterDialog';

interface ReceiptPanelProps {
  receipt: LastReceipt | null;
  paper: PaperSize;
  onPaper: (paper: PaperSize) => void;
  onOutput: (receiptId: string, how: 'print' | 'download') => void;
  pending: boolean;
  error: unknown;
  /** This computer's receipt printer, and where the last print went. */
  printer: ReceiptPrinter;
  onPrinter: (printer: ReceiptPrinter) => void;
  sent: { receiptId: string; destination: string } | null;
}

function Line({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between' }} role="status" aria-label={label}>
      <Typography variant={strong ? 'h3' : 'body2'} component="span">
        {label}
      </Typography>
      <Typography variant={strong ? 'h3' : 'body2'} component="span">
        {value}
      </Typography>
    </Stack>
  );
}

/** The receipt of the last sale or payment: change to hand back, codes sold, print and download. */
export function ReceiptPanel({ receipt, paper, onPaper, onOutput, pending, error, printer, onPrinter, sent }: ReceiptPanelProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const [choosing, setChoosing] = useState(false);
  const printerName = describePrinter(printer) || t('till.printer.defaultPrinter');
  return (
    <Paper variant="outlined" component="section" aria-label={t('till.receipt.label')} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="h2" component="h2">
          {receipt ? t('till.receipt.title', { number: receiptNumber(receipt.receiptId) }) : t('till.receipt.label')}
        </Typography>
        {receipt && (
          <>
            {receipt.customerName && <Typography>{receipt.customerName}</Typography>}
            <Line label={t('till.receipt.total')} value={format.money(receipt.totalMinor)} />
            <Line label={t('till.receipt.tendered')} value={format.money(receipt.tenderedMinor)} />
            {receipt.kind === 'sale' && <Line label={t('till.receipt.change')} value={format.money(receipt.changeMinor)} strong />}
            {receipt.balanceMinor !== null && <Line label={t('till.receipt.balance')} value={format.money(receipt.balanceMinor)} />}
            {receipt.vouchers.length > 0 && (
              <>
                <Divider />
                <Stack component="ul" spacing={0.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
                  {receipt.vouchers.map((voucher) => (
                    <Typography component="li" key={voucher.code} sx={{ fontFamily: 'monospace' }}>
                      {voucher.planName}: <strong>{voucher.code}</strong>
                      {voucher.password !== voucher.code ? ` (${t('till.receipt.password', { password: voucher.password })})` : ''}
                    </Typography>
                  ))}
                </Stack>
              </>
            )}
            {receipt.reactivated.map((username) => (
              <Alert key={username} severity="info">
                {t('till.receipt.reactivated', { username })}
              </Alert>
            ))}
            <Divider />
            <TextField
              select
              size="small"
              label={t('till.receipt.paper')}
              value={paper}
              onChange={(event) => {
                const parsed = paperSchema.safeParse(event.target.value);
                if (parsed.success) onPaper(parsed.data);
              }}
            >
              {PAPERS.map((option) => (
                <MenuItem key={option} value={option}>
                  {t(`till.receipt.papers.${option}`)}
                </MenuItem>
              ))}
            </TextField>
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button variant="contained" startIcon={<PrintIcon />} disabled={pending} onClick={() => onOutput(receipt.receiptId, 'print')}>
                {t('till.receipt.print')}
              </Button>
              <Button startIcon={<DownloadIcon />} disabled={pending} onClick={() => onOutput(receipt.receiptId, 'download')}>
                {t('till.receipt.download')}
              </Button>
            </Stack>
            <ErrorAlert error={error} />
            {sent?.receiptId === receipt.receiptId && !pending && !error && (
              <Alert severity="success">{t('till.printer.sent', { destination: sent.destination === 'default' ? t('till.printer.defaultPrinter') : sent.destination })}</Alert>
            )}
          </>
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            {t('till.printer.current', { kind: t(`till.printer.kinds.${printer.kind}`), name: printerName })}
          </Typography>
          <Button size="small" onClick={() => setChoosing(true)}>
            {t('till.printer.change')}
          </Button>
        </Stack>
        {choosing && <ReceiptPrinterDialog value={printer} onSave={onPrinter} onClose={() => setChoosing(false)} />}
      </Stack>
    </Paper>
  );
}
