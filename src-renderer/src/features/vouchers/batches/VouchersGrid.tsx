import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import type { VoucherRow } from '@shared/ipc/schemas/vouchers';
import { useVoucherRows, type VoucherStatus } from '../../../api/vouchers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { useGridLocaleText } from '../../../shell/grid';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { formatDuration } from '../units';
import { useDebounced } from '../useDebounced';
import { StatusChip } from './StatusChip';
import { VoucherFilters } from './VoucherFilters';

/** Up to `vouchers.list`'s limit per page; the grid virtualises the rows of a page, main pages the batch. */
const PAGE_SIZES = [100, 500, 1000];

interface VouchersGridProps {
  batchId: string;
  /** Show the password column (batches made with a separate password). */
  showPassword: boolean;
}

/** A batch's vouchers, paged and filtered by main, so a 100,000-voucher batch never loads at once. */
export function VouchersGrid({ batchId, showPassword }: VouchersGridProps) {
  const { t, i18n } = useTranslation();
  const format = useOfficeFormat();
  const localeText = useGridLocaleText();
  const [page, setPage] = useState<GridPaginationModel>({ page: 0, pageSize: PAGE_SIZES[0] ?? 100 });
  const [status, setStatus] = useState<VoucherStatus | null>(null);
  const [search, setSearch] = useState('');
  const prefix = useDebounced(search.trim(), 300);
  const rows = useVoucherRows({
    batchId,
    ...(status ? { status } : {}),
    ...(prefix ? { search: prefix } : {}),
    offset: page.page * page.pageSize,
    limit: page.pageSize,
  });
  const language = i18n.resolvedLanguage ?? 'en';

  const columns = useMemo<GridColDef<VoucherRow>[]>(() => {
    const instant = (value: number | null) => (value === null ? '—' : format.instant(value));
    const bytes = (value: number | null) => (value === null ? '—' : format.bytes(value));
    const list: GridColDef<VoucherRow>[] = [
      { field: 'serial', headerName: t('vouchers.grid.serial'), type: 'number', width: 80 },
      { field: 'code', headerName: t('vouchers.grid.code'), width: 140, cellClassName: 'mono' },
      {
        field: 'status',
        headerName: t('vouchers.grid.status'),
        width: 120,
        valueGetter: (_value, row) => t(`vouchers.statuses.${row.status}`),
        renderCell: ({ row }) => <StatusChip status={row.status} />,
      },
      { field: 'disabled', headerName: t('vouchers.grid.disabled'), width: 90, valueGetter: (_value, row) => (row.disabled ? t('common.yes') : '') },
      { field: 'firstLoginAt', headerName: t('vouchers.grid.firstLogin'), width: 170, valueFormatter: instant },
      { field: 'expiresAt', headerName: t('vouchers.grid.expires'), width: 170, valueFormatter: instant },
      {
        field: 'uptimeMs',
        headerName: t('vouchers.grid.uptime'),
        width: 110,
        valueFormatter: (value: number | null) => (value === null ? '—' : formatDuration(value, language)),
      },
      { field: 'bytesIn', headerName: t('vouchers.grid.bytesIn'), type: 'number', width: 100, valueFormatter: bytes },
      { field: 'bytesOut', headerName: t('vouchers.grid.bytesOut'), type: 'number', width: 100, valueFormatter: bytes },
      { field: 'printCount', headerName: t('vouchers.grid.printCount'), type: 'number', width: 90 },
    ];
    if (showPassword) list.splice(2, 0, { field: 'password', headerName: t('vouchers.grid.password'), width: 130, cellClassName: 'mono' });
    return list;
  }, [t, format, language, showPassword]);

  const firstPage = () => setPage((old) => ({ ...old, page: 0 }));

  return (
    <Stack spacing={1}>
      <VoucherFilters
        status={status}
        search={search}
        onStatus={(next) => {
          setStatus(next);
          firstPage();
        }}
        onSearch={(next) => {
          setSearch(next);
          firstPage();
        }}
      />
      <ErrorAlert error={rows.error} />
      <Paper variant="outlined">
        {/* A fixed height (not autoHeight) keeps row virtualisation on: 1,000 rows a page scroll smoothly. */}
        <Box sx={{ height: 560, '& .mono': { fontFamily: 'monospace' } }}>
          <DataGrid
            density="compact"
            disableRowSelectionOnClick
            disableColumnSorting
            disableColumnFilter
            rows={rows.data?.rows ?? []}
            columns={columns}
            rowCount={rows.data?.total ?? 0}
            loading={rows.isFetching}
            paginationMode="server"
            paginationModel={page}
            onPaginationModelChange={setPage}
            pageSizeOptions={PAGE_SIZES}
            aria-label={t('vouchers.grid.title')}
            localeText={{ ...localeText, noRowsLabel: t('vouchers.grid.empty') }}
          />
        </Box>
      </Paper>
    </Stack>
  );
}
