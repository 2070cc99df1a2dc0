import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { RouterAlertList } from './RouterAlertList';
import { useRouterAlerts } from './useRouterAlerts';

/**
 * Top bar, for the roles that do not see the office's alerts (cashier, technician): the number of router
 * alerts active now; the list opens under it, each linking to its router.
 */
export function AlertsButton() {
  const { t } = useTranslation();
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
        <RouterAlertList alerts={alerts} onOpen={() => setAnchor(null)} />
      </Popover>
    </>
  );
}
