import { useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys';
import { useCall } from '../../api/useCall';
import type { SetupInput } from '../../api/app';
import type { BootstrapInput } from './restoreForm';

/**
 * Creates the office (once) and then restores it from the central database. The startup gate's status
 * is refreshed only by `finish()`, so the wizard stays on screen to show the result or the failure: a
 * failed restore can be retried without creating the office again.
 */
export function useRestoreOffice() {
  const call = useCall();
  const queryClient = useQueryClient();
  const created = useRef(false);
  const [officeCreated, setOfficeCreated] = useState(false);
  const mutation = useMutation({
    // A retry passes only the connection: the office was created by the first attempt.
    mutationFn: async ({ setup, connection }: { setup?: SetupInput; connection: BootstrapInput }) => {
      if (!created.current) {
        if (!setup) throw new Error('the office must be created before it is restored');
        await call('setup.createOffice', setup);
        created.current = true;
        setOfficeCreated(true);
      }
      return call('sync.bootstrap', connection);
    },
  });
  return {
    mutation,
    /** True once the office exists (the restore may still have failed). */
    officeCreated,
    finish: () => queryClient.invalidateQueries({ queryKey: queryKeys.status }),
  };
}
