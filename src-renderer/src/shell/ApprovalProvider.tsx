import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ProcedureName } from '@shared/ipc/contract';
import { isApiError } from '../api/errors';
import { ApprovalDialog } from './ApprovalDialog';
import { ApprovalContext, type ApprovalApi } from './useApproval';

interface PendingApproval {
  procedure: ProcedureName;
  approve: (token: string) => void;
  cancel: () => void;
}

/** Holds the one approval dialog of the window; any feature asks for it through `useApproval()`. */
export function ApprovalProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<PendingApproval | null>(null);

  const askForToken = useCallback(
    (procedure: ProcedureName, reason: unknown) =>
      new Promise<string>((resolve, reject) => {
        setPending({
          procedure,
          approve: (token) => {
            setPending(null);
            resolve(token);
          },
          cancel: () => {
            setPending(null);
            reject(reason);
          },
        });
      }),
    [],
  );

  const api = useMemo<ApprovalApi>(
    () => ({
      async withApproval(procedure, attempt) {
        try {
          return await attempt();
        } catch (error) {
          if (!isApiError(error, 'APPROVAL_REQUIRED')) throw error;
          const approvalToken = await askForToken(procedure, error);
          return attempt({ approvalToken });
        }
      },
    }),
    [askForToken],
  );

  return (
    <ApprovalContext.Provider value={api}>
      {children}
      {pending && (
        <ApprovalDialog procedure={pending.procedure} onApproved={pending.approve} onCancel={pending.cancel} />
      )}
    </ApprovalContext.Provider>
  );
}
