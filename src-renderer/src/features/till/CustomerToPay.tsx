import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Statement, Subscription } from '@shared/ipc/schemas/billing';
import type { Customer } from '@shared/ipc/schemas/customers';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';

interface CustomerToPayProps {
  customer: Customer;
  statement: Statement | undefined;
  subscriptions: readonly Subscription[] | undefined;
  error: unknown;
}

function SubscriptionChip({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  if (subscription.status === 'suspended') {
    const label = subscription.suspensionKind === 'automatic' ? t('till.collect.suspendedAutomatic') : t('till.collect.suspended');
    return <Chip size="small" color="warning" label={`${subscription.pppUsername}: ${label}`} />;
  }
  const label = subscription.status === 'active' ? t('till.collect.active') : t('till.collect.cancelled');
  return <Chip size="small" color={subscription.status === 'active' ? 'success' : 'default'} label={`${subscription.pppUsername}: ${label}`} />;
}

/** Who is paying: account, balance, open invoices and subscriptions (suspended ones say whether paying lifts them). */
export function CustomerToPay({ customer, statement, subscriptions, error }: CustomerToPayProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const open = (statement?.entries ?? []).filter((entry) => (entry.openMinor ?? 0) > 0);
  const balance = statement?.balanceMinor ?? null;
  return (
    <Paper variant="outlined" component="section" aria-label={t('till.collect.selected')} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="h2" component="h2">
          {customer.name}
        </Typography>
        <Typography color="text.secondary">
          {[customer.accountNumber, ...customer.phones].join(' · ')}
        </Typography>
        <ErrorAlert error={error} />
        <Stack direction="row" spacing={2} role="status" aria-label={t('till.collect.balance')} sx={{ alignItems: 'baseline' }}>
          <Typography>{balance !== null && balance < 0 ? t('till.collect.credit') : t('till.collect.balance')}</Typography>
          <Typography variant="h3" component="p" color={balance !== null && balance > 0 ? 'error.main' : 'text.primary'}>
            {balance === null ? '—' : format.money(Math.abs(balance))}
          </Typography>
        </Stack>
        {subscriptions && subscriptions.length > 0 && (
          <Stack direction="row" aria-label={t('till.collect.subscriptions')} sx={{ flexWrap: 'wrap', gap: 1 }}>
            {subscriptions.map((subscription) => (
              <SubscriptionChip key={subscription.id} subscription={subscription} />
            ))}
          </Stack>
        )}
        {statement && open.length === 0 && <Typography color="text.secondary">{t('till.collect.noOpenInvoices')}</Typography>}
        {open.length > 0 && (
          <Table size="small" aria-label={t('till.collect.openInvoices')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('till.collect.invoice')}</TableCell>
                <TableCell>{t('till.collect.due')}</TableCell>
                <TableCell align="right">{t('till.collect.open')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {open.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell>{entry.number ?? entry.memo}</TableCell>
                  <TableCell>{entry.dueDate ?? ''}</TableCell>
                  <TableCell align="right">{format.money(entry.openMinor ?? 0)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
