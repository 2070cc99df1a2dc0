import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type CreateCustomerInput = ProcedureInput<Contract['customers.create']>;
export type UpdateCustomerInput = ProcedureInput<Contract['customers.update']>;

export interface CustomerPageQuery {
  offset: number;
  limit: number;
}

/** One server-side page of customers (newest first as main lists them); the previous page stays while the next loads. */
export function useCustomerPage(query: CustomerPageQuery, enabled: boolean) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.customerPage(query),
    queryFn: () => call('customers.list', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Type-ahead: main's prefix search over name, phones, account number, address, tags and notes. */
export function useCustomerSearch(query: string) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.customerSearch(query),
    queryFn: () => call('customers.search', { query, limit: 50 }),
    placeholderData: keepPreviousData,
    enabled: query !== '',
  });
}

export function useCustomer(id: string) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.customer(id), queryFn: () => call('customers.get', { id }) });
}

function useInvalidateCustomers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.customersAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
    ]);
}

export function useCreateCustomer() {
  const call = useCall();
  const invalidate = useInvalidateCustomers();
  return useMutation({ mutationFn: (input: CreateCustomerInput) => call('customers.create', input), onSuccess: invalidate });
}

export function useUpdateCustomer() {
  const call = useCall();
  const invalidate = useInvalidateCustomers();
  return useMutation({ mutationFn: (input: UpdateCustomerInput) => call('customers.update', input), onSuccess: invalidate });
}
