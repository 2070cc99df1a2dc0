import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ServicePlan, Subscription } from '@shared/ipc/schemas/billing';
import { useChangePlan } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { planLabel } from './planLabel';

interface ChangePlanDialogProps {
  subscription: Subscription;
  /** Plans of the subscription's router (the secret stays on that router). */
  plans: readonly ServicePlan[];
  onClose: () => void;
}

/** Moves a subscription to another plan today; main credits the unused part and invoices the new price. */
export function ChangePlanDialog({ subscription, plans, onClose }: ChangePlanDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useOfficeFormat();
  const titleId = useId();
  const change = useChangePlan(subscription.customerId);
  const choices = plans.filter((plan) => plan.id !== subscription.planId);
  const [planId, setPlanId] = useState(choices[0]?.id ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending || planId === '') return;
    change.mutate(
      { id: subscription.id, planId },
      {
        onSuccess: () => {
          notify(t('billing.subscriptions.planChanged', { username: subscription.pppUsername }));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open onClose={change.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('billing.subscriptions.changePlanTitle', { username: subscription.pppUsername })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {choices.length === 0 ? (
              <Alert severity="info">{t('billing.subscriptions.noOtherPlan')}</Alert>
            ) : (
              <TextField select label={t('billing.subscriptions.newPlan')} value={planId} onChange={(event) => setPlanId(event.target.value)}>
                {choices.map((plan) => (
                  <MenuItem key={plan.id} value={plan.id}>
                    {planLabel(plan, format)}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <Alert severity="info">{t('billing.subscriptions.changePlanHelp')}</Alert>
            <ErrorAlert error={change.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={change.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={change.isPending || planId === ''}>
            {t('billing.subscriptions.changePlan')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
