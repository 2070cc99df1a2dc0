import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import type { OutboxMessage } from '@shared/ipc/schemas/reminders';
import { GRID_DEFAULTS, useGridLocaleText } from '../../shell/grid';
import { useOfficeFormat } from '../../shell/SessionContext';
import { STATUS_COLORS } from './statusColors';

interface OutboxGridProps {
  messages: readonly OutboxMessage[];
  total: number;
  page: GridPaginationModel;
  onPageChange: (page: GridPaginationModel) => void;
  loading: boolean;
  /** Managers and owners retry and cancel; cashiers only look. */
  editable: boolean;
  busy: boolean;
  onRetry: (message: OutboxMessage) => void;
  onCancel: (message: OutboxMessage) => void;
}

/** One page of the outbox, newest first (paged by the main process, so columns do not sort). */
export function OutboxGrid({ messages, total, page, onPageChange, loading, editable, busy, onRetry, onCancel }: OutboxGridProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const localeText = useGridLocaleText();

  const columns = useMemo<GridColDef<OutboxMessage>[]>(() => {
    const list: GridColDef<OutboxMessage>[] = [
      { field: 'createdAt', headerName: t('reminders.outbox.created'), width: 150, valueFormatter: (value: number) => format.instant(value) },
      { field: 'customerName', headerName: t('reminders.outbox.customer'), width: 170, valueGetter: (_value, row) => `${row.customerName} (${row.accountNumber})` },
      { field: 'kind', headerName: t('reminders.outbox.kind'), width: 140, valueGetter: (_value, row) => t(`reminders.kinds.${row.kind}`) },
      { field: 'channel', headerName: t('reminders.outbox.channel'), width: 100, valueGetter: (_value, row) => t(`reminders.channels.${row.channel}`) },
      { field: 'recipient', headerName: t('reminders.outbox.recipient'), width: 130 },
      { field: 'body', headerName: t('reminders.outbox.message'), flex: 1, minWidth: 200 },
      {
        field: 'status',
        headerName: t('reminders.outbox.status'),
        width: 110,
        valueGetter: (_value, row) => t(`reminders.statuses.${row.status}`),
        renderCell: ({ row }) => <Chip size="small" color={STATUS_COLORS[row.status]} label={t(`reminders.statuses.${row.status}`)} />,
      },
      { field: 'attempts', headerName: t('reminders.outbox.attempts'), type: 'number', width: 90 },
      {
        field: 'when',
        headerName: t('reminders.outbox.sentAt'),
        width: 150,
        valueGetter: (_value, row) => (row.sentAt !== null ? format.instant(row.sentAt) : row.status === 'queued' ? `→ ${format.instant(row.nextAttemptAt)}` : ''),
      },
      { field: 'lastError', headerName: t('reminders.outbox.lastError'), width: 220, valueGetter: (_value, row) => row.lastError ?? '' },
    ];
    if (editable) {
      list.push({
        field: 'actions',
        headerName: t('reminders.outbox.actions'),
        width: 170,
        filterable: false,
        disableExport: true,
        align: 'right',
        headerAlign: 'right',
        renderCell: ({ row }) => (
          <>
            {row.status !== 'sent' && (
              <Button size="small" disabled={busy} aria-label={t('reminders.outbox.retry', { name: row.customerName })} onClick={() => onRetry(row)}>
                {t('reminders.outbox.retryShort')}
              </Button>
            )}
            {(row.status === 'queued' || row.status === 'failed') && (
              <Button size="small" color="error" disabled={busy} aria-label={t('reminders.outbox.cancel', { name: row.customerName })} onClick={() => onCancel(row)}>
                {t('reminders.outbox.cancelShort')}
              </Button>
            )}
          </>
        ),
      });
    }
    return list.map((column) => ({ ...column, sortable: false }));
  }, [t, format, editable, busy, onRetry, onCancel]);

  return (
    <Paper variant="outlined">
      <DataGrid
        {...GRID_DEFAULTS}
        rows={messages}
        columns={columns}
        aria-label={t('reminders.outbox.label')}
        localeText={{ ...localeText, noRowsLabel: t('reminders.outbox.empty') }}
        paginationMode="server"
        rowCount={total}
        paginationModel={page}
        onPaginationModelChange={onPageChange}
        loading={loading}
        getRowHeight={() => 'auto'}
      />
    </Paper>
  );
}
