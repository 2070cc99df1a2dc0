import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupSummary } from '@shared/ipc/schemas/backups';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { useOfficeFormat, useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useBackups, useBackupSettings, useCreateBackup } from './api';
import { BackupSettingsForm } from './BackupSettingsForm';
import { CountsText } from './CountsText';
import { MovePanel } from './MovePanel';
import { RestoreDialog } from './RestoreDialog';

const STATUS_COLOR = { verified: 'success', failed: 'error', unverified: 'default' } as const;

/** Backups: the list with its checks, "Back up now", restore (owner), and the schedule/retention settings. */
export function BackupsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useOfficeFormat();
  const { role } = useSession();
  const list = useBackups();
  const settings = useBackupSettings();
  const create = useCreateBackup();
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const canRestore = canCall(role, 'backups.restore');

  const backUp = () =>
    create.mutate(undefined, {
      onSuccess: (backup) => notify(backup.status === 'verified' ? t('backups.backedUp') : t('backups.backupFailed')),
    });

  return (
    <Page
      title={t('backups.title')}
      actions={
        <Button variant="contained" onClick={backUp} disabled={create.isPending}>
          {t('backups.backUpNow')}
        </Button>
      }
    >
      <Stack spacing={2}>
        <ErrorAlert error={list.error ?? create.error} />
        {create.data?.secondCopy && !create.data.secondCopy.ok && (
          <Alert severity="warning">{t('backups.secondCopyFailed', { error: create.data.secondCopy.error ?? '' })}</Alert>
        )}
        {list.data && (
          <Stack spacing={0.5}>
            <Typography>{t('backups.folder', { folder: list.data.folder })}</Typography>
            {list.data.secondFolder && <Typography>{t('backups.secondFolder', { folder: list.data.secondFolder })}</Typography>}
            <Typography>
              {list.data.lastGoodAt === null ? t('backups.noGood') : t('backups.lastGood', { when: format.instant(list.data.lastGoodAt) })}
            </Typography>
          </Stack>
        )}
        <TableContainer>
          <Table size="small" aria-label={t('backups.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backups.columns.date')}</TableCell>
                <TableCell>{t('backups.columns.reason')}</TableCell>
                <TableCell align="right">{t('backups.columns.size')}</TableCell>
                <TableCell>{t('backups.columns.status')}</TableCell>
                <TableCell>{t('backups.columns.counts')}</TableCell>
                {canRestore && <TableCell>{t('backups.columns.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data?.backups.length === 0 && (
                <TableRow>
                  <TableCell colSpan={canRestore ? 6 : 5}>{t('backups.empty')}</TableCell>
                </TableRow>
              )}
              {list.data?.backups.map((backup) => (
                <TableRow key={backup.id} data-backup-id={backup.id}>
                  <TableCell>{format.instant(backup.createdAt)}</TableCell>
                  <TableCell>{t(`backups.reasons.${backup.reason}`)}</TableCell>
                  <TableCell align="right">{format.bytes(backup.sizeBytes)}</TableCell>
                  <TableCell>
                    <Chip size="small" color={STATUS_COLOR[backup.status]} label={t(`backups.status.${backup.status}`)} title={backup.problem ?? undefined} />
                    {backup.secondCopy && !backup.secondCopy.ok && (
                      <Typography variant="body2" color="warning.main">
                        {t('backups.secondCopyFailed', { error: backup.secondCopy.error ?? '' })}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <CountsText counts={backup.counts} />
                  </TableCell>
                  {canRestore && (
                    <TableCell>
                      <Button
                        size="small"
                        onClick={() => setRestoring(backup)}
                        disabled={backup.status === 'failed'}
                        aria-label={t('backups.restore.actionFor', { when: format.instant(backup.createdAt) })}
                      >
                        {t('backups.restore.action')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {settings.data && <BackupSettingsForm settings={settings.data} />}
        {canCall(role, 'backups.export') && <MovePanel />}
      </Stack>
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </Page>
  );
}
