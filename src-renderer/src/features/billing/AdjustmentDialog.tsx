import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { adjustmentCreateInput } from '@shared/ipc/schemas/billing';
import { useCreateAdjustment } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { decimalSeparator, textToMinor } from './moneyText';

type Direction = 'charge' | 'credit';

interface AdjustmentDialogProps {
  customerId: string;
  customerName: string;
  onClose: () => void;
}

/** A signed correction with a mandatory memo: a charge raises what the customer owes, a credit lowers it. */
export function AdjustmentDialog({ customerId, customerName, onClose }: AdjustmentDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const office = useOffice();
  const format = useOfficeFormat();
  const titleId = useId();
  const directionId = useId();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const create = useCreateAdjustment(customerId);
  const [direction, setDirection] = useState<Direction>('charge');
  const [amount, setAmount] = useState('');
  const [memo, setMemo] = useState('');
  const [invalid, setInvalid] = useState<ReadonlySet<'amount' | 'memo'>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const minor = textToMinor(amount, office.currency, separator);
    // A minus typed into the amount is refused: the direction says which way it goes.
    const signed = minor < 0 ? Number.NaN : direction === 'charge' ? minor : -minor;
    const parsed = adjustmentCreateInput.safeParse({ customerId, amountMinor: signed, memo });
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((issue) => (issue.path[0] === 'memo' ? 'memo' : 'amount'))));
      return;
    }
    setInvalid(new Set());
    create.mutate(parsed.data, {
      onSuccess: ({ entry }) => {
        notify(t(`billing.adjustment.done.${direction}`, { amount: format.money(Math.abs(entry.amountMinor)) }));
        onClose();
      },
    });
  };

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('billing.adjustment.title', { name: customerName })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack>
              <FormLabel id={directionId}>{t('billing.adjustment.direction')}</FormLabel>
              <RadioGroup row aria-labelledby={directionId} value={direction} onChange={(event) => setDirection(event.target.value as Direction)}>
                <FormControlLabel value="charge" control={<Radio />} label={t('billing.adjustment.charge')} />
                <FormControlLabel value="credit" control={<Radio />} label={t('billing.adjustment.credit')} />
              </RadioGroup>
            </Stack>
            <TextField
              label={t('billing.adjustment.amount', { currency: office.currency.code })}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              error={invalid.has('amount')}
              helperText={invalid.has('amount') ? t('billing.invalidAmount') : undefined}
              autoComplete="off"
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <TextField
              label={t('billing.adjustment.memo')}
              value={memo}
              onChange={(event) => setMemo(event.target.value)}
              error={invalid.has('memo')}
              helperText={invalid.has('memo') ? t('billing.documents.invalidMemo') : undefined}
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            <ErrorAlert error={create.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {t('billing.adjustment.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
