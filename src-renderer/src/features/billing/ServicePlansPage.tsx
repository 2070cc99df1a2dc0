import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { ServicePlan } from '@shared/ipc/schemas/billing';
import { useBillingSettings, useServicePlans } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';
import { useRouterNames } from '../vouchers/useRouterNames';
import { BillingSettingsForm } from './BillingSettingsForm';
import { DocumentDetailsSection } from './DocumentDetailsSection';
import { ServicePlanFormDialog } from './ServicePlanFormDialog';
import { ServicePlansTable } from './ServicePlansTable';

type OpenDialog = { kind: 'add' } | { kind: 'edit'; plan: ServicePlan };

/** Service plans (PPPoE subscriptions) per router, and the office's billing settings below them. */
export function ServicePlansPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const plans = useServicePlans();
  const settings = useBillingSettings();
  const routers = useRouterNames();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const mayManage = canCall(role, 'billing.plans.create');
  const maySettings = canCall(role, 'billing.settings.update');
  const close = () => setDialog(null);

  return (
    <Page
      title={t('billing.plans.title')}
      actions={
        mayManage && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })} disabled={routers.list.length === 0}>
            {t('billing.plans.add')}
          </Button>
        )
      }
    >
      <Stack spacing={3}>
        {plans.data ? (
          <ServicePlansTable
            plans={plans.data}
            routerNames={routers.names}
            onEdit={mayManage ? (plan) => setDialog({ kind: 'edit', plan }) : undefined}
          />
        ) : plans.isError ? (
          <ErrorAlert error={plans.error} />
        ) : (
          <CircularProgress aria-label={t('app.loading')} />
        )}
        <Paper variant="outlined" component="section" aria-labelledby="billing-settings-title" sx={{ p: 2.5 }}>
          <Typography variant="h2" id="billing-settings-title" sx={{ mb: 2 }}>
            {t('billing.settings.title')}
          </Typography>
          {settings.data ? (
            <BillingSettingsForm key={JSON.stringify(settings.data)} settings={settings.data} editable={maySettings} />
          ) : settings.isError ? (
            <ErrorAlert error={settings.error} />
          ) : (
            <CircularProgress aria-label={t('app.loading')} />
          )}
        </Paper>
        <DocumentDetailsSection />
      </Stack>
      {dialog?.kind === 'add' && <ServicePlanFormDialog routers={routers.list} onClose={close} />}
      {dialog?.kind === 'edit' && <ServicePlanFormDialog plan={dialog.plan} routers={routers.list} onClose={close} />}
    </Page>
  );
}
