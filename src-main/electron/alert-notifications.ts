import { Notification } from 'electron';
import type { AlertService } from '../alerts/service';

/**
 * Desktop notifications for alerts, fed by the same changes the windows get as `alerts.changed`:
 * only a newly raised alert pops up (clears and acknowledgements stay in the in-app list).
 * Returns the unsubscribe.
 */
export function showAlertNotifications(alerts: AlertService): () => void {
  return alerts.subscribe(({ change, alert }) => {
    if (change !== 'raised' || !Notification.isSupported()) return;
    new Notification({ title: `Mikrotik Billing: ${alert.kind.replace('-', ' ')}`, body: alert.message, urgency: alert.level === 'error' ? 'critical' : 'normal' }).show();
  });
}
