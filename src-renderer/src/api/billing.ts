import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallOptions } from '@shared/ipc/client';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import { useApproval } from '../shell/useApproval';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type UpdateBillingSettingsInput = ProcedureInput<Contract['billing.settings.update']>;
export type CreateServicePlanInput = ProcedureInput<Contract['billing.plans.create']>;
export type UpdateServicePlanInput = ProcedureInput<Contract['billing.plans.update']>;
export type CreateSubscriptionInput = ProcedureInput<Contract['billing.subscriptions.create']>;
export type ChangePlanInput = ProcedureInput<Contract['billing.subscriptions.changePlan']>;
export type SubscriptionActionInput = ProcedureInput<Contract['billing.subscriptions.suspend']>;
export type CreateInvoiceInput = ProcedureInput<Contract['billing.invoices.create']>;
export type CreateCreditNoteInput = ProcedureInput<Contract['billing.creditNotes.create']>;
export type RecordPaymentInput = ProcedureInput<Contract['billing.payments.record']>;
export type CreateAdjustmentInput = ProcedureInput<Contract['billing.adjustments.create']>;
export type VoidEntryInput = ProcedureInput<Contract['billing.entries.void']>;
export type SubscriptionAction = 'suspend' | 'reactivate' | 'cancel';

export function useBillingSettings() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.billingSettings, queryFn: () => call('billing.settings.get', {}) });
}

export function useUpdateBillingSettings() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateBillingSettingsInput) => call('billing.settings.update', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(queryKeys.billingSettings, settings);
      return queryClient.invalidateQueries({ queryKey: queryKeys.auditAll });
    },
  });
}

/** Service plans of every router (a desk has few); pickers filter by router themselves. */
export function useServicePlans() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.servicePlans, queryFn: () => call('billing.plans.list', {}) });
}

/** Plan writes change the plans and the router jobs (the PPP profile is queued for the router). */
function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.servicePlans }),
      queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
    ]);
}

export function useCreateServicePlan() {
  const call = useCall();
  const invalidate = useInvalidatePlans();
  return useMutation({ mutationFn: (input: CreateServicePlanInput) => call('billing.plans.create', input), onSuccess: invalidate });
}

export function useUpdateServicePlan() {
  const call = useCall();
  const invalidate = useInvalidatePlans();
  return useMutation({ mutationFn: (input: UpdateServicePlanInput) => call('billing.plans.update', input), onSuccess: invalidate });
}

export function useSubscriptions(customerId: string) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.subscriptions(customerId), queryFn: () => call('billing.subscriptions.list', { customerId }) });
}

/** The statement: entries with allocation-derived statuses, balance, outstanding and unused credit. */
export function useStatement(customerId: string) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.statement(customerId), queryFn: () => call('billing.ledger.get', { customerId }) });
}

/** Every billing write of one customer may change their subscriptions, ledger, the dashboard, jobs and audit. */
function useInvalidateCustomerBilling(customerId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions(customerId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.statement(customerId) }),
      // The customers grid shows each balance, derived from the ledger.
      queryClient.invalidateQueries({ queryKey: queryKeys.customersAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
    ]);
}

export function useCreateSubscription(customerId: string) {
  const call = useCall();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({
    mutationFn: (input: CreateSubscriptionInput) => call('billing.subscriptions.create', input),
    onSuccess: invalidate,
  });
}

export function useChangePlan(customerId: string) {
  const call = useCall();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({ mutationFn: (input: ChangePlanInput) => call('billing.subscriptions.changePlan', input), onSuccess: invalidate });
}

export function useSubscriptionAction(customerId: string) {
  const call = useCall();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({
    mutationFn: ({ action, input }: { action: SubscriptionAction; input: SubscriptionActionInput }) =>
      call(`billing.subscriptions.${action}`, input),
    onSuccess: invalidate,
  });
}

export function useCreateInvoice(customerId: string) {
  const call = useCall();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({ mutationFn: (input: CreateInvoiceInput) => call('billing.invoices.create', input), onSuccess: invalidate });
}

export function useCreateCreditNote(customerId: string) {
  const call = useCall();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({ mutationFn: (input: CreateCreditNoteInput) => call('billing.creditNotes.create', input), onSuccess: invalidate });
}

export function useRecordPayment(customerId: string) {
  const call = useCall();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({ mutationFn: (input: RecordPaymentInput) => call('billing.payments.record', input), onSuccess: invalidate });
}

export function useCreateAdjustment(customerId: string) {
  const call = useCall();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({ mutationFn: (input: CreateAdjustmentInput) => call('billing.adjustments.create', input), onSuccess: invalidate });
}

/** A cashier's void opens the approval dialog on the spot; a manager's approval retries it with the token. */
export function useVoidEntry(customerId: string) {
  const call = useCall();
  const { withApproval } = useApproval();
  const invalidate = useInvalidateCustomerBilling(customerId);
  return useMutation({
    mutationFn: (input: VoidEntryInput) =>
      withApproval('billing.entries.void', (options?: CallOptions) => call('billing.entries.void', input, options)),
    onSuccess: invalidate,
  });
}

/** The last billing runs; polled while one is still running so its counts fill in. */
export function useBillingRuns() {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.billingRuns,
    queryFn: () => call('billing.runs.list', { limit: 50 }),
    refetchInterval: (query) => (query.state.data?.some((run) => run.finishedAt === null) ? 3000 : false),
  });
}

/** A run as of today now; it may issue invoices and suspend or reactivate subscriptions of many customers. */
export function useRunBillingNow() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('billing.runs.runNow', {}),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.billingRuns }),
        queryClient.invalidateQueries({ queryKey: ['billing'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.customersAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
        queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]),
  });
}
