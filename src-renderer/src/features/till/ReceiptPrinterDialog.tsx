import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { usePrinters } from '../../api/voucherPrint';
import { RECEIPT_PRINTER_KINDS, type ReceiptPrinter } from './receiptPrinter';

interface ReceiptPrinterDialogProps {
  value: ReceiptPrinter;
  onSave: (value: ReceiptPrinter) => void;
  onClose: () => void;
}

function isKind(value: string): value is ReceiptPrinter['kind'] {
  return (RECEIPT_PRINTER_KINDS as readonly string[]).includes(value);
}

/** Where this computer prints receipts and Z-reports: chosen once, kept on this computer. */
export function ReceiptPrinterDialog({ value, onSave, onClose }: ReceiptPrinterDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const kindId = useId();
  const printers = usePrinters();
  const [draft, setDraft] = useState<ReceiptPrinter>(value);
  const [copies, setCopies] = useState(String(value.copies));
  const copiesValue = /^[1-9]$/.test(copies.trim()) ? Number(copies.trim()) : null;
  const missing = (draft.kind === 'escposDevice' && draft.device.trim() === '') || (draft.kind === 'escposQueue' && draft.queue.trim() === '');
  const save = () => {
    if (copiesValue === null || missing) return;
    onSave({ ...draft, copies: copiesValue });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('till.printer.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormControl>
            <FormLabel id={kindId}>{t('till.printer.kind')}</FormLabel>
            <RadioGroup aria-labelledby={kindId} value={draft.kind} onChange={(event) => isKind(event.target.value) && setDraft({ ...draft, kind: event.target.value })}>
              {RECEIPT_PRINTER_KINDS.map((kind) => (
                <FormControlLabel key={kind} value={kind} control={<Radio />} label={t(`till.printer.kinds.${kind}`)} />
              ))}
            </RadioGroup>
          </FormControl>
          {draft.kind === 'printer' && (
            <TextField select label={t('till.printer.printer')} value={draft.printer} onChange={(event) => setDraft({ ...draft, printer: event.target.value })} helperText={printers.data?.spooler === 'none' ? t('till.printer.noSpooler') : undefined}>
              <MenuItem value="">{t('till.printer.defaultPrinter')}</MenuItem>
              {(printers.data?.printers ?? []).map((printer) => (
                <MenuItem key={printer.name} value={printer.name}>
                  {printer.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          {draft.kind === 'escposDevice' && (
            <TextField label={t('till.printer.device')} value={draft.device} onChange={(event) => setDraft({ ...draft, device: event.target.value })} helperText={t('till.printer.deviceHelp')} error={missing} />
          )}
          {draft.kind === 'escposQueue' && (
            <TextField label={t('till.printer.queue')} value={draft.queue} onChange={(event) => setDraft({ ...draft, queue: event.target.value })} helperText={t('till.printer.queueHelp')} error={missing} />
          )}
          <TextField
            label={t('till.printer.copies')}
            value={copies}
            onChange={(event) => setCopies(event.target.value)}
            error={copiesValue === null}
            helperText={copiesValue === null ? t('till.printer.invalidCopies') : undefined}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 160 }}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={copiesValue === null || missing}>
          {t('common.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
