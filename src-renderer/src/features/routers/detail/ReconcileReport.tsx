import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';

type Report = ProcedureOutput<Contract['routers.reconcile']>;

export function ReconcileReport({ name, report, onClose }: { name: string; report: Report; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('routers.reconcile.reportTitle', { name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography role="status">
            {t('routers.reconcile.summary', { added: report.added, updated: report.updated, removed: report.removed })}
          </Typography>
          {report.conflicts.length > 0 && (
            <Alert severity="warning">
              {t('routers.reconcile.conflicts', { count: report.conflicts.length })}
              <List dense>
                {report.conflicts.map((item) => (
                  <ListItem key={`${item.menu}:${item.name}`} disableGutters>
                    <ListItemText primary={item.name} secondary={item.menu} />
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
          {report.errors.length > 0 && (
            <Alert severity="error">
              {t('routers.reconcile.errors', { count: report.errors.length })}
              <List dense>
                {report.errors.map((item) => (
                  <ListItem key={`${item.menu}:${item.name}`} disableGutters>
                    <ListItemText primary={`${item.name} (${item.menu})`} secondary={t('routers.errors.routerSaid', { message: item.message })} />
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
