import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import type { Operator } from '@shared/ipc/schemas/operators';
import { useOperators } from '../../api/operators';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { AddOperatorDialog } from './AddOperatorDialog';
import { EditOperatorDialog } from './EditOperatorDialog';
import { OperatorsTable } from './OperatorsTable';
import { ResetPasswordDialog } from './ResetPasswordDialog';

type OpenDialog = { kind: 'add' } | { kind: 'edit'; operator: Operator } | { kind: 'reset'; operator: Operator };

/** Owners and managers: who may use this desk, with which role. The route is gated by role. */
export function OperatorsPage() {
  const { t } = useTranslation();
  const operators = useOperators();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const close = () => setDialog(null);

  return (
    <Page
      title={t('operators.title')}
      actions={
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialog({ kind: 'add' })}>
          {t('operators.add')}
        </Button>
      }
    >
      {operators.data ? (
        <OperatorsTable
          operators={operators.data}
          onEdit={(operator) => setDialog({ kind: 'edit', operator })}
          onResetPassword={(operator) => setDialog({ kind: 'reset', operator })}
        />
      ) : operators.isError ? (
        <ErrorAlert error={operators.error} />
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
      {dialog?.kind === 'add' && <AddOperatorDialog onClose={close} />}
      {dialog?.kind === 'edit' && <EditOperatorDialog operator={dialog.operator} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog operator={dialog.operator} onClose={close} />}
    </Page>
  );
}
