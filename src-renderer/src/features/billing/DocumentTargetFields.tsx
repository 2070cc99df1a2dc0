import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DocumentPaper } from '@shared/ipc/schemas/billing-documents';
import { usePrinters } from '../../api/voucherPrint';

export interface DocumentTarget {
  paper: DocumentPaper;
  kind: 'pdf' | 'printer';
  /** '' = the system default printer. */
  printer: string;
  copies: string;
}

/** Paper (A4 or an 80 mm roll) and where the document goes: a PDF download, or a printer with copies. */
export function DocumentTargetFields({ value, onChange, copiesInvalid }: { value: DocumentTarget; onChange: (value: DocumentTarget) => void; copiesInvalid: boolean }) {
  const { t } = useTranslation();
  const printers = usePrinters();
  const paperId = useId();
  const targetId = useId();
  const canPrint = printers.data !== undefined && printers.data.spooler !== 'none';
  return (
    <Stack spacing={1.5}>
      <FormControl>
        <FormLabel id={paperId}>{t('billingDocuments.print.paper')}</FormLabel>
        <RadioGroup row aria-labelledby={paperId} value={value.paper} onChange={(event) => onChange({ ...value, paper: event.target.value === '80mm' ? '80mm' : 'a4' })}>
          <FormControlLabel value="a4" control={<Radio />} label={t('billingDocuments.print.paperA4')} />
          <FormControlLabel value="80mm" control={<Radio />} label={t('billingDocuments.print.paper80mm')} />
        </RadioGroup>
      </FormControl>
      <FormControl>
        <FormLabel id={targetId}>{t('billingDocuments.print.target')}</FormLabel>
        <RadioGroup row aria-labelledby={targetId} value={value.kind} onChange={(event) => onChange({ ...value, kind: event.target.value === 'printer' ? 'printer' : 'pdf' })}>
          <FormControlLabel value="pdf" control={<Radio />} label={t('billingDocuments.print.targetPdf')} />
          <FormControlLabel value="printer" control={<Radio />} label={t('billingDocuments.print.targetPrinter')} disabled={!canPrint} />
        </RadioGroup>
      </FormControl>
      {value.kind === 'printer' && printers.data && (
        <Stack direction="row" spacing={1}>
          <TextField select size="small" label={t('billingDocuments.print.printer')} value={value.printer} onChange={(event) => onChange({ ...value, printer: event.target.value })} sx={{ minWidth: 220 }}>
            <MenuItem value="">{t('billingDocuments.print.defaultPrinter')}</MenuItem>
            {printers.data.printers.map((printer) => (
              <MenuItem key={printer.name} value={printer.name}>
                {printer.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={t('billingDocuments.print.copies')}
            value={value.copies}
            onChange={(event) => onChange({ ...value, copies: event.target.value })}
            error={copiesInvalid}
            helperText={copiesInvalid ? t('billingDocuments.print.invalidCopies') : undefined}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 120 }}
          />
        </Stack>
      )}
    </Stack>
  );
}
