import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { Subscription } from '@shared/ipc/schemas/billing';
import { useServicePlans, useSubscriptions, type SubscriptionAction } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';
import { useRouterNames } from '../vouchers/useRouterNames';
import { ChangePlanDialog } from './ChangePlanDialog';
import { NewSubscriptionDialog } from './NewSubscriptionDialog';
import { SubscriptionActionDialog } from './SubscriptionActionDialog';

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'changePlan'; subscription: Subscription }
  | { kind: 'action'; subscription: Subscription; action: SubscriptionAction };

const STATUS_COLOR = { active: 'success', suspended: 'warning', cancelled: 'default' } as const;

/** The customer's subscriptions with their plan, router and PPPoE name; managers change, suspend, cancel. */
export function SubscriptionsCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const subscriptions = useSubscriptions(customerId);
  const plans = useServicePlans();
  const routers = useRouterNames();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const mayManage = canCall(role, 'billing.subscriptions.create');
  const planName = (id: string) => plans.data?.find((plan) => plan.id === id)?.name ?? '…';
  const close = () => setDialog(null);

  const actionButton = (subscription: Subscription, action: SubscriptionAction) => (
    <Button
      size="small"
      color={action === 'reactivate' ? 'primary' : 'warning'}
      aria-label={t(`billing.subscriptions.actionFor.${action}`, { username: subscription.pppUsername })}
      onClick={() => setDialog({ kind: 'action', subscription, action })}
    >
      {t(`billing.subscriptions.actions.${action}`)}
    </Button>
  );

  return (
    <Paper variant="outlined" component="section" aria-labelledby="subscriptions-title" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h2" id="subscriptions-title" sx={{ flexGrow: 1 }}>
          {t('billing.subscriptions.title')}
        </Typography>
        {mayManage && (
          <Button startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })} disabled={!plans.data?.length}>
            {t('billing.subscriptions.add')}
          </Button>
        )}
      </Stack>
      <ErrorAlert error={subscriptions.error ?? plans.error} />
      {!subscriptions.data ? (
        subscriptions.isError ? null : <CircularProgress aria-label={t('app.loading')} />
      ) : subscriptions.data.length === 0 ? (
        <Typography color="text.secondary">{t('billing.subscriptions.empty')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="subscriptions-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('billing.subscriptions.plan')}</TableCell>
              <TableCell>{t('billing.subscriptions.router')}</TableCell>
              <TableCell>{t('billing.subscriptions.username')}</TableCell>
              <TableCell>{t('billing.subscriptions.startDate')}</TableCell>
              <TableCell>{t('billing.subscriptions.status')}</TableCell>
              {mayManage && <TableCell align="right">{t('billing.subscriptions.actionsTitle')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {subscriptions.data.map((subscription) => (
              <TableRow key={subscription.id}>
                <TableCell>{planName(subscription.planId)}</TableCell>
                <TableCell>{routers.names.get(subscription.routerId) ?? '…'}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{subscription.pppUsername}</TableCell>
                <TableCell>{subscription.startDate}</TableCell>
                <TableCell>
                  <Chip size="small" color={STATUS_COLOR[subscription.status]} label={t(`billing.subscriptions.statuses.${subscription.status}`)} />
                </TableCell>
                {mayManage && (
                  <TableCell align="right">
                    {subscription.status !== 'cancelled' && (
                      <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                        <Button
                          size="small"
                          aria-label={t('billing.subscriptions.changePlanFor', { username: subscription.pppUsername })}
                          onClick={() => setDialog({ kind: 'changePlan', subscription })}
                        >
                          {t('billing.subscriptions.changePlan')}
                        </Button>
                        {actionButton(subscription, subscription.status === 'active' ? 'suspend' : 'reactivate')}
                        {actionButton(subscription, 'cancel')}
                      </Stack>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {dialog?.kind === 'add' && (
        <NewSubscriptionDialog customerId={customerId} plans={plans.data ?? []} routerNames={routers.names} onClose={close} />
      )}
      {dialog?.kind === 'changePlan' && (
        <ChangePlanDialog
          subscription={dialog.subscription}
          plans={(plans.data ?? []).filter((plan) => plan.routerId === dialog.subscription.routerId)}
          onClose={close}
        />
      )}
      {dialog?.kind === 'action' && (
        <SubscriptionActionDialog
          subscription={dialog.subscription}
          action={dialog.action}
          planName={planName(dialog.subscription.planId)}
          onClose={close}
        />
      )}
    </Paper>
  );
}
