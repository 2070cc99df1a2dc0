import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import type { VoucherStatus } from '../../../api/vouchers';
import { useGridLocaleText } from '../../../shell/grid';
import { hrefFor } from '../../../shell/router';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { batchPath } from '../paths';
import { batchTitle, type Batch } from './batchTitle';
import { VOUCHER_STATUSES } from './status';

/** A batch of the list with its lifecycle counts (main reads them for the whole page in one query). */
export interface BatchRow extends Batch {
  counts: Readonly<Record<VoucherStatus, number>>;
}

interface BatchesTableProps {
  rows: readonly BatchRow[];
  total: number;
  loading: boolean;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  routerNames: ReadonlyMap<string, string>;
}

export const BATCH_PAGE_SIZES = [25, 50, 100];

/** Batches newest first, paged by main, with each one's lifecycle counts. */
export function BatchesTable({ rows, total, loading, paginationModel, onPaginationModelChange, routerNames }: BatchesTableProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const localeText = useGridLocaleText();

  const columns = useMemo<GridColDef<BatchRow>[]>(
    () => [
      {
        field: 'title',
        headerName: t('vouchers.batches.batch'),
        flex: 1,
        minWidth: 220,
        valueGetter: (_value, row) => batchTitle(row, format, t('vouchers.batches.imported')),
        renderCell: ({ row, value }) => <Link href={hrefFor(batchPath(row.id))}>{String(value)}</Link>,
      },
      { field: 'routerId', headerName: t('vouchers.batches.router'), width: 130, valueGetter: (_value, row) => routerNames.get(row.routerId) ?? row.routerId },
      { field: 'note', headerName: t('vouchers.batches.note'), width: 130 },
      { field: 'voucherCount', headerName: t('vouchers.batches.count'), type: 'number', width: 90, valueFormatter: (value: number) => format.count(value) },
      ...VOUCHER_STATUSES.map(
        (status): GridColDef<BatchRow> => ({
          field: `count_${status}`,
          headerName: t(`vouchers.statuses.${status}`),
          type: 'number',
          width: 95,
          valueGetter: (_value, row) => row.counts[status],
          valueFormatter: (value: number) => format.count(value),
        }),
      ),
    ],
    [t, format, routerNames],
  );

  return (
    <Paper variant="outlined">
      <DataGrid
        showToolbar
        density="compact"
        disableRowSelectionOnClick
        autoHeight
        disableColumnSorting
        disableColumnFilter
        rows={rows}
        columns={columns}
        rowCount={total}
        loading={loading}
        paginationMode="server"
        paginationModel={paginationModel}
        onPaginationModelChange={onPaginationModelChange}
        pageSizeOptions={BATCH_PAGE_SIZES}
        aria-label={t('vouchers.batches.title')}
        localeText={{ ...localeText, noRowsLabel: t('vouchers.batches.empty') }}
        slotProps={{ toolbar: { showQuickFilter: false } }}
      />
    </Paper>
  );
}
