import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Plan } from '@shared/ipc/schemas/vouchers';
import { GRID_DEFAULTS, useGridLocaleText } from '../../../shell/grid';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { formatDuration } from '../units';

export interface PlanActions {
  onGenerate?: (plan: Plan) => void;
  onEdit?: (plan: Plan) => void;
  onRemove?: (plan: Plan) => void;
}

interface PlansTableProps extends PlanActions {
  plans: readonly Plan[];
  routerNames: ReadonlyMap<string, string>;
}

/** Plans with their price in the office currency and limits in words; admins get row actions. */
export function PlansTable({ plans, routerNames, onGenerate, onEdit, onRemove }: PlansTableProps) {
  const { t, i18n } = useTranslation();
  const format = useOfficeFormat();
  const localeText = useGridLocaleText();
  const language = i18n.resolvedLanguage ?? 'en';

  const columns = useMemo<GridColDef<Plan>[]>(() => {
    const duration = (value: number | null, none: string) => (value === null ? none : formatDuration(value, language));
    const list: GridColDef<Plan>[] = [
      { field: 'name', headerName: t('vouchers.plans.name'), flex: 1, minWidth: 140 },
      {
        field: 'routerId',
        headerName: t('vouchers.plans.router'),
        width: 130,
        valueGetter: (_value, row) => (row.routerId ? (routerNames.get(row.routerId) ?? row.routerId) : t('vouchers.plans.noRouter')),
      },
      { field: 'hotspotProfile', headerName: t('vouchers.plans.profile'), width: 120 },
      {
        field: 'priceMinor',
        headerName: t('vouchers.plans.price'),
        type: 'number',
        width: 120,
        valueFormatter: (value: number | null) => (value === null ? '—' : format.money(value)),
      },
      {
        field: 'validityMs',
        headerName: t('vouchers.plans.validity'),
        width: 120,
        valueGetter: (_value, row) => duration(row.validityMs, t('vouchers.plans.neverExpires')),
      },
      {
        field: 'timeLimitMs',
        headerName: t('vouchers.plans.timeLimit'),
        width: 110,
        valueGetter: (_value, row) => duration(row.timeLimitMs, t('vouchers.plans.unlimited')),
      },
      {
        field: 'dataLimitBytes',
        headerName: t('vouchers.plans.dataLimit'),
        width: 100,
        valueGetter: (_value, row) => (row.dataLimitBytes === null ? t('vouchers.plans.unlimited') : format.bytes(row.dataLimitBytes)),
      },
      { field: 'rateLimit', headerName: t('vouchers.plans.rateLimit'), width: 100, valueGetter: (_value, row) => row.rateLimit ?? '—' },
      {
        field: 'sharedUsers',
        headerName: t('vouchers.plans.sharedUsers'),
        width: 100,
        valueGetter: (_value, row) =>
          row.sharedUsers === null ? t('vouchers.plans.routerDefault') : row.sharedUsers === 0 ? t('vouchers.plans.unlimited') : format.count(row.sharedUsers),
      },
      {
        field: 'macLock',
        headerName: t('vouchers.plans.macLock'),
        width: 90,
        valueGetter: (_value, row) => (row.macLock ? t('common.yes') : t('common.no')),
      },
      {
        field: 'expiryMode',
        headerName: t('vouchers.plans.expiryMode'),
        width: 130,
        valueGetter: (_value, row) => t(`vouchers.expiryModes.${row.expiryMode}`),
      },
    ];
    if (onGenerate || onEdit || onRemove) {
      const labels: ActionLabels = {
        generate: (name) => t('vouchers.plans.generateFor', { name }),
        edit: (name) => t('vouchers.plans.edit', { name }),
        remove: (name) => t('vouchers.plans.remove', { name }),
      };
      list.push(actionsColumn(t('vouchers.plans.actions'), { onGenerate, onEdit, onRemove }, labels));
    }
    return list;
  }, [t, format, language, routerNames, onGenerate, onEdit, onRemove]);

  return (
    <Paper variant="outlined">
      <DataGrid
        {...GRID_DEFAULTS}
        rows={plans}
        columns={columns}
        aria-label={t('vouchers.plans.title')}
        localeText={{ ...localeText, noRowsLabel: t('vouchers.plans.empty') }}
        initialState={{ ...GRID_DEFAULTS.initialState, sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
      />
    </Paper>
  );
}

/** Row action names, translated by the table (a `t` passed down is too deep a type for tsc with the full key set). */
interface ActionLabels {
  generate: (name: string) => string;
  edit: (name: string) => string;
  remove: (name: string) => string;
}

function actionsColumn(headerName: string, actions: PlanActions, labels: ActionLabels): GridColDef<Plan> {
  const button = (label: string, icon: ReactNode, onClick: () => void) => (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={onClick}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return {
    field: 'actions',
    headerName,
    width: 130,
    sortable: false,
    filterable: false,
    disableExport: true,
    align: 'right',
    headerAlign: 'right',
    renderCell: ({ row }) => (
      <>
        {actions.onGenerate &&
          row.routerId &&
          button(labels.generate(row.name), <PlaylistAddIcon fontSize="small" />, () => actions.onGenerate?.(row))}
        {actions.onEdit && button(labels.edit(row.name), <EditIcon fontSize="small" />, () => actions.onEdit?.(row))}
        {actions.onRemove && button(labels.remove(row.name), <DeleteIcon fontSize="small" />, () => actions.onRemove?.(row))}
      </>
    ),
  };
}
