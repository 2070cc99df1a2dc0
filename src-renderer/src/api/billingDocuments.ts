import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type DocumentPdfInput = ProcedureInput<Contract['billing.documents.pdf']>;
export type StatementPdfInput = ProcedureInput<Contract['billing.statement.pdf']>;
export type UpdateDocumentDetailsInput = ProcedureInput<Contract['billing.documents.details.update']>;

/** The office's address, phone, e-mail, tax id and footer as printed on documents. */
export function useDocumentDetails() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.documentDetails, queryFn: () => call('billing.documents.details.get', {}) });
}

export function useUpdateDocumentDetails() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateDocumentDetailsInput) => call('billing.documents.details.update', input),
    onSuccess: (details) => {
      queryClient.setQueryData(queryKeys.documentDetails, details);
      return queryClient.invalidateQueries({ queryKey: queryKeys.auditAll });
    },
  });
}

/** An invoice, credit note or payment receipt as a PDF (saved in main's prints/, optionally printed). */
export function usePrintDocument() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentPdfInput) => call('billing.documents.pdf', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
  });
}

/** A customer's statement over a period as a PDF. */
export function usePrintStatement() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StatementPdfInput) => call('billing.statement.pdf', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
  });
}
