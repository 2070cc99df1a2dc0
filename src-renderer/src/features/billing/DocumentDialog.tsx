import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useCreateCreditNote, useCreateInvoice } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { checkDocumentForm, type DocumentFormValues, type DocumentInvalid, type DocumentKind } from './documentForm';
import { EMPTY_LINE, LinesEditor } from './LinesEditor';
import { decimalSeparator } from './moneyText';

const NO_ERRORS: DocumentInvalid = { lines: new Map(), dueDate: false, memo: false };

interface DocumentDialogProps {
  kind: DocumentKind;
  customerId: string;
  customerName: string;
  onClose: () => void;
}

/** "Invoice now" (manual lines, optional due date) or a credit note (lines and a mandatory reason). */
export function DocumentDialog({ kind, customerId, customerName, onClose }: DocumentDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const office = useOffice();
  const format = useOfficeFormat();
  const titleId = useId();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const invoice = useCreateInvoice(customerId);
  const creditNote = useCreateCreditNote(customerId);
  const [values, setValues] = useState<DocumentFormValues>({ lines: [EMPTY_LINE], dueDate: '', memo: '' });
  const [invalid, setInvalid] = useState<DocumentInvalid>(NO_ERRORS);
  const busy = invoice.isPending || creditNote.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkDocumentForm(kind, customerId, values, office.currency, separator);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      return;
    }
    setInvalid(NO_ERRORS);
    const done = ({ entry }: { entry: { number: string | null; amountMinor: number } }) => {
      notify(t(`billing.documents.${kind}.done`, { number: entry.number ?? '', amount: format.money(Math.abs(entry.amountMinor)) }));
      onClose();
    };
    if (checked.kind === 'invoice') invoice.mutate(checked.input, { onSuccess: done });
    else creditNote.mutate(checked.input, { onSuccess: done });
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t(`billing.documents.${kind}.title`, { name: customerName })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <LinesEditor lines={values.lines} onChange={(lines) => setValues({ ...values, lines })} invalid={invalid.lines} />
            {kind === 'invoice' && (
              <TextField
                type="date"
                label={t('billing.documents.dueDate')}
                value={values.dueDate}
                onChange={(event) => setValues({ ...values, dueDate: event.target.value })}
                error={invalid.dueDate}
                helperText={t('billing.documents.dueDateHelp')}
                slotProps={{ inputLabel: { shrink: true } }}
                sx={{ maxWidth: 240 }}
              />
            )}
            <TextField
              label={kind === 'invoice' ? t('billing.documents.memo') : t('billing.documents.reason')}
              value={values.memo}
              onChange={(event) => setValues({ ...values, memo: event.target.value })}
              error={invalid.memo}
              helperText={invalid.memo ? t('billing.documents.invalidMemo') : undefined}
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            <ErrorAlert error={invoice.error ?? creditNote.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t(`billing.documents.${kind}.submit`)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
