import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import type { CustomerListRow } from '@shared/ipc/schemas/customers';
import { useGridLocaleText } from '../../shell/grid';
import { hrefFor } from '../../shell/router';
import { useOfficeFormat } from '../../shell/SessionContext';
import { customerPath } from './paths';

export const CUSTOMER_PAGE_SIZES = [50, 100, 500];

interface CustomersGridProps {
  rows: readonly CustomerListRow[];
  /** Null while showing search matches (one client-side page). */
  total: number | null;
  loading: boolean;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  searching: boolean;
}

/** Customers in a virtualised grid; the account number links to the customer's page. */
export function CustomersGrid({ rows, total, loading, paginationModel, onPaginationModelChange, searching }: CustomersGridProps) {
  const { t } = useTranslation();
  const localeText = useGridLocaleText();
  const format = useOfficeFormat();

  const columns = useMemo<GridColDef<CustomerListRow>[]>(
    () => [
      {
        field: 'accountNumber',
        headerName: t('customers.grid.account'),
        width: 150,
        renderCell: ({ row }) => <Link href={hrefFor(customerPath(row.id))}>{row.accountNumber}</Link>,
      },
      { field: 'name', headerName: t('customers.grid.name'), flex: 1, minWidth: 160 },
      { field: 'phones', headerName: t('customers.grid.phones'), width: 180, valueGetter: (_value, row) => row.phones.join(', ') },
      { field: 'address', headerName: t('customers.grid.address'), flex: 1, minWidth: 160 },
      { field: 'tags', headerName: t('customers.grid.tags'), width: 150, valueGetter: (_value, row) => row.tags.join(', ') },
      { field: 'status', headerName: t('customers.grid.status'), width: 110, valueGetter: (_value, row) => t(`customers.statuses.${row.status}`) },
      {
        // Positive = the customer owes (red); negative = credit held. Sorted as a number, shown as money.
        field: 'balanceMinor',
        headerName: t('billingDocuments.grid.balance'),
        type: 'number',
        width: 150,
        valueFormatter: (value: number) => format.money(value),
        cellClassName: ({ row }) => (row.balanceMinor > 0 ? 'balance-owing' : ''),
      },
    ],
    [t, format],
  );

  return (
    <Paper variant="outlined" sx={{ height: 560, '& .balance-owing': { color: 'error.main' } }}>
      <DataGrid
        showToolbar
        density="compact"
        disableRowSelectionOnClick
        disableColumnSorting={!searching}
        disableColumnFilter={!searching}
        rows={rows}
        columns={columns}
        loading={loading}
        {...(total === null
          ? { pageSizeOptions: [50], initialState: { pagination: { paginationModel: { pageSize: 50 } } } }
          : { rowCount: total, paginationMode: 'server' as const, paginationModel, onPaginationModelChange, pageSizeOptions: CUSTOMER_PAGE_SIZES })}
        aria-label={t('customers.grid.title')}
        localeText={{ ...localeText, noRowsLabel: searching ? t('customers.grid.noMatches') : t('customers.grid.empty') }}
        slotProps={{ toolbar: { showQuickFilter: false } }}
      />
    </Paper>
  );
}
