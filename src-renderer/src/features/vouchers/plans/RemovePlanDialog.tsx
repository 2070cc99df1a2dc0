import { useTranslation } from 'react-i18next';
import type { Plan } from '@shared/ipc/schemas/vouchers';
import { toApiError } from '../../../api/errors';
import { useRemovePlan } from '../../../api/vouchers';
import { ConfirmDialog } from '../../../shell/ConfirmDialog';
import { useNotify } from '../../../shell/useNotify';

/** Removing a plan; main refuses (CONFLICT) while any of its vouchers is for sale or in use, and says how many. */
export function RemovePlanDialog({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useRemovePlan();
  const conflict = remove.error ? toApiError(remove.error) : null;
  return (
    <ConfirmDialog
      title={t('vouchers.plans.removeTitle', { name: plan.name })}
      body={t('vouchers.plans.removeBody')}
      confirmLabel={t('vouchers.plans.removeConfirm')}
      pending={remove.isPending}
      error={remove.error}
      errorMessages={{ CONFLICT: t('vouchers.plans.removeRefused', { message: conflict?.message ?? '' }) }}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(plan.id, {
          onSuccess: () => {
            notify(t('vouchers.plans.removed', { name: plan.name }));
            onClose();
          },
        })
      }
    />
  );
}
