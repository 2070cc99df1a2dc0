import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Paper from '@mui/material/Paper';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { BillingRun } from '@shared/ipc/schemas/billing';
import { GRID_DEFAULTS, useGridLocaleText } from '../../shell/grid';
import { useOfficeFormat } from '../../shell/SessionContext';

/** Billing runs, newest first: the day billed, how it started, when, and what it did. */
export function BillingRunsTable({ runs }: { runs: readonly BillingRun[] }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const localeText = useGridLocaleText();

  const columns = useMemo<GridColDef<BillingRun>[]>(
    () => [
      { field: 'asOfDate', headerName: t('billing.runs.asOfDate'), width: 120 },
      { field: 'trigger', headerName: t('billing.runs.trigger'), width: 130, valueGetter: (_value, row) => t(`billing.runs.triggers.${row.trigger}`) },
      { field: 'startedAt', headerName: t('billing.runs.startedAt'), width: 170, valueFormatter: (value: number) => format.instant(value) },
      {
        field: 'finishedAt',
        headerName: t('billing.runs.finishedAt'),
        width: 170,
        valueGetter: (_value, row) => (row.finishedAt === null ? t('billing.runs.running') : format.instant(row.finishedAt)),
      },
      { field: 'invoicesIssued', headerName: t('billing.runs.invoicesIssued'), type: 'number', width: 110 },
      { field: 'suspended', headerName: t('billing.runs.suspended'), type: 'number', width: 100 },
      { field: 'reactivated', headerName: t('billing.runs.reactivated'), type: 'number', width: 110 },
      { field: 'errors', headerName: t('billing.runs.errors'), type: 'number', width: 90 },
    ],
    [t, format],
  );

  return (
    <Paper variant="outlined">
      <DataGrid
        {...GRID_DEFAULTS}
        rows={runs}
        columns={columns}
        aria-label={t('billing.runs.title')}
        localeText={{ ...localeText, noRowsLabel: t('billing.runs.empty') }}
        initialState={{ ...GRID_DEFAULTS.initialState, sorting: { sortModel: [{ field: 'startedAt', sort: 'desc' }] } }}
      />
    </Paper>
  );
}
