import { useTranslation } from 'react-i18next';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/Lock';
import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/Person';
import RouterIcon from '@mui/icons-material/Router';
import { useLock, useLogout } from '../api/auth';
import { AppAlertsButton } from '../features/alerts/AppAlertsButton';
import { RouterDots } from '../features/routers/RouterDots';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { LanguageToggle } from './LanguageToggle';
import { useOffice, useSession } from './SessionContext';
import { ThemeToggle } from './ThemeToggle';

/** Status at a glance: the office, router status dots and alerts, who is at the desk, and the actions to leave it. */
export function TopBar() {
  const { t } = useTranslation();
  const office = useOffice();
  const session = useSession();
  const lock = useLock();
  const logout = useLogout();
  const role = t(`roles.${session.role}`);

  return (
    <AppBar position="static" elevation={0} color="primary" component="header">
      <Toolbar variant="dense" sx={{ gap: 1, minHeight: 56 }}>
        <RouterIcon aria-hidden />
        <Typography component="p" variant="h6" noWrap sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {office.name}
        </Typography>
        <Chip
          label={office.code}
          size="small"
          variant="outlined"
          sx={{ color: 'inherit', borderColor: 'currentColor' }}
        />
        <Box sx={{ flexGrow: 1 }} />
        <RouterDots />
        <SyncIndicator />
        <AppAlertsButton />
        <Stack
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', mr: 1 }}
          aria-label={t('topbar.operator', { name: session.displayName, role })}
          role="group"
        >
          <PersonIcon aria-hidden />
          <Typography component="span" noWrap sx={{ maxWidth: 200 }}>
            {session.displayName}
          </Typography>
          <Chip label={role} size="small" sx={{ bgcolor: 'rgba(255,255,255,0.2)', color: 'inherit' }} />
        </Stack>
        <LanguageToggle />
        <ThemeToggle />
        <Tooltip title={t('topbar.lockTooltip')} describeChild>
          <Button color="inherit" startIcon={<LockIcon />} onClick={() => lock.mutate()} disabled={lock.isPending}>
            {t('topbar.lock')}
          </Button>
        </Tooltip>
        <Button
          color="inherit"
          startIcon={<LogoutIcon />}
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {t('topbar.signOut')}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
