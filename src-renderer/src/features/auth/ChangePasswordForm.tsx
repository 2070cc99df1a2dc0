import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useChangePassword } from '../../api/auth';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useSession } from '../../shell/SessionContext';
import { passwordMeetsPolicy } from './passwordPolicy';
import { PasswordPolicyList } from './PasswordPolicyList';

/** Current password, new password twice, with the policy shown live. Used in Settings and at forced change. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { username } = useSession();
  const change = useChangePassword();
  const policyId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const policyOk = passwordMeetsPolicy(next, username);
  const mismatch = confirm !== '' && confirm !== next;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (current === '' || !policyOk || next !== confirm) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
          setSubmitted(false);
          onDone?.();
        },
      },
    );
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 420 }}>
      <TextField
        label={t('changePassword.current')}
        type="password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        autoComplete="current-password"
        error={submitted && current === ''}
        helperText={submitted && current === '' ? t('setup.required') : undefined}
      />
      <TextField
        label={t('changePassword.new')}
        type="password"
        value={next}
        onChange={(event) => setNext(event.target.value)}
        autoComplete="new-password"
        error={submitted && !policyOk}
        helperText={submitted && !policyOk ? t('password.weak') : undefined}
        slotProps={{ htmlInput: { 'aria-describedby': policyId } }}
      />
      <PasswordPolicyList id={policyId} password={next} username={username} />
      <TextField
        label={t('changePassword.confirm')}
        type="password"
        value={confirm}
        onChange={(event) => setConfirm(event.target.value)}
        autoComplete="new-password"
        error={mismatch || (submitted && confirm !== next)}
        helperText={mismatch || (submitted && confirm !== next) ? t('setup.passwordsDiffer') : undefined}
      />
      <ErrorAlert error={change.error} messages={{ UNAUTHENTICATED: t('changePassword.wrongCurrent') }} />
      <div>
        <Button type="submit" variant="contained" disabled={change.isPending}>
          {t('changePassword.submit')}
        </Button>
      </div>
    </Stack>
  );
}
