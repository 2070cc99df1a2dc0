import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type CreateOperatorInput = ProcedureInput<Contract['operators.create']>;
export type UpdateOperatorInput = ProcedureInput<Contract['operators.update']>;
export type ResetPasswordInput = ProcedureInput<Contract['operators.resetPassword']>;

export function useOperators(enabled = true) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.operators, queryFn: () => call('operators.list', {}), enabled });
}

function useInvalidateOperators() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.operators }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
    ]);
}

export function useCreateOperator() {
  const call = useCall();
  const invalidate = useInvalidateOperators();
  return useMutation({
    mutationFn: (input: CreateOperatorInput) => call('operators.create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateOperator() {
  const call = useCall();
  const invalidate = useInvalidateOperators();
  return useMutation({
    mutationFn: (input: UpdateOperatorInput) => call('operators.update', input),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const call = useCall();
  const invalidate = useInvalidateOperators();
  return useMutation({
    mutationFn: (input: ResetPasswordInput) => call('operators.resetPassword', input),
    onSuccess: invalidate,
  });
}
