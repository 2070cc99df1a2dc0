import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import { queryKeys } from './queryKeys';
import { useCall, type Caller } from './useCall';

export type CreateRouterInput = ProcedureInput<Contract['routers.create']>;
export type UpdateRouterInput = ProcedureInput<Contract['routers.update']>;
export type KickInput = ProcedureInput<Contract['routers.kick']>;

/** Routers with their connection status; `routers.status` events keep the status live (useRouterEvents). */
export const routersQuery = (call: Caller) => queryOptions({ queryKey: queryKeys.routers, queryFn: () => call('routers.list', {}) });

export const routerHealthQuery = (call: Caller) =>
  queryOptions({ queryKey: queryKeys.routerHealth, queryFn: () => call('routers.health', {}) });

export function useRouters(enabled = true) {
  const call = useCall();
  return useQuery({ ...routersQuery(call), enabled });
}

/** Health of every router (a live view kept in memory by main, polled there every 30 s). */
export function useRouterHealth(enabled = true) {
  const call = useCall();
  return useQuery({ ...routerHealthQuery(call), refetchInterval: 15_000, enabled });
}

function useInvalidateRouters() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.routers }),
      queryClient.invalidateQueries({ queryKey: queryKeys.routerHealth }),
      queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
    ]);
}

export function useCreateRouter() {
  const call = useCall();
  const invalidate = useInvalidateRouters();
  return useMutation({ mutationFn: (input: CreateRouterInput) => call('routers.create', input), onSuccess: invalidate });
}

export function useUpdateRouter() {
  const call = useCall();
  const invalidate = useInvalidateRouters();
  return useMutation({ mutationFn: (input: UpdateRouterInput) => call('routers.update', input), onSuccess: invalidate });
}

export function useRemoveRouter() {
  const call = useCall();
  const invalidate = useInvalidateRouters();
  return useMutation({ mutationFn: (id: string) => call('routers.remove', { id }), onSuccess: invalidate });
}

/** On demand (a button): opens a fresh connection with the saved settings. */
export function useTestConnection() {
  const call = useCall();
  return useMutation({ mutationFn: (id: string) => call('routers.testConnection', { id }) });
}

export function useRouterSessions(routerId: string, enabled = true) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.routerSessions(routerId),
    queryFn: () => call('routers.sessions', { routerId }),
    enabled,
    staleTime: 0,
  });
}

export function useKickSession() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: KickInput) => call('routers.kick', input),
    onSuccess: (_data, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.routerSessions(input.routerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]),
  });
}

export function useReconcile() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (routerId: string) => call('routers.reconcile', { routerId }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]),
  });
}
