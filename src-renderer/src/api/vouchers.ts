import { useEffect, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import type { GenerationProgress } from '@shared/ipc/schemas/vouchers';
import { useApi } from './ApiContext';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type CreatePlanInput = ProcedureInput<Contract['vouchers.plans.create']>;
export type UpdatePlanInput = ProcedureInput<Contract['vouchers.plans.update']>;
export type GenerateVouchersInput = ProcedureInput<Contract['vouchers.generate']>;
export type VoucherStatus = NonNullable<ProcedureInput<Contract['vouchers.list']>['status']>;

export interface BatchQuery {
  routerId?: string;
  planId?: string;
  offset: number;
  limit: number;
}

export interface VoucherQuery {
  batchId: string;
  status?: VoucherStatus;
  search?: string;
  offset: number;
  limit: number;
}

/** Plans of one router, or of every router when `routerId` is null. */
export function usePlans(routerId: string | null) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.voucherPlans(routerId),
    queryFn: () => call('vouchers.plans.list', routerId ? { routerId } : {}),
  });
}

/** Plan writes change plans, the dashboard and the audit log; batches show plan names. */
function useInvalidateVouchers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.vouchersAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
    ]);
}

export function useCreatePlan() {
  const call = useCall();
  const invalidate = useInvalidateVouchers();
  return useMutation({ mutationFn: (input: CreatePlanInput) => call('vouchers.plans.create', input), onSuccess: invalidate });
}

export function useUpdatePlan() {
  const call = useCall();
  const invalidate = useInvalidateVouchers();
  return useMutation({ mutationFn: (input: UpdatePlanInput) => call('vouchers.plans.update', input), onSuccess: invalidate });
}

export function useRemovePlan() {
  const call = useCall();
  const invalidate = useInvalidateVouchers();
  return useMutation({ mutationFn: (id: string) => call('vouchers.plans.remove', { id }), onSuccess: invalidate });
}

/** One page of batches; the previous page stays on screen while the next one loads. */
export function useBatches(query: BatchQuery) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.voucherBatches(query),
    queryFn: () => call('vouchers.batches.list', query),
    placeholderData: keepPreviousData,
  });
}

/** A batch with its lifecycle counts and usage totals. */
export function useBatch(id: string) {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.voucherBatch(id), queryFn: () => call('vouchers.batches.get', { id }) });
}

/** One server-side page of a batch's vouchers: a 100k batch is never loaded at once. */
export function useVoucherRows(query: VoucherQuery) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.voucherRows(query),
    queryFn: () => call('vouchers.list', query),
    placeholderData: keepPreviousData,
  });
}

export function useGenerate() {
  const call = useCall();
  const invalidate = useInvalidateVouchers();
  return useMutation({ mutationFn: (input: GenerateVouchersInput) => call('vouchers.generate', input), onSuccess: invalidate });
}

export function useCancelGeneration() {
  const call = useCall();
  return useMutation({ mutationFn: (batchId: string) => call('vouchers.cancelGeneration', { batchId }) });
}

/**
 * The latest `vouchers.progress` event. It is sent to this window only, and a window runs one
 * generation at a time, so the first event also tells which batch id Cancel must name.
 */
export function useGenerationProgress(): { progress: GenerationProgress | null; reset: () => void } {
  const client = useApi();
  const [progress, setProgress] = useState<GenerationProgress | null>(null);
  useEffect(() => client.on('vouchers.progress', setProgress), [client]);
  return { progress, reset: () => setProgress(null) };
}

/** Batch actions change its counts, its vouchers and the router jobs: refresh all of them. */
function useBatchMutation<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.vouchersAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.jobsAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]),
  });
}

export function usePushBatch() {
  const call = useCall();
  return useBatchMutation((id: string) => call('vouchers.batches.push', { id }));
}

export function useSetBatchDisabled() {
  const call = useCall();
  return useBatchMutation((input: { id: string; disabled: boolean }) => call('vouchers.batches.setDisabled', input));
}

export function useDeleteBatch() {
  const call = useCall();
  return useBatchMutation((id: string) => call('vouchers.batches.delete', { id, confirm: true }));
}

/** The CSV is built by main on demand (a button), so it is a mutation, not a cached query. */
export function useExportBatchCsv() {
  const call = useCall();
  return useMutation({ mutationFn: (id: string) => call('vouchers.batches.exportCsv', { id }) });
}

/** Reads usage (first logins, uptime, bytes, expiries) back from a router; changes vouchers, so a mutation. */
export function useRefreshUsage() {
  const call = useCall();
  return useBatchMutation((routerId: string) => call('vouchers.usage.refresh', { routerId }));
}
