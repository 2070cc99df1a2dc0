import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Operator } from '@shared/ipc/schemas/operators';
import { useResetPassword } from '../../api/operators';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { passwordMeetsPolicy } from '../auth/passwordPolicy';
import { PasswordPolicyList } from '../auth/PasswordPolicyList';

/** Owner only: sets a new password for someone who forgot theirs. */
export function ResetPasswordDialog({ operator, onClose }: { operator: Operator; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const reset = useResetPassword();
  const policyId = useId();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const policyOk = passwordMeetsPolicy(password, operator.username);
  const mismatch = (submitted || confirm !== '') && confirm !== password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!policyOk || confirm !== password || reset.isPending) return;
    reset.mutate(
      { id: operator.id, newPassword: password },
      {
        onSuccess: () => {
          notify(t('operators.resetDone', { username: operator.username }));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="reset-password-title" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="reset-password-title">
          {t('operators.resetTitle', { username: operator.username })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>{t('operators.resetHint', { name: operator.displayName })}</DialogContentText>
            <TextField
              label={t('operators.newPassword')}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={submitted && !policyOk}
              helperText={submitted && !policyOk ? t('password.weak') : undefined}
              autoComplete="new-password"
              autoFocus
              slotProps={{ htmlInput: { 'aria-describedby': policyId } }}
            />
            <PasswordPolicyList id={policyId} password={password} username={operator.username} />
            <TextField
              label={t('operators.confirmPassword')}
              type="password"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              error={mismatch}
              helperText={mismatch ? t('setup.passwordsDiffer') : undefined}
              autoComplete="new-password"
            />
            <ErrorAlert error={reset.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={reset.isPending}>
            {t('operators.resetSubmit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
