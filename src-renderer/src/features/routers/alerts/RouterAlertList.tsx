import { useTranslation } from 'react-i18next';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { hrefFor } from '../../../shell/router';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { routerPath } from '../paths';
import type { ActiveAlert } from './useRouterAlerts';

/** The routers' alerts active now, each linking to its router; `onOpen` closes the popover it sits in. */
export function RouterAlertList({ alerts, onOpen }: { alerts: readonly ActiveAlert[]; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  if (alerts.length === 0) {
    return (
      <Typography sx={{ px: 2, pb: 2 }} color="text.secondary">
        {t('alerts.none')}
      </Typography>
    );
  }
  return (
    <List dense aria-label={t('alerts.title')}>
      {alerts.map((alert) => (
        <ListItemButton key={alert.key} component="a" href={hrefFor(routerPath(alert.routerId))} onClick={onOpen}>
          <ListItemText
            primary={`${alert.routerName}: ${t(`alerts.kind.${alert.kind}`)}`}
            secondary={[alert.message, alert.at === null ? null : format.instant(alert.at)].filter(Boolean).join(' · ')}
          />
        </ListItemButton>
      ))}
    </List>
  );
}
