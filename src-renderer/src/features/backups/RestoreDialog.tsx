import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { BackupSummary } from '@shared/ipc/schemas/backups';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useBackupDetails, useRestoreBackup } from './api';
import { CountsText } from './CountsText';
import { restoreErrorText } from './restoreErrors';
import { reloadAfterRestart } from './restartAfterRestore';

interface RestoreDialogProps {
  backup: BackupSummary;
  onClose: () => void;
}

/** Shows what the backup holds (its manifest and a fresh check), says a safety copy comes first, asks the owner's password. */
export function RestoreDialog({ backup, onClose }: RestoreDialogProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const notify = useNotify();
  const titleId = useId();
  const details = useBackupDetails(backup.id);
  const restore = useRestoreBackup();
  const [password, setPassword] = useState('');
  const when = format.instant(backup.createdAt);
  const fresh = details.data?.fresh;
  const blocked = !fresh || !fresh.ok || fresh.newerSchema;

  const submit = () => {
    restore.mutate(
      { id: backup.id, password },
      {
        onSuccess: (outcome) => {
          notify(outcome.restarting ? t('backups.restore.restarting') : t('backups.restore.applyAtStart'));
          reloadAfterRestart(outcome.restarting);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open onClose={restore.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('backups.restore.title', { when })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>{t('backups.restore.holds')}</Typography>
          <Typography component="p" data-testid="restore-holds">
            <CountsText counts={fresh?.counts ?? backup.counts} />
          </Typography>
          {details.isPending && <Typography>{t('backups.restore.checking')}</Typography>}
          <ErrorAlert error={details.error} />
          {fresh && (
            <Typography>
              {t('backups.restore.fresh', {
                result: fresh.ok ? t('backups.restore.freshOk') : t('backups.restore.freshBad', { problem: fresh.problem ?? fresh.integrity }),
              })}
            </Typography>
          )}
          {fresh?.newerSchema && <Alert severity="error">{t('backups.restore.newer')}</Alert>}
          <Alert severity="warning">{t('backups.restore.safety')}</Alert>
          <Typography>{t('backups.restore.restart')}</Typography>
          <TextField
            label={t('backups.restore.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && password && !blocked) submit();
            }}
          />
          <ErrorAlert error={restore.error} messages={{ CONFLICT: restoreErrorText(restore.error, t) ?? t('errors.CONFLICT') }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={restore.isPending}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={submit} disabled={restore.isPending || blocked || password === ''}>
          {t('backups.restore.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
