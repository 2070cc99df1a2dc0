import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallOptions } from '@shared/ipc/client';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import type { Paper } from '@shared/ipc/schemas/till';
import { useApproval } from '../shell/useApproval';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type SellInput = ProcedureInput<Contract['till.sellVouchers']>;
export type CollectInput = ProcedureInput<Contract['till.collectPayment']>;
export type TillVoidInput = ProcedureInput<Contract['till.void']>;
export type ShiftOpenInput = ProcedureInput<Contract['till.shifts.open']>;
export type ShiftCloseInput = ProcedureInput<Contract['till.shifts.close']>;

/** The signed-in cashier's open shift on this workstation (null: none open). */
export function useCurrentShift() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.tillShift, queryFn: () => call('till.shifts.current', {}) });
}

/** The cashier's last closed shift, for its Z-report after closing (also after a reload). */
export function useLastClosedShift(operatorId: string) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.tillLastClosed(operatorId),
    queryFn: async () => (await call('till.shifts.list', { operatorId, status: 'closed', limit: 1 }))[0] ?? null,
  });
}

export function useTillPlans() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.tillPlans, queryFn: () => call('till.plans.list', {}) });
}

export function useReceiptHistory(shiftId: string) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.tillHistory(shiftId), queryFn: () => call('till.receipts.history', { shiftId, limit: 200 }) });
}

export function useFindCustomers(query: string) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.tillCustomers(query),
    queryFn: () => call('till.customers.find', { query, limit: 20 }),
    placeholderData: keepPreviousData,
    enabled: query.trim() !== '',
  });
}

/** A scan is a read (nothing is reserved): the sale checks the card again. */
export function useScan() {
  const call = useCall();
  return useMutation({ mutationFn: (text: string) => call('till.scan', { text }) });
}

/** Every till write changes the shift's expected amounts, its history, the stock per plan and the audit log. */
function useInvalidateTill() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.tillAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.vouchersAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
    ]);
}

export function useOpenShift() {
  const call = useCall();
  const invalidate = useInvalidateTill();
  return useMutation({ mutationFn: (input: ShiftOpenInput) => call('till.shifts.open', input), onSuccess: invalidate });
}

export function useCloseShift() {
  const call = useCall();
  const invalidate = useInvalidateTill();
  return useMutation({ mutationFn: (input: ShiftCloseInput) => call('till.shifts.close', input), onSuccess: invalidate });
}

export function useSellVouchers() {
  const call = useCall();
  const invalidate = useInvalidateTill();
  return useMutation({ mutationFn: (input: SellInput) => call('till.sellVouchers', input), onSuccess: invalidate });
}

/** A customer payment also changes that customer's ledger, subscriptions (reactivation) and router jobs. */
export function useCollectPayment() {
  const call = useCall();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTill();
  return useMutation({
    mutationFn: (input: CollectInput) => call('till.collectPayment', input),
    onSuccess: (_data, input) =>
      Promise.all([
        invalidate(),
        queryClient.invalidateQueries({ queryKey: queryKeys.statement(input.customerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions(input.customerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll }),
      ]),
  });
}

/** A cashier's void opens the approval dialog; a manager or owner types their password on this screen. */
export function useTillVoid() {
  const call = useCall();
  const { withApproval } = useApproval();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTill();
  return useMutation({
    mutationFn: (input: TillVoidInput) => withApproval('till.void', (options?: CallOptions) => call('till.void', input, options)),
    onSuccess: () => Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: ['billing'] }), queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll })]),
  });
}

/** The receipt as first printed (no "COPY" mark): right after the sale or payment. */
export function useReceiptPdf() {
  const call = useCall();
  return useMutation({ mutationFn: ({ receiptId, paper }: { receiptId: string; paper: Paper }) => call('till.receipts.get', { receiptId, paper }) });
}

/** A reprint from history: marked "COPY", saved in the data folder and audited. */
export function useReprint() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ receiptId, paper }: { receiptId: string; paper: Paper }) => call('till.receipts.reprint', { receiptId, paper }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
  });
}

export function useZReport() {
  const call = useCall();
  return useMutation({ mutationFn: ({ shiftId, paper }: { shiftId: string; paper: Paper }) => call('till.zReport', { shiftId, paper }) });
}

export type ReceiptPrintInput = ProcedureInput<Contract['till.receipts.print']>;
export type ZReportPrintInput = ProcedureInput<Contract['till.zReport.print']>;

/** A receipt to this workstation's receipt printer (PDF through the spooler, or ESC/POS); audited. */
export function useReceiptPrint() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReceiptPrintInput) => call('till.receipts.print', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
  });
}

/** A Z-report to this workstation's printer. */
export function useZReportPrint() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ZReportPrintInput) => call('till.zReport.print', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
  });
}
