import { useMemo } from 'react';
import { useRouters } from '../../api/routers';

/** Router names by id (voucher rows carry only the id), plus the list for router pickers. */
export function useRouterNames() {
  const routers = useRouters();
  return useMemo(() => {
    const list = (routers.data ?? []).map((router) => ({ id: router.id, name: router.name }));
    return { list, names: new Map(list.map((router) => [router.id, router.name])), loaded: routers.data !== undefined };
  }, [routers.data]);
}
