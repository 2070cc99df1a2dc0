import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import RouterIcon from '@mui/icons-material/Router';
import { LanguageToggle } from './LanguageToggle';
import { ThemeToggle } from './ThemeToggle';

interface PublicLayoutProps {
  maxWidth: number;
  children: ReactNode;
}

/** The frame of the screens before the shell: first-run setup and sign-in. */
export function PublicLayout({ maxWidth, children }: PublicLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Stack
        component="header"
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', px: 3, py: 1, color: 'text.secondary' }}
      >
        <RouterIcon aria-hidden />
        <Typography component="p" sx={{ fontWeight: 600, flexGrow: 1 }}>
          {t('app.name')}
        </Typography>
        <LanguageToggle />
        <ThemeToggle />
      </Stack>
      <Box component="main" sx={{ flexGrow: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
        <Paper variant="outlined" sx={{ width: '100%', maxWidth, p: { xs: 2, sm: 4 } }}>
          {children}
        </Paper>
      </Box>
    </Box>
  );
}
