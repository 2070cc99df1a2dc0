import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { NavRail } from './NavRail';
import { RouteView } from './RouteView';
import { TopBar } from './TopBar';

/** The signed-in window: top bar, left navigation rail, and the routed page. */
export function Shell() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);

  return (
    <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Button
        onClick={() => mainRef.current?.focus()}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          bgcolor: 'background.paper',
          '&:focus-visible': { top: 8 },
        }}
      >
        {t('app.skipToContent')}
      </Button>
      <TopBar />
      <Box sx={{ display: 'flex', flexGrow: 1, minHeight: 0 }}>
        <NavRail />
        <Box
          component="main"
          ref={mainRef}
          tabIndex={-1}
          sx={{ flexGrow: 1, overflowY: 'auto', p: 3, '&:focus': { outline: 'none' } }}
        >
          <RouteView />
        </Box>
      </Box>
    </Box>
  );
}
