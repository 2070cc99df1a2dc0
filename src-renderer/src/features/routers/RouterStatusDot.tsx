import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RouterInfo } from '@shared/ipc/schemas/routers';

export type ConnectionState = RouterInfo['status']['state'];

const COLORS: Record<ConnectionState, string> = {
  online: 'success.main',
  connecting: 'warning.main',
  offline: 'error.main',
  idle: 'text.disabled',
  closed: 'text.disabled',
};

/** Green online, amber connecting, red offline (grey when not connected at all); always with a label. */
export function RouterStatusDot({ state, label, size = 10 }: { state: ConnectionState; label?: string; size?: number }) {
  const { t } = useTranslation();
  return (
    <Box
      component="span"
      role="img"
      aria-label={label ?? t(`routers.state.${state}`)}
      title={label ?? t(`routers.state.${state}`)}
      sx={{
        display: 'inline-block',
        flexShrink: 0,
        width: size,
        height: size,
        borderRadius: '50%',
        bgcolor: COLORS[state],
        boxShadow: (theme) => `0 0 0 1px ${theme.palette.background.paper}`,
      }}
    />
  );
}

/** A dot and the state in words, for tables and headers. */
export function RouterStatusText({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} component="span">
      <Box component="span" aria-hidden sx={{ display: 'inline-flex' }}>
        <RouterStatusDot state={state} />
      </Box>
      <Typography component="span" variant="body2">
        {t(`routers.state.${state}`)}
      </Typography>
    </Stack>
  );
}
