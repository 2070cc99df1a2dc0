import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SyncConflict } from '@shared/ipc/schemas/sync';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useSyncConflicts, type ConflictStatusFilter } from './api';
import { ConflictDialog } from './ConflictDialog';

const PAGE_SIZES = [25, 50, 100];

/** Admin → Sync → Conflicts: newest first, open by default; a row opens both sides and the resolve actions. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const [status, setStatus] = useState<ConflictStatusFilter>('open');
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const [openId, setOpenId] = useState<string | null>(null);
  const conflicts = useSyncConflicts(status, page, pageSize);
  const items = conflicts.data?.items ?? [];
  // The dialog follows the cached row, so a resolution shows at once.
  const open = items.find((item) => item.id === openId) ?? null;
  const statusText = (conflict: SyncConflict) =>
    conflict.resolution ? t('sync.conflicts.resolvedAs', { resolution: t(`sync.resolutions.${conflict.resolution}`) }) : t('sync.conflicts.open');

  return (
    <Page title={t('sync.conflictsTitle')}>
      <Stack spacing={2}>
        <Typography color="text.secondary">{t('sync.conflicts.intro')}</Typography>
        <TextField
          select
          label={t('sync.conflicts.filter')}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as ConflictStatusFilter);
            setPage(0);
          }}
          sx={{ width: 200 }}
        >
          {(['open', 'resolved', 'all'] as const).map((value) => (
            <MenuItem key={value} value={value}>
              {t(`sync.conflicts.filters.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <ErrorAlert error={conflicts.error} />
        {conflicts.isPending && <CircularProgress aria-label={t('app.loading')} />}
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('sync.conflicts.label')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('sync.conflicts.columns.table')}</TableCell>
                <TableCell>{t('sync.conflicts.columns.row')}</TableCell>
                <TableCell>{t('sync.conflicts.columns.kind')}</TableCell>
                <TableCell>{t('sync.conflicts.columns.reason')}</TableCell>
                <TableCell>{t('sync.conflicts.columns.office')}</TableCell>
                <TableCell>{t('sync.conflicts.columns.detected')}</TableCell>
                <TableCell>{t('sync.conflicts.columns.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((conflict) => (
                <TableRow key={conflict.id} hover>
                  <TableCell>{conflict.table}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>{conflict.rowId}</TableCell>
                  <TableCell>
                    <Chip size="small" label={t(`sync.conflicts.kinds.${conflict.kind}`)} color={conflict.kind === 'double_sale' ? 'warning' : 'default'} />
                  </TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>{conflict.reason}</TableCell>
                  <TableCell>{conflict.originOffice ?? '—'}</TableCell>
                  <TableCell>{format.instant(conflict.detectedAt)}</TableCell>
                  <TableCell>{statusText(conflict)}</TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => setOpenId(conflict.id)} aria-label={t('sync.conflicts.viewFor', { table: conflict.table, row: conflict.rowId })}>
                      {t('sync.conflicts.view')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
              {conflicts.data && items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={8}>{t('sync.conflicts.empty')}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={conflicts.data?.total ?? 0}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_event, next) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setPageSize(Number(event.target.value));
              setPage(0);
            }}
          />
        </TableContainer>
      </Stack>
      {open && <ConflictDialog conflict={open} onClose={() => setOpenId(null)} />}
    </Page>
  );
}
