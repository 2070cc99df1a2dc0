import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { isApiError } from '../../api/errors';
import { useCustomer } from '../../api/customers';
import { useStatement } from '../../api/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { hrefFor } from '../../shell/router';
import { AdjustmentDialog } from '../billing/AdjustmentDialog';
import { DocumentDialog } from '../billing/DocumentDialog';
import { LedgerTimeline } from '../billing/LedgerTimeline';
import { PrintDocumentDialog } from '../billing/PrintDocumentDialog';
import { RecordPaymentDialog } from '../billing/RecordPaymentDialog';
import { SubscriptionsCard } from '../billing/SubscriptionsCard';
import { CustomerActions, type CustomerDialog } from './CustomerActions';
import { CustomerFormDialog } from './CustomerFormDialog';
import { CustomerHeader } from './CustomerHeader';
import { CUSTOMERS_PATH } from './paths';

/** One customer: header with balance, subscriptions, the ledger timeline and the desk's actions. */
export function CustomerPage({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const customer = useCustomer(customerId);
  const statement = useStatement(customerId);
  const [dialog, setDialog] = useState<CustomerDialog | null>(null);
  const close = () => setDialog(null);

  if (!customer.data) {
    if (isApiError(customer.error, 'NOT_FOUND')) {
      return (
        <Page title={t('customers.detail.missingTitle')}>
          <Alert
            severity="info"
            action={
              <Button color="inherit" size="small" href={hrefFor(CUSTOMERS_PATH)}>
                {t('customers.detail.back')}
              </Button>
            }
          >
            {t('customers.detail.missing')}
          </Alert>
        </Page>
      );
    }
    return customer.isError ? <ErrorAlert error={customer.error} /> : <CircularProgress aria-label={t('app.loading')} />;
  }
  const data = customer.data;

  return (
    <Page title={data.name} actions={<CustomerActions onOpen={setDialog} />}>
      <Stack spacing={2}>
        <CustomerHeader customer={data} statement={statement.data} />
        <SubscriptionsCard customerId={customerId} />
        <LedgerTimeline statement={statement.data} error={statement.error} />
      </Stack>
      {dialog === 'edit' && <CustomerFormDialog customer={data} onClose={close} />}
      {dialog === 'payment' && (
        <RecordPaymentDialog customerId={customerId} customerName={data.name} balanceMinor={statement.data?.balanceMinor ?? 0} onClose={close} />
      )}
      {(dialog === 'invoice' || dialog === 'creditNote') && (
        <DocumentDialog kind={dialog} customerId={customerId} customerName={data.name} onClose={close} />
      )}
      {dialog === 'adjustment' && <AdjustmentDialog customerId={customerId} customerName={data.name} onClose={close} />}
      {dialog === 'statement' && <PrintDocumentDialog job={{ kind: 'statement', customerId, customerName: data.name }} onClose={close} />}
    </Page>
  );
}
