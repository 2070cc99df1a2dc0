import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Shift, TillMethodName } from '@shared/ipc/schemas/till';
import { useCloseShift } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { decimalSeparator, optionalMinor } from './money';
import { METHODS } from './tenders';

/**
 * Closing: what was counted per method against what the shift expects (float + money moved), the
 * difference live, and a reason whenever any method is off. The shift is then fixed for good.
 */
export function CloseShiftDialog({ shift, onClose }: { shift: Shift; onClose: () => void }) {
  const { t } = useTranslation();
  const office = useOffice();
  const format = useOfficeFormat();
  const notify = useNotify();
  const titleId = useId();
  const close = useCloseShift();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const [texts, setTexts] = useState<Record<TillMethodName, string>>({ cash: '', mobile_money: '', bank_transfer: '' });
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<ReadonlySet<TillMethodName | 'reason'>>(new Set());
  const counted = Object.fromEntries(METHODS.map((method) => [method, optionalMinor(texts[method], office.currency, separator)])) as Record<TillMethodName, number>;
  const differences = Object.fromEntries(METHODS.map((method) => [method, counted[method] - shift.expected[method]])) as Record<TillMethodName, number>;
  const total = METHODS.reduce((sum, method) => sum + (Number.isSafeInteger(differences[method]) ? differences[method] : 0), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (close.isPending) return;
    const fields = new Set<TillMethodName | 'reason'>(METHODS.filter((method) => !Number.isSafeInteger(counted[method]) || counted[method] < 0));
    const off = METHODS.some((method) => differences[method] !== 0);
    if (off && reason.trim() === '') fields.add('reason');
    setInvalid(fields);
    if (fields.size > 0) return;
    close.mutate(
      { shiftId: shift.id, counted, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) },
      {
        onSuccess: () => {
          notify(t('till.close.done'));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open onClose={close.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('till.close.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('till.close.explain')}</DialogContentText>
            {METHODS.map((method) => (
              <TextField
                key={method}
                label={t(`till.close.counted.${method}`, { currency: office.currency.code })}
                value={texts[method]}
                onChange={(event) => setTexts((current) => ({ ...current, [method]: event.target.value }))}
                error={invalid.has(method)}
                helperText={
                  invalid.has(method)
                    ? t('till.invalidAmount')
                    : `${t('till.close.expected', { amount: format.money(shift.expected[method]) })} · ${t('till.close.difference', {
                        amount: Number.isSafeInteger(differences[method]) ? format.money(differences[method]) : '—',
                      })}`
                }
                autoComplete="off"
                autoFocus={method === 'cash'}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              />
            ))}
            <Stack direction="row" sx={{ justifyContent: 'space-between' }} role="status" aria-label={t('till.close.totalDifference')}>
              <Typography>{t('till.close.totalDifference')}</Typography>
              <Typography sx={{ fontWeight: 600 }}>{format.money(total)}</Typography>
            </Stack>
            <TextField
              label={t('till.close.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={invalid.has('reason')}
              helperText={invalid.has('reason') ? t('till.close.reasonRequired') : undefined}
              autoComplete="off"
              slotProps={{ htmlInput: { maxLength: 300 } }}
            />
            <ErrorAlert error={close.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={close.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={close.isPending}>
            {t('till.close.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
