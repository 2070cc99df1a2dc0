import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/Lock';
import { useLogout, useUnlock } from '../../api/auth';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LanguageToggle } from '../../shell/LanguageToggle';
import { useSession } from '../../shell/SessionContext';
import { ThrottleNotice } from './ThrottleNotice';
import { useThrottle } from './useThrottle';

/**
 * Covers the whole window while the session is locked (idle or by hand). The shell stays mounted
 * underneath, hidden, so a half-finished sale or form is still there after unlocking.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const unlock = useUnlock();
  const logout = useLogout();
  const throttle = useThrottle(() => unlock.reset());
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (throttle.active || unlock.isPending || password === '') return;
    unlock.mutate(password, {
      onError: (error) => {
        throttle.capture(error);
        setPassword('');
        passwordRef.current?.focus();
      },
    });
  };

  return (
    <Dialog
      open
      fullScreen
      aria-labelledby="lock-title"
      sx={{ zIndex: (theme) => theme.zIndex.modal + 100 }}
      slotProps={{ paper: { sx: { bgcolor: 'background.default', backgroundImage: 'none' } } }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', p: 1 }}>
        <LanguageToggle />
      </Box>
      <Box sx={{ flexGrow: 1, display: 'grid', placeItems: 'center', p: 2 }}>
        <Paper variant="outlined" sx={{ width: '100%', maxWidth: 420, p: 4 }}>
          <Stack component="form" spacing={2} onSubmit={submit} noValidate>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <LockIcon color="primary" aria-hidden />
              <Typography variant="h1" id="lock-title">
                {t('lock.title')}
              </Typography>
            </Stack>
            <Typography>{t('lock.lockedBy', { name: session.displayName, username: session.username })}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('lock.hint')}
            </Typography>
            <TextField
              label={t('lock.password')}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password"
              autoFocus
              inputRef={passwordRef}
            />
            {throttle.active ? (
              <ThrottleNotice throttle={throttle} />
            ) : (
              <ErrorAlert error={unlock.error} messages={{ UNAUTHENTICATED: t('lock.wrong') }} />
            )}
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={throttle.active || unlock.isPending || password === ''}
            >
              {t('lock.unlock')}
            </Button>
            <Button onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t('lock.signOut')}
            </Button>
          </Stack>
        </Paper>
      </Box>
    </Dialog>
  );
}
