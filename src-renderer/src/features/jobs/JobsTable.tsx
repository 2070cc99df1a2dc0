import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { JobInfo } from '@shared/ipc/schemas/jobs';
import { GRID_DEFAULTS, useGridLocaleText } from '../../shell/grid';
import { useOfficeFormat } from '../../shell/SessionContext';

const STATUS_COLORS = { pending: 'info', running: 'warning', failed: 'error', done: 'success', cancelled: 'default' } as const;

/** The item a job acts on: the user, secret or profile name in its payload. */
export function jobItem(job: JobInfo): string {
  for (const key of ['name', 'user'] as const) {
    const value = job.payload[key];
    if (typeof value === 'string') return value;
  }
  return '';
}

interface JobsTableProps {
  jobs: readonly JobInfo[];
  /** Router names by id; when given, a router column is shown. */
  routerNames?: ReadonlyMap<string, string>;
  label: string;
  busy: boolean;
  onRetry: (job: JobInfo) => void;
  onCancel: (job: JobInfo) => void;
}

/** Pending, failed (with the router's message), done and cancelled jobs; failed and pending can be retried or cancelled. */
export function JobsTable({ jobs, routerNames, label, busy, onRetry, onCancel }: JobsTableProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const localeText = useGridLocaleText();

  const columns = useMemo<GridColDef<JobInfo>[]>(() => {
    const list: GridColDef<JobInfo>[] = [
      { field: 'createdAt', headerName: t('jobs.created'), width: 160, type: 'number', valueFormatter: (value: number) => format.instant(value) },
      { field: 'kind', headerName: t('jobs.kind'), width: 160, valueGetter: (_value, row) => t(`jobs.kinds.${row.kind}`) },
      { field: 'item', headerName: t('jobs.item'), width: 120, valueGetter: (_value, row) => jobItem(row) },
      {
        field: 'status',
        headerName: t('jobs.status'),
        width: 120,
        valueGetter: (_value, row) => t(`jobs.statuses.${row.status}`),
        renderCell: ({ row }) => <Chip size="small" color={STATUS_COLORS[row.status]} label={t(`jobs.statuses.${row.status}`)} />,
      },
      { field: 'attempts', headerName: t('jobs.attempts'), type: 'number', width: 90 },
      { field: 'lastError', headerName: t('jobs.lastError'), flex: 1, minWidth: 160, valueGetter: (_value, row) => row.lastError ?? '' },
      {
        field: 'actions',
        headerName: t('jobs.actions'),
        width: 170,
        sortable: false,
        filterable: false,
        disableExport: true,
        align: 'right',
        headerAlign: 'right',
        renderCell: ({ row }) => {
          if (row.status !== 'pending' && row.status !== 'failed') return null;
          const name = `${t(`jobs.kinds.${row.kind}`)} ${jobItem(row)}`;
          return (
            <>
              <Button size="small" disabled={busy} aria-label={t('jobs.retry', { name })} onClick={() => onRetry(row)}>
                {t('jobs.retryShort')}
              </Button>
              <Button size="small" color="error" disabled={busy} aria-label={t('jobs.cancel', { name })} onClick={() => onCancel(row)}>
                {t('jobs.cancelShort')}
              </Button>
            </>
          );
        },
      },
    ];
    if (routerNames) {
      list.splice(1, 0, { field: 'routerId', headerName: t('jobs.router'), width: 130, valueGetter: (_value, row) => routerNames.get(row.routerId) ?? row.routerId });
    }
    return list;
  }, [t, format, routerNames, busy, onRetry, onCancel]);

  return (
    <Paper variant="outlined">
      <DataGrid
        {...GRID_DEFAULTS}
        rows={jobs}
        columns={columns}
        aria-label={label}
        localeText={{ ...localeText, noRowsLabel: t('jobs.empty') }}
        initialState={{ ...GRID_DEFAULTS.initialState, sorting: { sortModel: [{ field: 'createdAt', sort: 'desc' }] } }}
      />
    </Paper>
  );
}
