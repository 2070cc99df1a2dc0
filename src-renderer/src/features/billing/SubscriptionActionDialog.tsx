import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Subscription } from '@shared/ipc/schemas/billing';
import { useSubscriptionAction, type SubscriptionAction } from '../../api/billing';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { useNotify } from '../../shell/useNotify';

interface SubscriptionActionDialogProps {
  subscription: Subscription;
  action: SubscriptionAction;
  planName: string;
  onClose: () => void;
}

/** Suspend, reactivate or cancel, named in the question, with an optional reason for the audit log. */
export function SubscriptionActionDialog({ subscription, action, planName, onClose }: SubscriptionActionDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const run = useSubscriptionAction(subscription.customerId);
  const [reason, setReason] = useState('');
  const names = { username: subscription.pppUsername, plan: planName };

  return (
    <ConfirmDialog
      title={t(`billing.subscriptions.confirm.${action}`, names)}
      body={
        <Stack spacing={2}>
          <Typography variant="body2">{t(`billing.subscriptions.explain.${action}`)}</Typography>
          <TextField
            label={t('billing.subscriptions.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500 } }}
            autoComplete="off"
          />
        </Stack>
      }
      confirmLabel={t(`billing.subscriptions.actions.${action}`)}
      destructive={action !== 'reactivate'}
      pending={run.isPending}
      error={run.error}
      onConfirm={() =>
        run.mutate(
          { action, input: { id: subscription.id, reason: reason.trim() } },
          {
            onSuccess: () => {
              notify(t(`billing.subscriptions.done.${action}`, names));
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}
