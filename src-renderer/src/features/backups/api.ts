import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import { useCall } from '../../api/useCall';

export const backupKeys = {
  all: ['backups'] as const,
  list: ['backups', 'list'] as const,
  settings: ['backups', 'settings'] as const,
  details: (id: string) => ['backups', 'details', id] as const,
};

export function useBackups() {
  const call = useCall();
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('backups.list', {}), staleTime: 0 });
}

export function useBackupSettings() {
  const call = useCall();
  return useQuery({ queryKey: backupKeys.settings, queryFn: () => call('backups.settings.get', {}) });
}

/** A fresh check of one backup for the restore dialog: never from cache. */
export function useBackupDetails(id: string) {
  const call = useCall();
  return useQuery({ queryKey: backupKeys.details(id), queryFn: () => call('backups.details', { id }), staleTime: 0, gcTime: 0 });
}

function useInvalidateBackups() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: backupKeys.all });
}

export function useCreateBackup() {
  const call = useCall();
  const invalidate = useInvalidateBackups();
  return useMutation({ mutationFn: () => call('backups.create', {}), onSuccess: invalidate });
}

export function useUpdateBackupSettings() {
  const call = useCall();
  const invalidate = useInvalidateBackups();
  return useMutation({
    mutationFn: (input: ProcedureInput<Contract['backups.settings.update']>) => call('backups.settings.update', input),
    onSuccess: invalidate,
  });
}

export function useExportBackup() {
  const call = useCall();
  return useMutation({ mutationFn: (path: string) => call('backups.export', { path }) });
}

export function useImportBackup() {
  const call = useCall();
  return useMutation({ mutationFn: (input: ProcedureInput<Contract['backups.import']>) => call('backups.import', input) });
}

export function useRestoreBackup() {
  const call = useCall();
  return useMutation({ mutationFn: (input: ProcedureInput<Contract['backups.restore']>) => call('backups.restore', input) });
}
