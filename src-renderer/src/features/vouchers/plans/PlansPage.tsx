import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import AddIcon from '@mui/icons-material/Add';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import type { Plan } from '@shared/ipc/schemas/vouchers';
import { usePlans } from '../../../api/vouchers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { Page } from '../../../shell/Page';
import { canCall } from '../../../shell/permissions';
import { useSession } from '../../../shell/SessionContext';
import { GenerateDialog } from '../generate/GenerateDialog';
import { RouterFilter } from '../RouterFilter';
import { useRouterNames } from '../useRouterNames';
import { PlanFormDialog } from './PlanFormDialog';
import { PlansTable } from './PlansTable';
import { RemovePlanDialog } from './RemovePlanDialog';

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit'; plan: Plan }
  | { kind: 'remove'; plan: Plan }
  | { kind: 'generate'; plan: Plan | null };

/** Voucher plans per router; owners and managers create, edit, remove them and generate batches. */
export function PlansPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const routers = useRouterNames();
  const [routerId, setRouterId] = useState<string | null>(null);
  const plans = usePlans(routerId);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const mayManage = canCall(role, 'vouchers.plans.create');
  const mayGenerate = canCall(role, 'vouchers.generate');
  const close = () => setDialog(null);

  return (
    <Page
      title={t('vouchers.plans.title')}
      actions={
        <Stack direction="row" spacing={1}>
          {mayGenerate && (
            <Button startIcon={<PlaylistAddIcon />} onClick={() => setDialog({ kind: 'generate', plan: null })} disabled={!plans.data?.length}>
              {t('vouchers.generate.open')}
            </Button>
          )}
          {mayManage && (
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })} disabled={routers.list.length === 0}>
              {t('vouchers.plans.add')}
            </Button>
          )}
        </Stack>
      }
    >
      <Stack spacing={2}>
        <RouterFilter routers={routers.list} value={routerId} onChange={setRouterId} />
        {plans.data ? (
          <PlansTable
            plans={plans.data}
            routerNames={routers.names}
            onGenerate={mayGenerate ? (plan) => setDialog({ kind: 'generate', plan }) : undefined}
            onEdit={mayManage ? (plan) => setDialog({ kind: 'edit', plan }) : undefined}
            onRemove={mayManage ? (plan) => setDialog({ kind: 'remove', plan }) : undefined}
          />
        ) : plans.isError ? (
          <ErrorAlert error={plans.error} />
        ) : (
          <CircularProgress aria-label={t('app.loading')} />
        )}
      </Stack>
      {dialog?.kind === 'add' && (
        <PlanFormDialog routers={routers.list} defaultRouterId={routerId ?? routers.list[0]?.id ?? ''} onClose={close} />
      )}
      {dialog?.kind === 'edit' && <PlanFormDialog plan={dialog.plan} routers={routers.list} defaultRouterId="" onClose={close} />}
      {dialog?.kind === 'remove' && <RemovePlanDialog plan={dialog.plan} onClose={close} />}
      {dialog?.kind === 'generate' && <GenerateDialog plans={plans.data ?? []} initialPlanId={dialog.plan?.id ?? null} onClose={close} />}
    </Page>
  );
}
