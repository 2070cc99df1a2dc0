import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import type { TemplateSettings } from '@shared/ipc/schemas/voucher-print';
import { queryKeys } from './queryKeys';
import { useCall } from './useCall';

export type PrintRunInput = ProcedureInput<Contract['vouchers.print.run']>;
export type SaveTemplateInput = ProcedureInput<Contract['vouchers.print.templates.save']>;

/** Saved templates and the defaults a new one starts from (grid, 58 mm and 80 mm rolls). */
export function usePrintTemplates() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.printTemplates, queryFn: () => call('vouchers.print.templates.list', {}) });
}

export function usePrinters() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.printers, queryFn: () => call('vouchers.print.printers', {}) });
}

/**
 * One card laid out exactly as the PDF will be. The caller debounces `settings`; the last preview
 * stays on screen while the next one is computed, so the picture never flickers to empty.
 */
export function usePrintPreview(settings: TemplateSettings | null, batchId: string | null) {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.printPreview(settings, batchId),
    queryFn: () => {
      // Never thrown: the query is disabled until there are settings.
      if (!settings) throw new Error('no template settings yet');
      return call('vouchers.print.preview', batchId ? { settings, batchId } : { settings });
    },
    enabled: settings !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useSaveTemplate() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveTemplateInput) => call('vouchers.print.templates.save', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.printTemplates }),
  });
}

export function usePrintRun() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PrintRunInput) => call('vouchers.print.run', input),
    // Printing moves vouchers to `printed` and raises their print counts.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.vouchersAll }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]),
  });
}
