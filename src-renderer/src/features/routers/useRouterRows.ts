import { useMemo } from 'react';
import type { RouterHealth, RouterInfo } from '@shared/ipc/schemas/routers';
import { useRouterHealth, useRouters } from '../../api/routers';

export interface RouterRow extends RouterInfo {
  health: RouterHealth | null;
  /** Used memory in percent, or null before the first health read. */
  memoryUsedPct: number | null;
}

export function memoryUsedPct(health: RouterHealth | null): number | null {
  if (!health || health.freeMemory === null || health.totalMemory === null || health.totalMemory <= 0) return null;
  return Math.round((1 - health.freeMemory / health.totalMemory) * 100);
}

/** Routers joined with their latest health, for the list and the detail page. */
export function useRouterRows() {
  const routers = useRouters();
  const health = useRouterHealth();
  const rows = useMemo<RouterRow[] | undefined>(() => {
    if (!routers.data) return undefined;
    return routers.data.map((router) => {
      const entry = health.data?.find((item) => item.routerId === router.id) ?? null;
      return { ...router, health: entry, memoryUsedPct: memoryUsedPct(entry) };
    });
  }, [routers.data, health.data]);
  return { rows, error: routers.error, isError: routers.isError };
}
