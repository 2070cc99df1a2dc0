import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import type { ImportProgress } from '@shared/ipc/schemas/imports';
import { useApi } from './ApiContext';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type ImportInclude = NonNullable<ProcedureInput<Contract['imports.apply']>['include']>;

/** Reads the router and compares it with the db; changes nothing. A mutation: it runs when the wizard asks. */
export function useImportPreview() {
  const call = useCall();
  return useMutation({ mutationFn: (routerId: string) => call('imports.preview', { routerId }) });
}

export function useImportApply() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { routerId: string; include: ImportInclude }) => call('imports.apply', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      ]),
  });
}

/** The latest `imports.progress` event of one router's import (sent to this window only). */
export function useImportProgress(routerId: string): { progress: ImportProgress | null; reset: () => void } {
  const client = useApi();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(
    () =>
      client.on('imports.progress', (event) => {
        if (event.routerId === routerId) setProgress(event);
      }),
    [client, routerId],
  );
  return { progress, reset: () => setProgress(null) };
}
