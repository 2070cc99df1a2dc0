import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { ImportIssue, ImportRow } from '@shared/ipc/schemas/customer-import';
import { useGridLocaleText } from '../../../shell/grid';
import { useIssueText } from './issueText';

function Problems({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  if (row.errors.length === 0 && row.warnings.length === 0) {
    return <Typography variant="body2" sx={{ color: 'success.main' }}>{t('customerImport.grid.ready')}</Typography>;
  }
  const line = (issue: ImportIssue, color: string, key: string) => (
    <Typography key={key} variant="body2" title={issue.message} sx={{ color, whiteSpace: 'normal' }}>
      {issueText(issue)}
    </Typography>
  );
  return (
    <Box sx={{ py: 0.5 }}>
      {row.errors.map((issue, index) => line(issue, 'error.main', `e${index}`))}
      {row.warnings.map((issue, index) => line(issue, 'warning.dark', `w${index}`))}
    </Box>
  );
}

/**
 * Every row of the file as it would be imported: line number, who, which plan, and its problems (errors
 * in red: the row is not imported; warnings in amber: it is). Virtualised, so 10,000 rows scroll.
 */
export function ImportPreviewGrid({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useTranslation();
  const localeText = useGridLocaleText();
  const columns = useMemo<GridColDef<ImportRow>[]>(
    () => [
      { field: 'row', headerName: t('customerImport.grid.row'), width: 70, type: 'number' },
      { field: 'name', headerName: t('customerImport.grid.name'), flex: 1, minWidth: 140, valueGetter: (_value, row) => row.values.name },
      { field: 'phones', headerName: t('customerImport.grid.phones'), width: 140, valueGetter: (_value, row) => row.values.phones.join(', ') },
      {
        field: 'account',
        headerName: t('customerImport.grid.account'),
        width: 120,
        valueGetter: (_value, row) => row.values.accountNumber ?? t('customerImport.grid.generated'),
      },
      {
        field: 'plan',
        headerName: t('customerImport.grid.plan'),
        width: 150,
        valueGetter: (_value, row) => (row.values.subscription ? `${row.values.subscription.plan}${row.values.subscription.router ? ` @ ${row.values.subscription.router}` : ''}` : '—'),
      },
      {
        field: 'username',
        headerName: t('customerImport.grid.username'),
        width: 120,
        valueGetter: (_value, row) => (row.values.subscription ? (row.values.subscription.pppUsername ?? t('customerImport.grid.generated')) : ''),
      },
      {
        field: 'status',
        headerName: t('customerImport.grid.status'),
        width: 100,
        valueGetter: (_value, row) => (row.values.subscription ? t(`customerImport.statuses.${row.values.subscription.status}`) : t(`customers.statuses.${row.values.customerStatus}`)),
      },
      {
        field: 'problems',
        headerName: t('customerImport.grid.problems'),
        flex: 2,
        minWidth: 260,
        sortable: false,
        valueGetter: (_value, row) => row.errors.length * 1000 + row.warnings.length,
        renderCell: ({ row }) => <Problems row={row} />,
      },
    ],
    [t],
  );

  return (
    <Paper variant="outlined" sx={{ height: 420 }}>
      <DataGrid
        density="compact"
        disableRowSelectionOnClick
        rows={rows}
        columns={columns}
        getRowId={(row) => row.row}
        getRowHeight={() => 'auto'}
        getRowClassName={({ row }) => (row.errors.length > 0 ? 'import-row-bad' : row.warnings.length > 0 ? 'import-row-warning' : '')}
        pageSizeOptions={[100]}
        initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
        aria-label={t('customerImport.grid.title')}
        localeText={localeText}
        sx={(theme) => ({
          '& .import-row-bad': { bgcolor: alpha(theme.palette.error.main, 0.08) },
          '& .import-row-warning': { bgcolor: alpha(theme.palette.warning.main, 0.08) },
        })}
      />
    </Paper>
  );
}
