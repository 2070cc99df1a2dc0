import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { manageableRoles, type Role } from '@shared/domain/roles';
import { usernameSchema } from '@shared/ipc/schemas/common';
import { useCreateOperator } from '../../api/operators';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { passwordMeetsPolicy } from '../auth/passwordPolicy';
import { PasswordPolicyList } from '../auth/PasswordPolicyList';
import { RoleSelect } from './RoleSelect';

export function AddOperatorDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const create = useCreateOperator();
  const policyId = useId();
  const roles = manageableRoles(session.role);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>(roles.includes('cashier') ? 'cashier' : (roles[0] ?? 'cashier'));
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const usernameOk = usernameSchema.safeParse(username).success;
  const displayNameOk = displayName.trim() !== '';
  const passwordOk = passwordMeetsPolicy(password, username);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!usernameOk || !displayNameOk || !passwordOk || create.isPending) return;
    create.mutate(
      { username: username.trim(), displayName: displayName.trim(), role, password },
      {
        onSuccess: (operator) => {
          notify(t('operators.created', { username: operator.username }));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="add-operator-title" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="add-operator-title">{t('operators.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t('operators.username')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              error={submitted && !usernameOk}
              helperText={submitted && !usernameOk ? t('setup.usernameInvalid') : t('setup.usernameHelp')}
              autoComplete="off"
              autoFocus
            />
            <TextField
              label={t('operators.displayName')}
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
              error={submitted && !displayNameOk}
              helperText={submitted && !displayNameOk ? t('setup.required') : undefined}
              autoComplete="off"
            />
            <RoleSelect value={role} roles={roles} onChange={setRole} />
            <TextField
              label={t('operators.password')}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={submitted && !passwordOk}
              helperText={submitted && !passwordOk ? t('password.weak') : undefined}
              autoComplete="new-password"
              slotProps={{ htmlInput: { 'aria-describedby': policyId } }}
            />
            <PasswordPolicyList id={policyId} password={password} username={username} />
            <ErrorAlert error={create.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {t('operators.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
