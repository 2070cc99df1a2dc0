import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { hrefFor } from '../../../shell/router';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { routerPath } from '../paths';
import { useRouterAlerts } from './useRouterAlerts';

/** Top bar: the number of active router alerts; the list opens under it, each linking to its router. */
export function AlertsButton() {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const alerts = useRouterAlerts();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const listId = useId();
  const label = t('alerts.button', { count: alerts.length });

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="dialog"
          aria-expanded={anchor !== null}
          aria-controls={anchor ? listId : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge badgeContent={alerts.length} color="error">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        id={listId}
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('alerts.title'), sx: { width: 360, maxHeight: 420 } } }}
      >
        <Typography variant="h3" component="h2" sx={{ px: 2, pt: 1.5, pb: 0.5 }}>
          {t('alerts.title')}
        </Typography>
        {alerts.length === 0 ? (
          <Typography sx={{ px: 2, pb: 2 }} color="text.secondary">
            {t('alerts.none')}
          </Typography>
        ) : (
          <List dense aria-label={t('alerts.title')}>
            {alerts.map((alert) => (
              <ListItemButton key={alert.key} component="a" href={hrefFor(routerPath(alert.routerId))} onClick={() => setAnchor(null)}>
                <ListItemText
                  primary={`${alert.routerName}: ${t(`alerts.kind.${alert.kind}`)}`}
                  secondary={[alert.message, alert.at === null ? null : format.instant(alert.at)].filter(Boolean).join(' · ')}
                />
              </ListItemButton>
            ))}
          </List>
        )}
      </Popover>
    </>
  );
}
