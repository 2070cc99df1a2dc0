import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { paymentMethodSchema, paymentRecordInput } from '@shared/ipc/schemas/billing';
import { useRecordPayment } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { decimalSeparator, minorToText, textToMinor } from './moneyText';

type Method = (typeof paymentMethodSchema.options)[number];
type Field = 'amount' | 'reference' | 'memo';

interface RecordPaymentDialogProps {
  customerId: string;
  customerName: string;
  /** What the customer owes now: offered as the amount (the cashier can type another). */
  balanceMinor: number;
  onClose: () => void;
}

/** A payment in major units, sent as integer minor units; mobile money and transfers need their reference. */
export function RecordPaymentDialog({ customerId, customerName, balanceMinor, onClose }: RecordPaymentDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const office = useOffice();
  const format = useOfficeFormat();
  const titleId = useId();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const record = useRecordPayment(customerId);
  const [amount, setAmount] = useState(balanceMinor > 0 ? minorToText(balanceMinor, office.currency, separator) : '');
  const [method, setMethod] = useState<Method>('cash');
  const [reference, setReference] = useState('');
  const [memo, setMemo] = useState('');
  const [invalid, setInvalid] = useState<ReadonlySet<Field>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const parsed = paymentRecordInput.safeParse({
      customerId,
      amountMinor: textToMinor(amount, office.currency, separator),
      method,
      reference: reference.trim() === '' ? undefined : reference.trim(),
      memo,
    });
    if (!parsed.success) {
      const fields = new Set<Field>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        fields.add(key === 'reference' ? 'reference' : key === 'memo' ? 'memo' : 'amount');
      }
      setInvalid(fields);
      return;
    }
    setInvalid(new Set());
    record.mutate(parsed.data, {
      onSuccess: ({ entry }) => {
        notify(t('billing.payment.done', { amount: format.money(-entry.amountMinor), name: customerName }));
        onClose();
      },
    });
  };

  return (
    <Dialog open onClose={record.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('billing.payment.title', { name: customerName })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t('billing.payment.amount', { currency: office.currency.code })}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              error={invalid.has('amount')}
              helperText={invalid.has('amount') ? t('billing.invalidAmount') : t('billing.payment.amountHelp')}
              autoComplete="off"
              autoFocus
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <TextField select label={t('billing.payment.method')} value={method} onChange={(event) => setMethod(event.target.value as Method)}>
              {paymentMethodSchema.options.map((option) => (
                <MenuItem key={option} value={option}>
                  {t(`billing.methods.${option}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('billing.payment.reference')}
              value={reference}
              onChange={(event) => setReference(event.target.value)}
              error={invalid.has('reference')}
              helperText={invalid.has('reference') ? t('billing.payment.referenceRequired') : t('billing.payment.referenceHelp')}
              autoComplete="off"
              // aria-required rather than `required`: the visible label stays "Reference" for every method.
              slotProps={{ htmlInput: { maxLength: 80, 'aria-required': method !== 'cash' } }}
            />
            <TextField
              label={t('billing.payment.memo')}
              value={memo}
              onChange={(event) => setMemo(event.target.value)}
              error={invalid.has('memo')}
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            <ErrorAlert error={record.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={record.isPending}>
            {t('billing.payment.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
