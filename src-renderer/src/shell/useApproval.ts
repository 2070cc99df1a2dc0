import { createContext, useContext } from 'react';
import type { CallOptions } from '@shared/ipc/client';
import type { ProcedureName } from '@shared/ipc/contract';

export interface ApprovalApi {
  /**
   * Runs `attempt` without approval; if the main process answers `APPROVAL_REQUIRED`, opens the
   * approval dialog, and once a manager/owner has approved, runs `attempt` again with the token.
   * Cancelling rejects with the original `APPROVAL_REQUIRED` error.
   */
  withApproval<T>(procedure: ProcedureName, attempt: (options?: CallOptions) => Promise<T>): Promise<T>;
}

export const ApprovalContext = createContext<ApprovalApi | null>(null);

export function useApproval(): ApprovalApi {
  const api = useContext(ApprovalContext);
  if (!api) throw new Error('useApproval must be used inside <ApprovalProvider>');
  return api;
}
