import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { ServicePlan } from '@shared/ipc/schemas/billing';
import { useCreateServicePlan, useUpdateServicePlan } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { decimalSeparator } from './moneyText';
import { ServicePlanFields } from './ServicePlanFields';
import { checkServicePlanForm, initialServicePlanValues, type ServicePlanField, type ServicePlanFormValues } from './servicePlanForm';

interface ServicePlanFormDialogProps {
  plan?: ServicePlan;
  routers: readonly { id: string; name: string }[];
  onClose: () => void;
}

/** Create or edit a service plan; prices are typed in major units and sent as integer minor units. */
export function ServicePlanFormDialog({ plan, routers, onClose }: ServicePlanFormDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const office = useOffice();
  const titleId = useId();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const create = useCreateServicePlan();
  const update = useUpdateServicePlan();
  const [values, setValues] = useState<ServicePlanFormValues>(() =>
    initialServicePlanValues(plan, routers[0]?.id ?? '', office.currency, separator),
  );
  const [invalid, setInvalid] = useState<ReadonlySet<ServicePlanField>>(new Set());
  const busy = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkServicePlanForm(values, office.currency, separator);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      return;
    }
    setInvalid(new Set());
    const done = (saved: ServicePlan) => {
      notify(t(plan ? 'billing.plans.updated' : 'billing.plans.created', { name: saved.name }));
      onClose();
    };
    if (plan) update.mutate(checked.update(plan.id), { onSuccess: done });
    else create.mutate(checked.create, { onSuccess: done });
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{plan ? t('billing.plans.editTitle', { name: plan.name }) : t('billing.plans.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <ServicePlanFields values={values} onChange={setValues} invalid={invalid} editing={plan !== undefined} routers={routers} />
            <ErrorAlert error={create.error ?? update.error} messages={{ CONFLICT: t('billing.plans.profileTaken') }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
