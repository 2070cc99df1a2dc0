import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { entryVoidInput, type LedgerEntry } from '@shared/ipc/schemas/billing';
import { isApiError } from '../../api/errors';
import { useVoidEntry } from '../../api/billing';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { useNotify } from '../../shell/useNotify';
import { useEntryTitle } from './entryTitle';

/**
 * Voids an entry by writing a reversing one (the ledger is insert-only). A cashier's attempt opens the
 * approval dialog on the spot; cancelling it leaves this dialog open with the reason.
 */
export function VoidEntryDialog({ entry, onClose }: { entry: LedgerEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const entryTitle = useEntryTitle();
  const run = useVoidEntry(entry.customerId);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const title = entryTitle(entry);
  // A cancelled approval is not an error worth a red box: the operator chose not to ask.
  const error = isApiError(run.error, 'APPROVAL_REQUIRED') ? null : run.error;

  const confirm = () => {
    const parsed = entryVoidInput.safeParse({ entryId: entry.id, reason });
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    run.mutate(parsed.data, {
      onSuccess: () => {
        notify(t('billing.void.done', { title }));
        onClose();
      },
    });
  };

  return (
    <ConfirmDialog
      title={t('billing.void.confirm', { title })}
      body={
        <Stack spacing={2}>
          <Typography variant="body2">{t('billing.void.explain')}</Typography>
          <TextField
            label={t('billing.void.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={invalid}
            helperText={invalid ? t('billing.void.reasonRequired') : undefined}
            autoComplete="off"
            slotProps={{ htmlInput: { maxLength: 300 } }}
          />
        </Stack>
      }
      confirmLabel={t('billing.void.submit')}
      pending={run.isPending}
      error={error}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
