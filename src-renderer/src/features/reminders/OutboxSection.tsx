import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { OUTBOX_STATUSES, REMINDER_KINDS, type OutboxMessage, type OutboxStatus, type ReminderKind } from '@shared/ipc/schemas/reminders';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useCancelMessage, useOutbox, useRetryMessage } from './api';
import { OutboxGrid } from './OutboxGrid';
import { STATUS_COLORS } from './statusColors';

const PAGE_SIZE = 25;

/** The outbox: filter by status and kind, page through it, retry or cancel (managers and owners). */
export function OutboxSection() {
  const { t } = useTranslation();
  const { role } = useSession();
  const [status, setStatus] = useState<OutboxStatus | undefined>(undefined);
  const [kind, setKind] = useState<ReminderKind | undefined>(undefined);
  const [page, setPage] = useState({ page: 0, pageSize: PAGE_SIZE });
  const outbox = useOutbox({ ...(status ? { status } : {}), ...(kind ? { kind } : {}), offset: page.page * page.pageSize, limit: page.pageSize });
  const actions = useOutboxActions();
  const editable = canCall(role, 'reminders.outbox.retry');

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} role="group" aria-label={t('reminders.outbox.filters')} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          select
          label={t('reminders.outbox.filterStatus')}
          value={status ?? ''}
          onChange={(event) => {
            setStatus(event.target.value === '' ? undefined : (event.target.value as OutboxStatus));
            setPage((current) => ({ ...current, page: 0 }));
          }}
          sx={{ width: 200 }}
          fullWidth={false}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('reminders.outbox.allStatuses')}</MenuItem>
          {OUTBOX_STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`reminders.statuses.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('reminders.outbox.filterKind')}
          value={kind ?? ''}
          onChange={(event) => {
            setKind(event.target.value === '' ? undefined : (event.target.value as ReminderKind));
            setPage((current) => ({ ...current, page: 0 }));
          }}
          sx={{ width: 220 }}
          fullWidth={false}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('reminders.outbox.allKinds')}</MenuItem>
          {REMINDER_KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`reminders.kinds.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {outbox.data &&
          OUTBOX_STATUSES.map((value) => (
            <Chip
              key={value}
              size="small"
              variant="outlined"
              color={STATUS_COLORS[value]}
              label={t('reminders.outbox.count', { status: t(`reminders.statuses.${value}`), count: outbox.data.counts[value] })}
            />
          ))}
      </Stack>
      <ErrorAlert error={actions.error} />
      {outbox.data ? (
        <OutboxGrid
          messages={outbox.data.messages}
          total={outbox.data.total}
          page={page}
          onPageChange={setPage}
          loading={outbox.isFetching && outbox.isPlaceholderData}
          editable={editable}
          {...actions}
        />
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} />
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
    </Stack>
  );
}

/** Retry and cancel with a notice; the last failure is shown above the grid. */
function useOutboxActions() {
  const { t } = useTranslation();
  const notify = useNotify();
  const retry = useRetryMessage();
  const cancel = useCancelMessage();
  return {
    busy: retry.isPending || cancel.isPending,
    error: retry.error ?? cancel.error,
    onRetry: (message: OutboxMessage) => {
      cancel.reset();
      retry.mutate(message.id, { onSuccess: () => notify(t('reminders.outbox.retried', { name: message.customerName })) });
    },
    onCancel: (message: OutboxMessage) => {
      retry.reset();
      cancel.mutate(message.id, { onSuccess: () => notify(t('reminders.outbox.cancelled', { name: message.customerName })) });
    },
  };
}
