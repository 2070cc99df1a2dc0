import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { GRID_DEFAULTS, useGridLocaleText } from '../../shell/grid';
import { hrefFor } from '../../shell/router';
import { useOfficeFormat } from '../../shell/SessionContext';
import { routerPath } from './paths';
import { RouterStatusText } from './RouterStatusDot';
import type { RouterRow } from './useRouterRows';

interface RoutersTableProps {
  rows: readonly RouterRow[];
  onEdit?: (router: RouterRow) => void;
  onRemove?: (router: RouterRow) => void;
}

export function RoutersTable({ rows, onEdit, onRemove }: RoutersTableProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const localeText = useGridLocaleText();

  const columns = useMemo<GridColDef<RouterRow>[]>(() => {
    const list: GridColDef<RouterRow>[] = [
      {
        field: 'name',
        headerName: t('routers.name'),
        flex: 1,
        minWidth: 160,
        renderCell: ({ row }) => <Link href={hrefFor(routerPath(row.id))}>{row.name}</Link>,
      },
      {
        field: 'address',
        headerName: t('routers.address'),
        minWidth: 160,
        flex: 1,
        valueGetter: (_value, row) => `${row.host}:${row.port}`,
      },
      {
        field: 'transport',
        headerName: t('routers.transport'),
        width: 110,
        valueGetter: (_value, row) => t(`routers.transports.${row.transport}`),
      },
      {
        field: 'status',
        headerName: t('routers.status'),
        width: 150,
        valueGetter: (_value, row) => t(`routers.state.${row.status.state}`),
        renderCell: ({ row }) => <RouterStatusText state={row.status.state} />,
      },
      {
        field: 'cpu',
        headerName: t('routers.cpu'),
        type: 'number',
        width: 90,
        valueGetter: (_value, row) => row.health?.cpuLoad ?? null,
        valueFormatter: (value: number | null) => (value === null ? '—' : `${format.count(value)} %`),
      },
      {
        field: 'memory',
        headerName: t('routers.memoryUsed'),
        type: 'number',
        width: 120,
        valueGetter: (_value, row) => row.memoryUsedPct,
        valueFormatter: (value: number | null) => (value === null ? '—' : `${format.count(value)} %`),
      },
      {
        field: 'version',
        headerName: t('routers.version'),
        width: 130,
        valueGetter: (_value, row) => row.health?.version ?? '',
      },
    ];
    if (onEdit || onRemove) {
      list.push({
        field: 'actions',
        headerName: t('routers.actions'),
        width: 110,
        sortable: false,
        filterable: false,
        disableExport: true,
        align: 'right',
        headerAlign: 'right',
        renderCell: ({ row }) => (
          <>
            {onEdit && (
              <Tooltip title={t('routers.edit', { name: row.name })}>
                <IconButton size="small" aria-label={t('routers.edit', { name: row.name })} onClick={() => onEdit(row)}>
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            )}
            {onRemove && (
              <Tooltip title={t('routers.remove', { name: row.name })}>
                <IconButton size="small" aria-label={t('routers.remove', { name: row.name })} onClick={() => onRemove(row)}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            )}
          </>
        ),
      });
    }
    return list;
  }, [t, format, onEdit, onRemove]);

  return (
    <Paper variant="outlined">
      <DataGrid
        {...GRID_DEFAULTS}
        rows={rows}
        columns={columns}
        aria-label={t('routers.title')}
        localeText={{ ...localeText, noRowsLabel: t('routers.empty') }}
        initialState={{ ...GRID_DEFAULTS.initialState, sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
      />
    </Paper>
  );
}
