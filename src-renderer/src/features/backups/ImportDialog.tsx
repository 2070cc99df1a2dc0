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
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { useImportBackup } from './api';
import { restoreErrorText } from './restoreErrors';
import { reloadAfterRestart } from './restartAfterRestore';

/** Import a whole-database file: the main process checks it like a restore (damaged or newer: refused). */
export function ImportDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const titleId = useId();
  const importFile = useImportBackup();
  const [password, setPassword] = useState('');
  const submit = () =>
    importFile.mutate(
      { path, password },
      {
        onSuccess: (outcome) => {
          notify(outcome.restarting ? t('backups.restore.restarting') : t('backups.restore.applyAtStart'));
          reloadAfterRestart(outcome.restarting);
          onClose();
        },
      },
    );
  return (
    <Dialog open onClose={importFile.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('backups.move.importTitle', { file: path })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">{t('backups.restore.safety')}</Alert>
          <Typography>{t('backups.restore.restart')}</Typography>
          <TextField
            label={t('backups.restore.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <ErrorAlert error={importFile.error} messages={{ CONFLICT: restoreErrorText(importFile.error, t) ?? t('errors.CONFLICT') }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={importFile.isPending}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={submit} disabled={importFile.isPending || password === ''}>
          {t('backups.restore.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
