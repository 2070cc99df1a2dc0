import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { shiftOpenInput, type TillMethodName } from '@shared/ipc/schemas/till';
import { useOpenShift } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { decimalSeparator, optionalMinor } from './money';
import { METHODS } from './tenders';

/** Opening a shift: the float per method (empty is 0). Enter opens it. */
export function OpenShiftForm() {
  const { t } = useTranslation();
  const office = useOffice();
  const notify = useNotify();
  const open = useOpenShift();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const [texts, setTexts] = useState<Record<TillMethodName, string>>({ cash: '', mobile_money: '', bank_transfer: '' });
  const [invalid, setInvalid] = useState<ReadonlySet<TillMethodName>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open.isPending) return;
    const floats = Object.fromEntries(METHODS.map((method) => [method, optionalMinor(texts[method], office.currency, separator)]));
    const parsed = shiftOpenInput.safeParse({ floats });
    if (!parsed.success) {
      setInvalid(new Set(METHODS.filter((method) => parsed.error.issues.some((issue) => issue.path.includes(method)))));
      return;
    }
    setInvalid(new Set());
    open.mutate(parsed.data, { onSuccess: () => notify(t('till.open.done')) });
  };

  return (
    <Paper variant="outlined" component="section" aria-label={t('till.open.title')} sx={{ p: 2, maxWidth: 520 }}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          <Typography variant="h2" component="h2">
            {t('till.open.title')}
          </Typography>
          <Typography variant="body2">{t('till.open.explain')}</Typography>
          {METHODS.map((method) => (
            <TextField
              key={method}
              label={t(`till.open.float.${method}`, { currency: office.currency.code })}
              value={texts[method]}
              onChange={(event) => setTexts((current) => ({ ...current, [method]: event.target.value }))}
              error={invalid.has(method)}
              helperText={invalid.has(method) ? t('till.invalidAmount') : undefined}
              autoComplete="off"
              autoFocus={method === 'cash'}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          ))}
          <ErrorAlert error={open.error} />
          <Button type="submit" variant="contained" disabled={open.isPending} sx={{ alignSelf: 'flex-start' }}>
            {t('till.open.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
