import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SyncConflict, SyncResolutionName } from '@shared/ipc/schemas/sync';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useResolveConflict } from './api';

type Payload = SyncConflict['local'];

/** A field's value as text; `*_at` columns are epoch ms, shown in the office time zone. */
function show(payload: Payload, field: string, absent: string, instant: (ms: number) => string): string {
  if (!payload) return absent;
  const value = payload[field];
  if (value === undefined) return '';
  if (value === null) return '—';
  return field.endsWith('_at') && typeof value === 'number' ? instant(value) : String(value);
}

/** Every field of either side, the differing ones first. */
function fieldsOf(local: Payload, remote: Payload): Array<{ field: string; differs: boolean }> {
  const names = [...new Set([...Object.keys(local ?? {}), ...Object.keys(remote ?? {})])];
  const rows = names.map((field) => ({ field, differs: Boolean(local && remote) && local?.[field] !== remote?.[field] }));
  return [...rows.filter((row) => row.differs), ...rows.filter((row) => !row.differs)];
}

function SideBySide({ conflict }: { conflict: SyncConflict }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const remoteLabel = conflict.originOffice ? t('sync.dialog.remote', { office: conflict.originOffice }) : t('sync.dialog.remoteUnknown');
  return (
    <Table size="small" aria-label={t('sync.dialog.title', { table: conflict.table })}>
      <TableHead>
        <TableRow>
          <TableCell>{t('sync.dialog.field')}</TableCell>
          <TableCell>{t('sync.dialog.local')}</TableCell>
          <TableCell>{remoteLabel}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fieldsOf(conflict.local, conflict.remote).map(({ field, differs }) => (
          <TableRow key={field} sx={differs ? { bgcolor: 'warning.light', '& td': { fontWeight: 600 } } : undefined} aria-label={differs ? `${field}: ${t('sync.dialog.changed')}` : field}>
            <TableCell component="th" scope="row">
              {field}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-all' }}>{show(conflict.local, field, t('sync.dialog.absent'), format.instant)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-all' }}>{show(conflict.remote, field, t('sync.dialog.absent'), format.instant)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Both sides of one conflict, the resolve actions this conflict allows and a note for the audit log. */
export function ConflictDialog({ conflict, onClose }: { conflict: SyncConflict; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const notify = useNotify();
  const resolve = useResolveConflict();
  const [note, setNote] = useState('');
  const act = (resolution: SyncResolutionName) =>
    resolve.mutateAsync({ id: conflict.id, resolution, note }).then(
      () => {
        notify(t('sync.dialog.resolved'));
        onClose();
      },
      () => undefined,
    );
  const isMaster = conflict.allowed.includes('kept_local');

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="sync-conflict-title">
      <DialogTitle id="sync-conflict-title">{t('sync.dialog.title', { table: conflict.table })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            {t(`sync.conflicts.kinds.${conflict.kind}`)} · {conflict.reason} · {format.instant(conflict.detectedAt)}
          </Typography>
          {!isMaster && conflict.resolvedAt === null && <Alert severity="info">{t('sync.dialog.factHint')}</Alert>}
          <SideBySide conflict={conflict} />
          {conflict.resolvedAt !== null && conflict.resolution ? (
            <Alert severity="success">
              {t('sync.dialog.resolvedBy', { by: conflict.resolvedBy ?? '—', when: format.instant(conflict.resolvedAt), resolution: t(`sync.resolutions.${conflict.resolution}`) })}
              {conflict.resolutionNote ? ` — ${conflict.resolutionNote}` : ''}
            </Alert>
          ) : (
            <TextField label={t('sync.dialog.note')} helperText={t('sync.dialog.noteHelp')} value={note} onChange={(event) => setNote(event.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} />
          )}
          <ErrorAlert error={resolve.error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
        {conflict.allowed.map((resolution) => (
          <Button key={resolution} variant={resolution === 'acknowledged' ? 'outlined' : 'contained'} disabled={resolve.isPending} onClick={() => void act(resolution)}>
            {t(`sync.resolutions.${resolution}`)}
          </Button>
        ))}
      </DialogActions>
    </Dialog>
  );
}
