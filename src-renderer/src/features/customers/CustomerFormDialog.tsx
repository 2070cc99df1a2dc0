import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Customer } from '@shared/ipc/schemas/customers';
import { useCreateCustomer, useUpdateCustomer } from '../../api/customers';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { checkCustomerForm, initialCustomerValues, type CustomerFormField, type CustomerFormValues } from './customerForm';
import { CustomerFormFields } from './CustomerFormFields';

interface CustomerFormDialogProps {
  customer?: Customer;
  onClose: () => void;
  /** After a new customer was saved (the page opens it). */
  onCreated?: (customer: Customer) => void;
}

/** New customer, or edit one; the account number comes from the office's format on the server. */
export function CustomerFormDialog({ customer, onClose, onCreated }: CustomerFormDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const titleId = useId();
  const create = useCreateCustomer();
  const update = useUpdateCustomer();
  const [values, setValues] = useState<CustomerFormValues>(() => initialCustomerValues(customer));
  const [invalid, setInvalid] = useState<ReadonlySet<CustomerFormField>>(new Set());
  const busy = create.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkCustomerForm(values);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      return;
    }
    setInvalid(new Set());
    if (customer) {
      update.mutate(checked.update(customer.id), {
        onSuccess: (saved) => {
          notify(t('customers.form.updated', { name: saved.name }));
          onClose();
        },
      });
    } else {
      create.mutate(checked.create, {
        onSuccess: (saved) => {
          notify(t('customers.form.created', { name: saved.name, account: saved.accountNumber }));
          onClose();
          onCreated?.(saved);
        },
      });
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{customer ? t('customers.form.editTitle', { name: customer.name }) : t('customers.form.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <CustomerFormFields values={values} onChange={setValues} invalid={invalid} editing={customer !== undefined} />
            <ErrorAlert error={create.error ?? update.error} />
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
