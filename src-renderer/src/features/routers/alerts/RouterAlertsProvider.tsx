import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApi } from '../../../api/ApiContext';
import { useRouterHealth, useRouters } from '../../../api/routers';
import { useSessionUsable } from '../../../shell/SessionContext';
import { useRouterStatusEvents } from '../useRouterStatusEvents';
import { RouterAlertsContext, type ActiveAlert } from './useRouterAlerts';

type AlertMap = ReadonlyMap<string, ActiveAlert>;

/**
 * Live router state for the whole window: status events update the router list, alert events (raised
 * and cleared) update the active alerts, and health reads fill in alerts raised before this window opened.
 */
export function RouterAlertsProvider({ children }: { children: ReactNode }) {
  const client = useApi();
  const usable = useSessionUsable();
  const routers = useRouters(usable);
  const health = useRouterHealth(usable);
  const [alerts, setAlerts] = useState<AlertMap>(new Map());
  useRouterStatusEvents();

  useEffect(
    () =>
      client.on('routers.alerts', (event) => {
        const key = `${event.routerId}:${event.kind}`;
        setAlerts((old) => {
          const next = new Map(old);
          if (event.active) next.set(key, { key, ...event });
          else next.delete(key);
          return next;
        });
      }),
    [client],
  );

  useEffect(() => {
    if (!health.data) return;
    const names = new Map((routers.data ?? []).map((router) => [router.id, router.name]));
    setAlerts((old) => {
      const next = new Map(old);
      for (const [key, alert] of old) {
        const current = health.data.find((entry) => entry.routerId === alert.routerId);
        if (!names.has(alert.routerId) && routers.data) next.delete(key);
        else if (current && !current.alerts.includes(alert.kind)) next.delete(key);
      }
      for (const entry of health.data) {
        for (const kind of entry.alerts) {
          const key = `${entry.routerId}:${kind}`;
          if (!next.has(key)) {
            next.set(key, { key, routerId: entry.routerId, routerName: names.get(entry.routerId) ?? '', kind, message: null, at: null });
          }
        }
      }
      return next;
    });
  }, [health.data, routers.data]);

  const list = useMemo(() => [...alerts.values()].sort((a, b) => (b.at ?? 0) - (a.at ?? 0)), [alerts]);
  return <RouterAlertsContext.Provider value={list}>{children}</RouterAlertsContext.Provider>;
}
