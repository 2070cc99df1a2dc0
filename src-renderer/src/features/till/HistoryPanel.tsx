import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { HistoryItem, HistoryReceipt, Paper as PaperSize } from '@shared/ipc/schemas/till';
import { useReceiptHistory, useReprint } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import type { ReceiptPrinter } from './receiptPrinter';
import { ReprintDialog, type ReceiptCopy } from './ReprintDialog';
import { VoidDialog } from './VoidDialog';

interface ReceiptCardProps {
  receipt: HistoryReceipt;
  busy: boolean;
  onReprint: (receipt: HistoryReceipt) => void;
  onVoid: (item: HistoryItem) => void;
}

function ReceiptCard({ receipt, busy, onReprint, onVoid }: ReceiptCardProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const heading = t('till.history.heading', { kind: t(`till.history.kinds.${receipt.kind}`), number: receipt.number, time: format.instant(receipt.createdAt) });
  return (
    <Paper variant="outlined" component="li" aria-label={heading} sx={{ p: 1.5, listStyle: 'none' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h3" component="h3" sx={{ flexGrow: 1, fontSize: '1rem' }}>
          {heading}
        </Typography>
        <Typography sx={{ fontWeight: 600 }}>{format.money(receipt.totalMinor)}</Typography>
        <Button size="small" disabled={busy} onClick={() => onReprint(receipt)}>
          {t('till.history.reprint', { number: receipt.number })}
        </Button>
      </Stack>
      {receipt.customerName && <Typography variant="body2">{t('till.history.customer', { name: receipt.customerName })}</Typography>}
      <Stack component="ul" spacing={0.5} sx={{ p: 0, m: 0, mt: 1, listStyle: 'none' }}>
        {receipt.items.map((item) => (
          <Stack component="li" key={item.entryId} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" sx={{ flexGrow: 1 }}>
              {item.description}
            </Typography>
            <Typography variant="body2">{format.money(item.amountMinor)}</Typography>
            {item.voidedByEntryId !== null && <Chip size="small" label={t('till.history.voided')} />}
            {item.kind !== 'void' && item.voidedByEntryId === null && (
              <Button size="small" color="error" onClick={() => onVoid(item)}>
                {t('till.history.void', { item: item.description })}
              </Button>
            )}
          </Stack>
        ))}
        {receipt.money.map((money, index) => (
          <Typography component="li" key={`${money.kind}-${money.method}-${index}`} variant="body2" color="text.secondary">
            {t(`till.methods.${money.method}`)}
            {money.reference ? ` (${money.reference})` : ''}: {format.money(money.amountMinor)}
          </Typography>
        ))}
        {receipt.note !== '' && (
          <Typography component="li" variant="body2" color="text.secondary">
            {receipt.note}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}

/** The shift's receipts, newest first: reprint any of them; void a sold voucher or a payment. */
export function HistoryPanel({ shiftId, paper, printer }: { shiftId: string; paper: PaperSize; printer: ReceiptPrinter }) {
  const { t } = useTranslation();
  const history = useReceiptHistory(shiftId);
  const reprint = useReprint();
  const [voiding, setVoiding] = useState<HistoryItem | null>(null);
  const [copy, setCopy] = useState<ReceiptCopy | null>(null);

  const onReprint = (receipt: HistoryReceipt) =>
    reprint.mutate(
      { receiptId: receipt.id, paper },
      { onSuccess: (doc) => setCopy({ receiptId: receipt.id, number: receipt.number, fileName: doc.fileName, pdfBase64: doc.pdfBase64, file: doc.file }) },
    );

  return (
    <Stack spacing={1} component="section" aria-label={t('till.history.label')}>
      <ErrorAlert error={history.error ?? reprint.error} />
      {history.isPending && <CircularProgress size={24} aria-label={t('app.loading')} />}
      {history.data?.length === 0 && <Typography color="text.secondary">{t('till.history.empty')}</Typography>}
      <Stack component="ul" spacing={1} sx={{ p: 0, m: 0 }}>
        {history.data?.map((receipt) => (
          <ReceiptCard key={receipt.id} receipt={receipt} busy={reprint.isPending} onReprint={onReprint} onVoid={setVoiding} />
        ))}
      </Stack>
      {voiding && <VoidDialog item={voiding} onClose={() => setVoiding(null)} />}
      {copy && <ReprintDialog copy={copy} paper={paper} printer={printer} onClose={() => setCopy(null)} />}
    </Stack>
  );
}
