import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { useCall } from '../../../api/useCall';

/** Checks the CSV text and changes nothing; a mutation so it runs when a file is chosen, not on mount. */
export function useImportPreview() {
  const call = useCall();
  return useMutation({ mutationFn: (csv: string) => call('customers.import.preview', { csv }) });
}

/** Imports the same text (main checks it again); the customer list, subscriptions and audit log refresh. */
export function useImportCommit() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { csv: string; skipBadRows: boolean }) => call('customers.import.commit', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.customersAll }),
        queryClient.invalidateQueries({ queryKey: ['billing', 'subscriptions'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      ]),
  });
}
