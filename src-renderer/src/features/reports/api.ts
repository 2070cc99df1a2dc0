import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SalesGrouping } from '@shared/ipc/schemas/reports';
import { useCall, type Caller } from '../../api/useCall';

/** Query keys of the reports: every report refetches when its inputs change. */
export const reportKeys = {
  all: ['reports'] as const,
  sales: (from: string, to: string, groupBy: SalesGrouping) => ['reports', 'sales', from, to, groupBy] as const,
  stock: ['reports', 'stock'] as const,
  aging: (asOf: string) => ['reports', 'aging', asOf] as const,
  churn: (from: string, to: string) => ['reports', 'churn', from, to] as const,
  revenue: (stackBy: 'method' | 'plan') => ['reports', 'revenue', stackBy] as const,
};

/**
 * Reports read figures other pages change (a sale at the till, a payment): opening a report asks again
 * rather than showing the app-wide 10 s cache, which could still hold the figures from before a sale.
 */
const FRESH = { staleTime: 0 } as const;

export function useSalesReport(from: string, to: string, groupBy: SalesGrouping, enabled: boolean) {
  const call = useCall();
  return useQuery({ queryKey: reportKeys.sales(from, to, groupBy), queryFn: () => call('reports.sales', { from, to, groupBy }), enabled, placeholderData: keepPreviousData, ...FRESH });
}

export const stockReportQuery = (call: Caller) => queryOptions({ queryKey: reportKeys.stock, queryFn: () => call('reports.voucherStock', {}) });

export function useStockReport() {
  const call = useCall();
  return useQuery({ ...stockReportQuery(call), ...FRESH });
}

export function useAgingReport(asOf: string, enabled: boolean) {
  const call = useCall();
  return useQuery({ queryKey: reportKeys.aging(asOf), queryFn: () => call('reports.aging', { asOf }), enabled, placeholderData: keepPreviousData, ...FRESH });
}

export function useChurnReport(from: string, to: string, enabled: boolean) {
  const call = useCall();
  return useQuery({ queryKey: reportKeys.churn(from, to), queryFn: () => call('reports.churn', { from, to }), enabled, placeholderData: keepPreviousData, ...FRESH });
}

export const revenueChartQuery = (call: Caller, stackBy: 'method' | 'plan') =>
  queryOptions({ queryKey: reportKeys.revenue(stackBy), queryFn: () => call('reports.revenueChart', { days: 30, stackBy }) });

export function useRevenueChart(stackBy: 'method' | 'plan') {
  const call = useCall();
  return useQuery({ ...revenueChartQuery(call, stackBy), refetchInterval: 60_000, ...FRESH });
}
