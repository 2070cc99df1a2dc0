import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { PasswordPolicyList } from '../auth/PasswordPolicyList';
import type { FieldProps } from './fieldProps';

export function OwnerFields({ form, set, errorFor, touch }: FieldProps) {
  const { t } = useTranslation();
  const policyId = useId();

  return (
    <Stack spacing={2}>
      <Typography variant="h2">{t('setup.ownerSection')}</Typography>
      <TextField
        label={t('setup.username')}
        value={form.username}
        onChange={(event) => set('username', event.target.value)}
        onBlur={() => touch('username')}
        error={Boolean(errorFor('username'))}
        helperText={errorFor('username') ?? t('setup.usernameHelp')}
        autoComplete="username"
      />
      <TextField
        label={t('setup.displayName')}
        value={form.displayName}
        onChange={(event) => set('displayName', event.target.value)}
        onBlur={() => touch('displayName')}
        error={Boolean(errorFor('displayName'))}
        helperText={errorFor('displayName')}
        autoComplete="name"
      />
      <TextField
        label={t('setup.password')}
        type="password"
        value={form.password}
        onChange={(event) => set('password', event.target.value)}
        onBlur={() => touch('password')}
        error={Boolean(errorFor('password'))}
        helperText={errorFor('password')}
        autoComplete="new-password"
        slotProps={{ htmlInput: { 'aria-describedby': policyId } }}
      />
      <TextField
        label={t('setup.confirmPassword')}
        type="password"
        value={form.confirm}
        onChange={(event) => set('confirm', event.target.value)}
        onBlur={() => touch('confirm')}
        error={Boolean(errorFor('confirm'))}
        helperText={errorFor('confirm')}
        autoComplete="new-password"
      />
      <PasswordPolicyList id={policyId} password={form.password} username={form.username} />
    </Stack>
  );
}
