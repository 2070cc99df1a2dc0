import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { subscriptionCreateInput, type ServicePlan } from '@shared/ipc/schemas/billing';
import { useCreateSubscription } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { planLabel } from './planLabel';

type Field = 'planId' | 'pppUsername' | 'pppPassword';

interface NewSubscriptionDialogProps {
  customerId: string;
  plans: readonly ServicePlan[];
  routerNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

/** A plan for the customer: the PPP secret goes to the plan's router; name and password are typed or generated. */
export function NewSubscriptionDialog({ customerId, plans, routerNames, onClose }: NewSubscriptionDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useOfficeFormat();
  const titleId = useId();
  const create = useCreateSubscription(customerId);
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [invoiceNow, setInvoiceNow] = useState(true);
  const [invalid, setInvalid] = useState<ReadonlySet<Field>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = subscriptionCreateInput.safeParse({
      customerId,
      planId,
      pppUsername: username.trim() === '' ? undefined : username.trim(),
      pppPassword: password === '' ? undefined : password,
      invoiceNow,
    });
    if (!parsed.success) {
      const fields = new Set<Field>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        if (key === 'planId' || key === 'pppUsername' || key === 'pppPassword') fields.add(key);
      }
      setInvalid(fields.size > 0 ? fields : new Set<Field>(['planId']));
      return;
    }
    setInvalid(new Set());
    create.mutate(parsed.data, {
      onSuccess: ({ subscription }) => {
        notify(t('billing.subscriptions.created', { username: subscription.pppUsername }));
        onClose();
      },
    });
  };

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('billing.subscriptions.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              select
              label={t('billing.subscriptions.plan')}
              value={planId}
              onChange={(event) => setPlanId(event.target.value)}
              error={invalid.has('planId')}
              helperText={invalid.has('planId') ? t('billing.subscriptions.invalid.planId') : undefined}
            >
              {plans.map((plan) => (
                <MenuItem key={plan.id} value={plan.id}>
                  {`${planLabel(plan, format)} · ${routerNames.get(plan.routerId) ?? ''}`}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('billing.subscriptions.username')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              error={invalid.has('pppUsername')}
              helperText={invalid.has('pppUsername') ? t('billing.subscriptions.invalid.pppUsername') : t('billing.subscriptions.usernameHelp')}
              autoComplete="off"
            />
            <TextField
              label={t('billing.subscriptions.password')}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={invalid.has('pppPassword')}
              helperText={invalid.has('pppPassword') ? t('billing.subscriptions.invalid.pppPassword') : t('billing.subscriptions.passwordHelp')}
              autoComplete="off"
            />
            <FormControlLabel
              control={<Checkbox checked={invoiceNow} onChange={(event) => setInvoiceNow(event.target.checked)} />}
              label={t('billing.subscriptions.invoiceNow')}
            />
            <ErrorAlert error={create.error} messages={{ CONFLICT: t('billing.subscriptions.usernameTaken') }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={create.isPending || plans.length === 0}>
            {t('billing.subscriptions.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
