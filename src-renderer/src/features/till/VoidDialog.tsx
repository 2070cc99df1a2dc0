import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { tillMethodSchema, voidInput, type HistoryItem } from '@shared/ipc/schemas/till';
import { isApiError } from '../../api/errors';
import { useTillVoid } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { METHODS } from './tenders';

type Disposition = 'restock' | 'disable';
const AUTO = 'auto';

/**
 * Voids one sold voucher or customer payment of the open shift. The reason and (for a voucher) what
 * happens to the card are chosen here, with the manager at the screen; a cashier's attempt then opens
 * the approval dialog, and cancelling it refuses the void (nothing is written).
 */
export function VoidDialog({ item, onClose }: { item: HistoryItem; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useOfficeFormat();
  const titleId = useId();
  const run = useTillVoid();
  const [reason, setReason] = useState('');
  const [disposition, setDisposition] = useState<Disposition | null>(null);
  const [refund, setRefund] = useState<string>(AUTO);
  const [invalid, setInvalid] = useState<ReadonlySet<'reason' | 'disposition'>>(new Set());
  const isSale = item.kind === 'sale';
  const refused = isApiError(run.error, 'APPROVAL_REQUIRED');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run.isPending) return;
    const method = tillMethodSchema.safeParse(refund);
    const parsed = voidInput.safeParse({
      entryId: item.entryId,
      reason,
      ...(isSale && disposition ? { voucherDisposition: disposition } : {}),
      ...(method.success ? { refundMethod: method.data } : {}),
    });
    const fields = new Set<'reason' | 'disposition'>();
    if (!parsed.success) fields.add('reason');
    if (isSale && !disposition) fields.add('disposition');
    setInvalid(fields);
    if (!parsed.success || fields.size > 0) return;
    run.mutate(parsed.data, {
      onSuccess: (outcome) => {
        notify(t('till.void.done', { item: item.description, amount: format.money(-outcome.amountMinor) }));
        onClose();
      },
    });
  };

  return (
    <Dialog open onClose={run.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('till.void.title', { item: item.description })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('till.void.explain')}</DialogContentText>
            <TextField
              label={t('till.void.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={invalid.has('reason')}
              helperText={invalid.has('reason') ? t('till.void.reasonRequired') : undefined}
              autoComplete="off"
              autoFocus
              slotProps={{ htmlInput: { maxLength: 300 } }}
            />
            {isSale && (
              <FormControl error={invalid.has('disposition')}>
                <FormLabel id={`${titleId}-disposition`}>{t('till.void.disposition')}</FormLabel>
                <RadioGroup aria-labelledby={`${titleId}-disposition`} value={disposition ?? ''} onChange={(event) => setDisposition(event.target.value === 'restock' ? 'restock' : 'disable')}>
                  <FormControlLabel value="restock" control={<Radio />} label={t('till.void.restock')} />
                  <FormControlLabel value="disable" control={<Radio />} label={t('till.void.disable')} />
                </RadioGroup>
                {invalid.has('disposition') && <FormHelperText>{t('till.void.dispositionRequired')}</FormHelperText>}
              </FormControl>
            )}
            <TextField select label={t('till.void.refundMethod')} value={refund} onChange={(event) => setRefund(event.target.value)}>
              <MenuItem value={AUTO}>{t('till.void.refundAuto')}</MenuItem>
              {METHODS.map((method) => (
                <MenuItem key={method} value={method}>
                  {t(`till.methods.${method}`)}
                </MenuItem>
              ))}
            </TextField>
            {refused ? <Alert severity="warning">{t('till.void.refused')}</Alert> : <ErrorAlert error={run.error} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={run.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" color="error" disabled={run.isPending}>
            {t('till.void.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
