import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ProcedureName } from '@shared/ipc/contract';
import { useRequestApproval } from '../api/auth';
import { ThrottleNotice } from '../features/auth/ThrottleNotice';
import { useThrottle } from '../features/auth/useThrottle';
import { ErrorAlert } from './ErrorAlert';
import { approvers } from './permissions';

type ActionKey = 'approval.actions.settingsUpdate' | 'approval.actions.entryVoid' | 'approval.actions.tillVoid';

/** Human names for the procedures that can need approval; others show their technical name. */
const ACTION_KEYS: Partial<Record<ProcedureName, ActionKey>> = {
  'settings.update': 'approval.actions.settingsUpdate',
  'billing.entries.void': 'approval.actions.entryVoid',
  'till.void': 'approval.actions.tillVoid',
};

interface ApprovalDialogProps {
  procedure: ProcedureName;
  onApproved: (approvalToken: string) => void;
  onCancel: () => void;
}

/**
 * A manager or owner types their own credentials on this screen to approve one call. The token
 * goes back to whoever asked (see useApproval), which retries the call with it.
 */
export function ApprovalDialog({ procedure, onApproved, onCancel }: ApprovalDialogProps) {
  const { t } = useTranslation();
  const request = useRequestApproval();
  const throttle = useThrottle(() => request.reset());
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const actionKey = ACTION_KEYS[procedure];
  const roles = (approvers(procedure) ?? ['owner', 'manager']).map((role) => t(`roles.${role}`)).join(', ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (throttle.active || request.isPending || username.trim() === '' || password === '') return;
    request.mutate(
      { username: username.trim(), password, procedure },
      {
        onSuccess: ({ approvalToken }) => onApproved(approvalToken),
        onError: (error) => {
          throttle.capture(error);
          setPassword('');
        },
      },
    );
  };

  return (
    <Dialog open onClose={onCancel} aria-labelledby="approval-title" maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="approval-title">{t('approval.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('approval.body', { roles })}</DialogContentText>
            <DialogContentText sx={{ fontWeight: 600 }}>
              {t('approval.action', { action: actionKey ? t(actionKey) : procedure })}
            </DialogContentText>
            <TextField
              label={t('approval.username')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              autoComplete="off"
              autoFocus
            />
            <TextField
              label={t('approval.password')}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="off"
            />
            {throttle.active ? (
              <ThrottleNotice throttle={throttle} />
            ) : (
              <ErrorAlert
                error={request.error}
                messages={{ UNAUTHENTICATED: t('approval.wrong'), FORBIDDEN: t('approval.wrong') }}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('approval.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={throttle.active || request.isPending || username.trim() === '' || password === ''}
          >
            {t('approval.approve')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
