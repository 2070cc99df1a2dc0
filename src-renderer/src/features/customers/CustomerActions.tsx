import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import EditIcon from '@mui/icons-material/Edit';
import PaymentsIcon from '@mui/icons-material/Payments';
import PrintIcon from '@mui/icons-material/Print';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ProcedureName } from '@shared/ipc/contract';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';

export type CustomerDialog = 'payment' | 'invoice' | 'creditNote' | 'adjustment' | 'edit' | 'statement';

const GATES: Record<CustomerDialog, ProcedureName> = {
  payment: 'billing.payments.record',
  invoice: 'billing.invoices.create',
  creditNote: 'billing.creditNotes.create',
  adjustment: 'billing.adjustments.create',
  edit: 'customers.update',
  statement: 'billing.statement.pdf',
};

/** The page's buttons, each shown only to roles whose permission allows its procedure. */
export function CustomerActions({ onOpen }: { onOpen: (dialog: CustomerDialog) => void }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const may = (dialog: CustomerDialog) => canCall(role, GATES[dialog]);

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, justifyContent: 'flex-end' }}>
      {may('edit') && (
        <Button startIcon={<EditIcon />} onClick={() => onOpen('edit')}>
          {t('customers.detail.edit')}
        </Button>
      )}
      {may('statement') && (
        <Button startIcon={<PrintIcon />} onClick={() => onOpen('statement')}>
          {t('billingDocuments.print.statementOpen')}
        </Button>
      )}
      {may('adjustment') && <Button onClick={() => onOpen('adjustment')}>{t('billing.adjustment.open')}</Button>}
      {may('creditNote') && <Button onClick={() => onOpen('creditNote')}>{t('billing.documents.creditNote.open')}</Button>}
      {may('invoice') && (
        <Button startIcon={<ReceiptLongIcon />} onClick={() => onOpen('invoice')}>
          {t('billing.documents.invoice.open')}
        </Button>
      )}
      {may('payment') && (
        <Button variant="contained" startIcon={<PaymentsIcon />} onClick={() => onOpen('payment')}>
          {t('billing.payment.open')}
        </Button>
      )}
    </Stack>
  );
}
