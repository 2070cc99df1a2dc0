import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import { GRID_DEFAULTS, useGridLocaleText } from '../../../shell/grid';

type Sessions = ProcedureOutput<Contract['routers.sessions']>;
export interface KickTarget {
  kind: 'hotspot' | 'ppp';
  id: string;
  user: string;
}

type Props =
  | { kind: 'hotspot'; rows: Sessions['hotspot']; onKick: (target: KickTarget) => void }
  | { kind: 'ppp'; rows: Sessions['ppp']; onKick: (target: KickTarget) => void };

/** Router byte counters are strings of digits; shown as a number, sorted as one. */
const bytes = (value: string | null): number | null => (value === null || !/^\d+$/.test(value) ? null : Number(value));

export function SessionsTable(props: Props) {
  const { t } = useTranslation();
  const localeText = useGridLocaleText();
  const { kind, onKick } = props;
  const title = t(`routers.sessions.${kind}`);

  const columns = useMemo<GridColDef<GridValidRowModel>[]>(() => {
    const text = (field: string, header: string, flex = 1): GridColDef<GridValidRowModel> => ({ field, headerName: header, flex, minWidth: 110 });
    const number = (field: string, header: string): GridColDef<GridValidRowModel> => ({
      field,
      headerName: header,
      type: 'number',
      width: 120,
      valueGetter: (value: string | null) => bytes(value),
    });
    const userField = kind === 'hotspot' ? 'user' : 'name';
    const base: GridColDef<GridValidRowModel>[] =
      kind === 'hotspot'
        ? [
            text('user', t('routers.sessions.user')),
            text('address', t('routers.sessions.address')),
            text('macAddress', t('routers.sessions.mac')),
            text('uptime', t('routers.sessions.uptime'), 0.7),
            text('sessionTimeLeft', t('routers.sessions.timeLeft'), 0.7),
            number('bytesIn', t('routers.sessions.bytesIn')),
            number('bytesOut', t('routers.sessions.bytesOut')),
          ]
        : [
            text('name', t('routers.sessions.user')),
            text('service', t('routers.sessions.service'), 0.6),
            text('callerId', t('routers.sessions.callerId')),
            text('address', t('routers.sessions.address')),
            text('uptime', t('routers.sessions.uptime'), 0.7),
          ];
    return [
      ...base,
      {
        field: 'kick',
        headerName: t('routers.actions'),
        width: 100,
        sortable: false,
        filterable: false,
        disableExport: true,
        align: 'right',
        headerAlign: 'right',
        renderCell: ({ row }) => {
          const user = String(row[userField] ?? '');
          return (
            <Button size="small" color="error" aria-label={t('routers.sessions.kick', { user })} onClick={() => onKick({ kind, id: String(row.id), user })}>
              {t('routers.sessions.kickShort')}
            </Button>
          );
        },
      },
    ];
  }, [t, kind, onKick]);

  return (
    <div>
      <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
        {title} ({props.rows.length})
      </Typography>
      <Paper variant="outlined">
        <DataGrid
          {...GRID_DEFAULTS}
          rows={props.rows}
          columns={columns}
          aria-label={title}
          localeText={{ ...localeText, noRowsLabel: t('routers.sessions.none') }}
        />
      </Paper>
    </div>
  );
}
