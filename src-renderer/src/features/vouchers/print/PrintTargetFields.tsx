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
import { usePrinters } from '../../../api/voucherPrint';

export interface PrintTarget {
  kind: 'pdf' | 'printer';
  /** '' = the system default printer. */
  printer: string;
  copies: string;
}

/** Save a PDF, or send to a printer (the spooler's list) with a number of copies. */
export function PrintTargetFields({ value, onChange }: { value: PrintTarget; onChange: (value: PrintTarget) => void }) {
  const { t } = useTranslation();
  const printers = usePrinters();
  const labelId = useId();
  const canPrint = printers.data !== undefined && printers.data.spooler !== 'none';
  return (
    <Stack spacing={1}>
      <FormControl>
        <FormLabel id={labelId}>{t('vouchers.print.target')}</FormLabel>
        <RadioGroup row aria-labelledby={labelId} value={value.kind} onChange={(event) => onChange({ ...value, kind: event.target.value === 'printer' ? 'printer' : 'pdf' })}>
          <FormControlLabel value="pdf" control={<Radio />} label={t('vouchers.print.targetPdf')} />
          <FormControlLabel value="printer" control={<Radio />} label={t('vouchers.print.targetPrinter')} disabled={!canPrint} />
        </RadioGroup>
      </FormControl>
      {value.kind === 'printer' && printers.data && (
        <Stack direction="row" spacing={1}>
          <TextField select size="small" label={t('vouchers.print.printer')} value={value.printer} onChange={(event) => onChange({ ...value, printer: event.target.value })} sx={{ minWidth: 220 }}>
            <MenuItem value="">{t('vouchers.print.defaultPrinter')}</MenuItem>
            {printers.data.printers.map((printer) => (
              <MenuItem key={printer.name} value={printer.name}>
                {printer.isDefault ? t('vouchers.print.printerDefault', { name: printer.name }) : printer.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={t('vouchers.print.copies')}
            value={value.copies}
            onChange={(event) => onChange({ ...value, copies: event.target.value })}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 100 }}
          />
        </Stack>
      )}
    </Stack>
  );
}
