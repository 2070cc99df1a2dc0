import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { ErrorAlert } from './ErrorAlert';

interface ConfirmDialogProps {
  /** Names what will be affected ("Remove router Kantor Pusat?"). */
  title: string;
  body?: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  pending?: boolean;
  error?: unknown;
  errorMessages?: Parameters<typeof ErrorAlert>[0]['messages'];
  onConfirm: () => void;
  onClose: () => void;
}

/** Confirmation before a destructive action; the error of the action shows inside, the dialog stays open. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, body, confirmLabel, destructive = true, pending = false, error, errorMessages, onConfirm, onClose } = props;
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {body && <DialogContentText component="div">{body}</DialogContentText>}
          <ErrorAlert error={error} messages={errorMessages} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button variant="contained" color={destructive ? 'error' : 'primary'} onClick={onConfirm} disabled={pending} autoFocus>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
