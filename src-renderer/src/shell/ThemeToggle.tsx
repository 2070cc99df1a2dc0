import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import { useThemeMode } from '../theme/useThemeMode';

/**
 * Light or dark theme. The hint is the browser's own (`title`), not MUI's Tooltip: this button is on the
 * sign-in screen, and Tooltip with Popper would be 31 kB more to load before it can draw (P4).
 */
export function ThemeToggle() {
  const { t } = useTranslation();
  const { mode, toggle } = useThemeMode();
  const label = mode === 'light' ? t('theme.toDark') : t('theme.toLight');
  return (
    <IconButton color="inherit" aria-label={label} title={label} onClick={toggle}>
      {mode === 'light' ? <DarkModeIcon /> : <LightModeIcon />}
    </IconButton>
  );
}
