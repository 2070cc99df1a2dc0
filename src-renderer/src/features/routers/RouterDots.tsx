import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRouters } from '../../api/routers';
import { useSessionUsable } from '../../shell/SessionContext';
import { RouterStatusDot } from './RouterStatusDot';

const MAX_DOTS = 6;

/** One live status dot per router (name and state in its label), for the top bar and the nav rail. */
export function RouterDots({ size = 10 }: { size?: number }) {
  const { t } = useTranslation();
  const routers = useRouters(useSessionUsable());
  const list = routers.data ?? [];
  if (list.length === 0) return null;
  const shown = list.slice(0, MAX_DOTS);
  const online = list.filter((router) => router.status.state === 'online').length;

  return (
    <Stack
      direction="row"
      spacing={0.5}
      role="group"
      aria-label={t('routers.dotsLabel', { online, total: list.length })}
      sx={{ alignItems: 'center' }}
    >
      {shown.map((router) => (
        <RouterStatusDot
          key={router.id}
          size={size}
          state={router.status.state}
          label={`${router.name}: ${t(`routers.state.${router.status.state}`)}`}
        />
      ))}
      {list.length > MAX_DOTS && (
        <Typography component="span" variant="caption">
          +{list.length - MAX_DOTS}
        </Typography>
      )}
    </Stack>
  );
}
