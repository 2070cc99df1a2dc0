import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MetricsSettings } from '@shared/ipc/schemas/health';
import { useCall } from '../../api/useCall';
import { downloadBase64 } from '../../shell/download';

export const healthKeys = {
  all: ['health'] as const,
  get: ['health', 'get'] as const,
  metrics: ['health', 'metrics'] as const,
};

/** The page refreshes itself every 15 s: router and sync figures move on their own. */
export function useHealth() {
  const call = useCall();
  return useQuery({ queryKey: healthKeys.get, queryFn: () => call('health.get', {}), refetchInterval: 15_000, staleTime: 0 });
}

export function useCheckDb() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('health.checkDb', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: healthKeys.get }),
  });
}

export function useMetricsStatus() {
  const call = useCall();
  return useQuery({ queryKey: healthKeys.metrics, queryFn: () => call('health.metrics.get', {}) });
}

export function useUpdateMetrics() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MetricsSettings) => call('health.metrics.update', input),
    onSuccess: (status) => queryClient.setQueryData(healthKeys.metrics, status),
  });
}

/** Builds the bundle in the core and hands it to the browser's download. */
export function useSaveDiagnostics() {
  const call = useCall();
  return useMutation({
    mutationFn: async () => {
      const file = await call('diagnostics.save', {});
      downloadBase64(file.fileName, file.contentBase64, file.mimeType);
      return file;
    },
  });
}
