import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Office } from '@shared/ipc/schemas/common';
import { useLogin } from '../../api/auth';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { preloadAfterSignIn } from '../app/screens';
import { PublicLayout } from '../../shell/PublicLayout';
import { ThrottleNotice } from './ThrottleNotice';
import { useThrottle } from './useThrottle';

export function LoginPage({ office }: { office: Office }) {
  const { t } = useTranslation();
  const login = useLogin();
  const throttle = useThrottle(() => login.reset());
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);
  // While the person types, the shell and the first page load: the dashboard appears without a wait.
  useEffect(() => preloadAfterSignIn(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (throttle.active || login.isPending) return;
    login.mutate({ username: username.trim(), password }, {
        onError: (error) => {
          throttle.capture(error);
          passwordRef.current?.select();
        },
      });
  };

  return (
    <PublicLayout maxWidth={420}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        <div>
          <Typography variant="h1">{t('login.title')}</Typography>
          <Typography color="text.secondary">{office.name}</Typography>
        </div>
        <TextField
          label={t('login.username')}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          autoComplete="username"
          autoFocus
          slotProps={{ htmlInput: { 'aria-required': true } }}
        />
        <TextField
          label={t('login.password')}
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          inputRef={passwordRef}
          slotProps={{ htmlInput: { 'aria-required': true } }}
        />
        {throttle.active ? (
          <ThrottleNotice throttle={throttle} />
        ) : (
          <ErrorAlert error={login.error} messages={{ UNAUTHENTICATED: t('login.wrong') }} />
        )}
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={throttle.active || login.isPending || username.trim() === '' || password === ''}
        >
          {t('login.submit')}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
