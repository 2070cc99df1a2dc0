import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Badge from '@mui/material/Badge';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import type { AppAlert } from '@shared/ipc/schemas/health';
import { canCall } from '../../shell/permissions';
import { AlertsButton } from '../routers/alerts/AlertsButton';
import { RouterAlertList } from '../routers/alerts/RouterAlertList';
import { useRouterAlerts } from '../routers/alerts/useRouterAlerts';
import { useOfficeFormat, useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useAcknowledgeAlert, useAppAlerts } from './api';

function AlertRow({ alert }: { alert: AppAlert }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const acknowledge = useAcknowledgeAlert();
  const state = alert.clearedAt !== null ? t('health.alerts.cleared', { when: format.instant(alert.clearedAt) }) : t('health.alerts.raised', { when: format.instant(alert.raisedAt) });
  return (
    <ListItem
      data-alert-kind={alert.kind}
      secondaryAction={
        alert.acknowledgedAt === null ? (
          <Button size="small" onClick={() => acknowledge.mutate({ id: alert.id })} disabled={acknowledge.isPending}>
            {t('health.alerts.acknowledge')}
          </Button>
        ) : (
          <Typography variant="caption" color="text.secondary">
            {t('health.alerts.acknowledged')}
          </Typography>
        )
      }
      sx={{ opacity: alert.clearedAt === null ? 1 : 0.6, pr: 16 }}
    >
      <ListItemText primary={`${t(`health.alerts.kinds.${alert.kind}`)}: ${alert.message}`} secondary={state} />
    </ListItem>
  );
}

/**
 * The top bar's one bell. Managers and the owner see the office's alerts (router down, CPU, backups, sync:
 * unacknowledged count, acknowledge) and under them the routers' alerts active now; the other roles see
 * only the routers' alerts (AlertsButton).
 */
export function AppAlertsButton() {
  const { role } = useSession();
  return canCall(role, 'alerts.list') ? <AppAlertsBell /> : <AlertsButton />;
}

function AppAlertsBell() {
  const { t } = useTranslation();
  const notify = useNotify();
  const onRaised = useCallback((message: string) => notify(t('health.alerts.newAlert', { message })), [notify, t]);
  const alerts = useAppAlerts(true, onRaised);
  const acknowledge = useAcknowledgeAlert();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const listId = useId();
  const live = useRouterAlerts();
  const count = alerts.data?.unacknowledged ?? 0;
  // Router alerts active now count apart: a router down raises an office alert only after some minutes.
  const label = live.length > 0 ? t('health.alerts.buttonWithLive', { count, live: live.length }) : t('health.alerts.button', { count });

  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} aria-haspopup="dialog" aria-expanded={anchor !== null} aria-controls={anchor ? listId : undefined} onClick={(event) => setAnchor(event.currentTarget)}>
          <Badge badgeContent={count} color="warning" variant={count === 0 && live.length > 0 ? 'dot' : 'standard'}>
            <NotificationImportantIcon />
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
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('health.alerts.title'), sx: { width: 460, maxHeight: 480 } } }}
      >
        <Stack direction="row" sx={{ px: 2, pt: 1.5, pb: 0.5, alignItems: 'center' }}>
          <Typography variant="h3" component="h2" sx={{ flexGrow: 1 }}>
            {t('health.alerts.title')}
          </Typography>
          {count > 0 && (
            <Button size="small" onClick={() => acknowledge.mutate({ all: true })} disabled={acknowledge.isPending}>
              {t('health.alerts.acknowledgeAll')}
            </Button>
          )}
        </Stack>
        {(alerts.data?.alerts.length ?? 0) === 0 ? (
          <Typography sx={{ px: 2, pb: 2 }} color="text.secondary">
            {t('health.alerts.none')}
          </Typography>
        ) : (
          <List dense aria-label={t('health.alerts.title')}>
            {alerts.data?.alerts.map((alert) => <AlertRow key={alert.id} alert={alert} />)}
          </List>
        )}
        {live.length > 0 && (
          <>
            <Typography variant="h3" component="h2" sx={{ px: 2, pt: 1, pb: 0.5 }}>
              {t('alerts.title')}
            </Typography>
            <RouterAlertList alerts={live} onOpen={() => setAnchor(null)} />
          </>
        )}
      </Popover>
    </>
  );
}
