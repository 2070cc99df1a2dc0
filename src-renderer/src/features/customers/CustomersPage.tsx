import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import SearchIcon from '@mui/icons-material/Search';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { navigate } from '../../shell/router';
import { useSession } from '../../shell/SessionContext';
import { useDebounced } from '../audit/useDebounced';
import { CustomerFormDialog } from './CustomerFormDialog';
import { CustomerImportDialog } from './import/CustomerImportDialog';
import { CUSTOMER_PAGE_SIZES, CustomersGrid } from './CustomersGrid';
import { customerPath } from './paths';
import { useCustomerRows } from './useCustomerRows';

/** Customers: a type-ahead box (name, phone prefix, account number…) over a paged, virtualised grid. */
export function CustomersPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  const [paging, setPaging] = useState<GridPaginationModel>({ page: 0, pageSize: CUSTOMER_PAGE_SIZES[0] ?? 50 });
  const [adding, setAdding] = useState(false);
  const { rows, total, loading, error } = useCustomerRows(query, paging);
  const mayAdd = canCall(role, 'customers.create');
  const mayImport = canCall(role, 'customers.import.commit');
  const [importing, setImporting] = useState(false);

  return (
    <Page
      title={t('customers.title')}
      actions={
        <Stack direction="row" spacing={1}>
          {mayImport && (
            <Button startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
              {t('customerImport.open')}
            </Button>
          )}
          {mayAdd && (
            <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setAdding(true)}>
              {t('customers.add')}
            </Button>
          )}
        </Stack>
      }
    >
      <Stack spacing={2}>
        <TextField
          type="search"
          label={t('customers.search')}
          placeholder={t('customers.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoFocus
          autoComplete="off"
          slotProps={{
            htmlInput: { maxLength: 100 },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon aria-hidden />
                </InputAdornment>
              ),
            },
          }}
          sx={{ maxWidth: 520 }}
        />
        <ErrorAlert error={error} />
        <CustomersGrid
          rows={rows}
          total={total}
          loading={loading}
          paginationModel={paging}
          onPaginationModelChange={setPaging}
          searching={query !== ''}
        />
      </Stack>
      {importing && <CustomerImportDialog onClose={() => setImporting(false)} />}
      {adding && <CustomerFormDialog onClose={() => setAdding(false)} onCreated={(customer) => navigate(customerPath(customer.id))} />}
    </Page>
  );
}
