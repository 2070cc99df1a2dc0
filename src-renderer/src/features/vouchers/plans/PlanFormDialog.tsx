import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Plan } from '@shared/ipc/schemas/vouchers';
import { useCreatePlan, useUpdatePlan } from '../../../api/vouchers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { useOffice } from '../../../shell/SessionContext';
import { useNotify } from '../../../shell/useNotify';
import { checkPlanForm, decimalSeparator, initialPlanValues, type PlanFormField, type PlanFormValues } from './planForm';
import { PlanFormFields } from './PlanFormFields';

interface PlanFormDialogProps {
  plan?: Plan;
  routers: readonly { id: string; name: string }[];
  /** The router a new plan starts on (the page's filter, else the first router). */
  defaultRouterId: string;
  onClose: () => void;
}

/** Create or edit a plan; the price is typed in major units and sent as integer minor units. */
export function PlanFormDialog({ plan, routers, defaultRouterId, onClose }: PlanFormDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const office = useOffice();
  const titleId = useId();
  const separator = useMemo(() => decimalSeparator(office.locale), [office.locale]);
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const [values, setValues] = useState<PlanFormValues>(() => initialPlanValues(plan, defaultRouterId, office.currency, separator));
  const [invalid, setInvalid] = useState<ReadonlySet<PlanFormField>>(new Set());
  const busy = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkPlanForm(values, office.currency, separator);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      return;
    }
    setInvalid(new Set());
    const done = (saved: Plan) => {
      notify(t(plan ? 'vouchers.plans.updated' : 'vouchers.plans.created', { name: saved.name }));
      onClose();
    };
    if (plan) update.mutate(checked.update(plan.id), { onSuccess: done });
    else create.mutate(checked.create, { onSuccess: done });
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{plan ? t('vouchers.plans.editTitle', { name: plan.name }) : t('vouchers.plans.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <PlanFormFields values={values} onChange={setValues} invalid={invalid} editing={plan !== undefined} routers={routers} />
            <ErrorAlert error={create.error ?? update.error} messages={{ CONFLICT: t('vouchers.plans.profileTaken') }} />
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
