import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import type { SyncStatusOutput } from '@shared/ipc/schemas/sync';
import { useApi } from '../../api/ApiContext';
import { useCall } from '../../api/useCall';

export type ConflictStatusFilter = 'open' | 'resolved' | 'all';

export const syncKeys = {
  all: ['sync'] as const,
  status: ['sync', 'status'] as const,
  settings: ['sync', 'settings'] as const,
  conflictsAll: ['sync', 'conflicts'] as const,
  conflicts: (status: ConflictStatusFilter, page: number, pageSize: number) => ['sync', 'conflicts', status, page, pageSize] as const,
};

/**
 * The runner's status. Main pushes every change as `sync.status` (useSyncStatusEvents); the slow poll
 * only covers what happens without a round (the backlog growing while the desk works).
 */
export function useSyncStatus(enabled = true) {
  const call = useCall();
  return useQuery({ queryKey: syncKeys.status, queryFn: () => call('sync.status', {}), enabled, refetchInterval: 30_000 });
}

/** Writes each pushed status into the cache, so the top bar and the Sync page change together. */
export function useSyncStatusEvents(enabled: boolean): void {
  const client = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return undefined;
    return client.on('sync.status', (status: SyncStatusOutput) => {
      queryClient.setQueryData(syncKeys.status, status);
      // A round may have met new conflicts.
      if (status.state !== 'syncing') void queryClient.invalidateQueries({ queryKey: syncKeys.conflictsAll });
    });
  }, [client, queryClient, enabled]);
}

export function useSyncSettings() {
  const call = useCall();
  return useQuery({ queryKey: syncKeys.settings, queryFn: () => call('sync.settings.get', {}) });
}

export function useSaveSyncSettings() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<Contract['sync.settings.save']>) => call('sync.settings.save', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: syncKeys.all }),
  });
}

export function useTestSync() {
  const call = useCall();
  return useMutation({ mutationFn: (input: ProcedureInput<Contract['sync.test']>) => call('sync.test', input) });
}

export function useRunSyncNow() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('sync.runNow', {}),
    onSuccess: (status) => {
      queryClient.setQueryData(syncKeys.status, status);
      void queryClient.invalidateQueries({ queryKey: syncKeys.conflictsAll });
    },
  });
}

export function useSyncConflicts(status: ConflictStatusFilter, page: number, pageSize: number) {
  const call = useCall();
  return useQuery({
    queryKey: syncKeys.conflicts(status, page, pageSize),
    queryFn: () => call('sync.conflicts.list', { status, limit: pageSize, offset: page * pageSize }),
  });
}

export function useResolveConflict() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<Contract['sync.conflicts.resolve']>) => call('sync.conflicts.resolve', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: syncKeys.all }),
  });
}
