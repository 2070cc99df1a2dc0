import { createContext, useContext } from 'react';
import type { RouterAlert } from '@shared/ipc/schemas/routers';

/** An active alert; `message`/`at` are null when it was only seen in a health read (not as an event). */
export interface ActiveAlert {
  key: string;
  routerId: string;
  routerName: string;
  kind: RouterAlert['kind'];
  message: string | null;
  at: number | null;
}

export const RouterAlertsContext = createContext<readonly ActiveAlert[]>([]);

/** Router alerts that are active now (CPU, memory, unreachable), newest first. */
export function useRouterAlerts(): readonly ActiveAlert[] {
  return useContext(RouterAlertsContext);
}
