import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { manageableRoles, type Role } from '@shared/domain/roles';
import type { Operator } from '@shared/ipc/schemas/operators';
import { useUpdateOperator, type UpdateOperatorInput } from '../../api/operators';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { RoleSelect } from './RoleSelect';

/** Display name, role and active switch; only the fields that changed are sent. */
export function EditOperatorDialog({ operator, onClose }: { operator: Operator; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const update = useUpdateOperator();
  const [displayName, setDisplayName] = useState(operator.displayName);
  const [role, setRole] = useState<Role>(operator.role);
  const [active, setActive] = useState(operator.active);
  const isSelf = operator.id === session.operatorId;
  const displayNameOk = displayName.trim() !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!displayNameOk || update.isPending) return;
    const input: UpdateOperatorInput = { id: operator.id };
    if (displayName.trim() !== operator.displayName) input.displayName = displayName.trim();
    if (role !== operator.role) input.role = role;
    if (active !== operator.active) input.active = active;
    update.mutate(input, {
      onSuccess: (saved) => {
        notify(t('operators.updated', { username: saved.username }));
        onClose();
      },
    });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="edit-operator-title" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="edit-operator-title">{t('operators.editTitle', { username: operator.username })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              label={t('operators.displayName')}
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
              error={!displayNameOk}
              helperText={displayNameOk ? undefined : t('setup.required')}
              autoFocus
            />
            <RoleSelect value={role} roles={manageableRoles(session.role)} onChange={setRole} disabled={isSelf} />
            <div>
              <FormControlLabel
                control={<Switch checked={active} onChange={(event) => setActive(event.target.checked)} />}
                label={t('operators.active')}
                disabled={isSelf}
              />
              <FormHelperText>{t('operators.activeHelp')}</FormHelperText>
            </div>
            <ErrorAlert error={update.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={update.isPending}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
