import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { TenderInput, TillMethodName } from '@shared/ipc/schemas/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { decimalSeparator, minorToText } from './money';
import { METHODS, parseTenders, saleFigures, type NonCash, type TenderField, type TenderTexts } from './tenders';

interface PaymentDialogProps {
  /** A sale gives change from cash; a customer payment takes what is typed (no change). */
  mode: 'sale' | 'collect';
  title: string;
  /** Sale: the cart total. Collect: the amount offered (what the customer owes). */
  amountMinor: number;
  pending: boolean;
  error: unknown;
  onSubmit: (payments: TenderInput[], memo: string) => void;
  onClose: () => void;
}

function Figure({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between' }} role="status" aria-label={label}>
      <Typography variant={strong ? 'h3' : 'body1'} component="span">
        {label}
      </Typography>
      <Typography variant={strong ? 'h3' : 'body1'} component="span">
        {value}
      </Typography>
    </Stack>
  );
}

/**
 * Money in, per method. Cash starts at the amount due and is selected, so the common case is Enter
 * (exact cash) or typing what the customer handed over, then Enter. Split payments: type the mobile
 * money or transfer part with its reference; cash follows with the rest until it is typed by hand.
 */
export function PaymentDialog({ mode, title, amountMinor, pending, error, onSubmit, onClose }: PaymentDialogProps) {
  const { t } = useTranslation();
  const office = useOffice();
  const format = useOfficeFormat();
  const titleId = useId();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const initialCash = amountMinor > 0 ? minorToText(amountMinor, office.currency, separator) : '';
  const [texts, setTexts] = useState<TenderTexts>({
    amounts: { cash: initialCash, mobile_money: '', bank_transfer: '' },
    references: { mobile_money: '', bank_transfer: '' },
  });
  const [cashTouched, setCashTouched] = useState(false);
  const [memo, setMemo] = useState('');
  const [invalid, setInvalid] = useState<ReadonlySet<TenderField>>(new Set());
  const parsed = parseTenders(texts, office.currency, separator);
  const figures = saleFigures(amountMinor, parsed);

  const setAmount = (method: TillMethodName, value: string) => {
    setTexts((current) => {
      const amounts = { ...current.amounts, [method]: value };
      // Until the cashier types the cash amount, cash is whatever the other methods leave to pay.
      if (method !== 'cash' && !cashTouched && mode === 'sale') {
        const others = parseTenders({ ...current, amounts: { ...amounts, cash: '' } }, office.currency, separator).nonCashMinor;
        amounts.cash = minorToText(Math.max(0, amountMinor - others), office.currency, separator);
      }
      return { ...current, amounts };
    });
    if (method === 'cash') setCashTouched(true);
  };
  const setReference = (method: NonCash, value: string) => setTexts((current) => ({ ...current, references: { ...current.references, [method]: value } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const fields = new Set(parsed.invalid);
    if (mode === 'sale' && (figures.dueMinor > 0 || figures.overpaidNonCash)) fields.add('cash');
    if (mode === 'collect' && parsed.payments.length === 0) fields.add('cash');
    setInvalid(fields);
    if (fields.size > 0) return;
    // A free sale still records how it was settled: cash 0.
    const payments = parsed.payments.length > 0 ? parsed.payments : [{ method: 'cash' as const, amountMinor: 0 }];
    onSubmit(payments, memo.trim());
  };

  const amountLabel = (method: TillMethodName) =>
    mode === 'sale' ? t(`till.pay.amount.${method}`, { currency: office.currency.code }) : t(`till.pay.collectAmount.${method}`, { currency: office.currency.code });
  const amountHelp = (method: TillMethodName): string | undefined => {
    if (!invalid.has(method)) return undefined;
    if (method === 'cash' && figures.overpaidNonCash) return t('till.pay.changeOnlyCash');
    if (method === 'cash' && mode === 'sale' && figures.dueMinor > 0) return `${t('till.pay.short')}: ${format.money(figures.dueMinor)}`;
    return t('till.invalidAmount');
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth disableRestoreFocus>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {METHODS.map((method) => (
              <Stack key={method} direction="row" spacing={1}>
                <TextField
                  label={amountLabel(method)}
                  value={texts.amounts[method]}
                  onChange={(event) => setAmount(method, event.target.value)}
                  error={invalid.has(method)}
                  helperText={amountHelp(method)}
                  autoComplete="off"
                  autoFocus={method === 'cash'}
                  onFocus={(event) => event.target.select()}
                  slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                  sx={{ flex: 1 }}
                />
                {method !== 'cash' && (
                  <TextField
                    label={t(`till.pay.reference.${method}`)}
                    value={texts.references[method]}
                    onChange={(event) => setReference(method, event.target.value)}
                    error={invalid.has(`${method}.reference`)}
                    helperText={invalid.has(`${method}.reference`) ? t('till.pay.referenceRequired') : undefined}
                    autoComplete="off"
                    slotProps={{ htmlInput: { maxLength: 80 } }}
                    sx={{ flex: 1 }}
                  />
                )}
              </Stack>
            ))}
            {mode === 'collect' && (
              <TextField label={t('till.pay.memo')} value={memo} onChange={(event) => setMemo(event.target.value)} autoComplete="off" slotProps={{ htmlInput: { maxLength: 500 } }} />
            )}
            {mode === 'sale' ? (
              <Stack spacing={0.5}>
                <Figure label={t('till.pay.total')} value={format.money(amountMinor)} />
                <Figure label={t('till.pay.paid')} value={format.money(figures.paidMinor)} />
                {figures.dueMinor > 0 ? (
                  <Figure label={t('till.pay.short')} value={format.money(figures.dueMinor)} strong />
                ) : (
                  <Figure label={t('till.pay.change')} value={format.money(figures.changeMinor)} strong />
                )}
              </Stack>
            ) : (
              <Figure label={t('till.pay.total')} value={format.money(figures.paidMinor)} strong />
            )}
            {figures.overpaidNonCash && <Alert severity="warning">{t('till.pay.changeOnlyCash')}</Alert>}
            <ErrorAlert error={error} messages={{ VALIDATION: t('till.pay.refused') }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {mode === 'sale' ? t('till.pay.confirm') : t('till.pay.collectConfirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
