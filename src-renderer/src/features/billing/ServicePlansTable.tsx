import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Tooltip from '@mui/material/Tooltip';
import EditIcon from '@mui/icons-material/Edit';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { ServicePlan } from '@shared/ipc/schemas/billing';
import { GRID_DEFAULTS, useGridLocaleText } from '../../shell/grid';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { useCycleText } from './cycleText';
import { bpToPercent, decimalSeparator } from './moneyText';

interface ServicePlansTableProps {
  plans: readonly ServicePlan[];
  routerNames: ReadonlyMap<string, string>;
  onEdit?: (plan: ServicePlan) => void;
}

/** Service plans with price, cycle and the router side (profile, rate limit, pool); admins edit. */
export function ServicePlansTable({ plans, routerNames, onEdit }: ServicePlansTableProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const office = useOffice();
  const localeText = useGridLocaleText();
  const cycleText = useCycleText();

  const columns = useMemo<GridColDef<ServicePlan>[]>(() => {
    const separator = decimalSeparator(office.locale);
    const list: GridColDef<ServicePlan>[] = [
      { field: 'name', headerName: t('billing.plans.name'), flex: 1, minWidth: 140 },
      { field: 'routerId', headerName: t('billing.plans.router'), width: 130, valueGetter: (_value, row) => routerNames.get(row.routerId) ?? '…' },
      { field: 'pppProfile', headerName: t('billing.plans.pppProfile'), width: 120 },
      { field: 'priceMinor', headerName: t('billing.plans.price'), type: 'number', width: 120, valueFormatter: (value: number) => format.money(value) },
      { field: 'cycle', headerName: t('billing.plans.cycle'), width: 150, valueGetter: (_value, row) => cycleText(row.cycle) },
      { field: 'rateLimit', headerName: t('billing.plans.rateLimit'), width: 100, valueGetter: (_value, row) => row.rateLimit ?? '—' },
      { field: 'addressPool', headerName: t('billing.plans.addressPool'), width: 110, valueGetter: (_value, row) => row.addressPool ?? '—' },
      {
        field: 'setupFeeMinor',
        headerName: t('billing.plans.setupFee'),
        type: 'number',
        width: 110,
        valueFormatter: (value: number) => format.money(value),
      },
      {
        field: 'taxRateBp',
        headerName: t('billing.plans.tax'),
        type: 'number',
        width: 80,
        valueFormatter: (value: number) => `${bpToPercent(value, separator)} %`,
      },
      { field: 'graceDays', headerName: t('billing.plans.graceDays'), type: 'number', width: 90 },
    ];
    if (onEdit) {
      list.push({
        field: 'actions',
        headerName: t('billing.plans.actions'),
        width: 80,
        sortable: false,
        filterable: false,
        disableExport: true,
        align: 'right',
        headerAlign: 'right',
        renderCell: ({ row }) => (
          <Tooltip title={t('billing.plans.edit', { name: row.name })}>
            <IconButton size="small" aria-label={t('billing.plans.edit', { name: row.name })} onClick={() => onEdit(row)}>
              <EditIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ),
      });
    }
    return list;
  }, [t, format, office.locale, routerNames, onEdit, cycleText]);

  return (
    <Paper variant="outlined">
      <DataGrid
        {...GRID_DEFAULTS}
        rows={plans}
        columns={columns}
        aria-label={t('billing.plans.title')}
        localeText={{ ...localeText, noRowsLabel: t('billing.plans.empty') }}
        initialState={{ ...GRID_DEFAULTS.initialState, sorting: { sortModel: [{ field: 'name', sort: 'asc' }] } }}
      />
    </Paper>
  );
}
