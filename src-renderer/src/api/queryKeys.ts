import type { AuditFilters } from './audit';
import type { JobFilters } from './jobs';
import type { CustomerPageQuery } from './customers';
import type { BatchQuery, VoucherQuery } from './vouchers';

/** Every cache key in one place so invalidation cannot miss a spelling. */
export const queryKeys = {
  status: ['app', 'status'] as const,
  dashboard: ['dashboard', 'summary'] as const,
  operators: ['operators', 'list'] as const,
  settings: ['settings'] as const,
  auditAll: ['audit'] as const,
  auditList: (filters: AuditFilters) => ['audit', 'list', filters] as const,
  routers: ['routers', 'list'] as const,
  routerHealth: ['routers', 'health'] as const,
  routerSessions: (routerId: string) => ['routers', 'sessions', routerId] as const,
  jobsAll: ['jobs'] as const,
  jobs: (filters: JobFilters) => ['jobs', 'list', filters] as const,
  vouchersAll: ['vouchers'] as const,
  voucherPlans: (routerId: string | null) => ['vouchers', 'plans', routerId] as const,
  voucherPlansAll: ['vouchers', 'plans'] as const,
  voucherBatches: (query: BatchQuery) => ['vouchers', 'batches', 'list', query] as const,
  voucherBatch: (id: string) => ['vouchers', 'batches', 'detail', id] as const,
  voucherRows: (query: VoucherQuery) => ['vouchers', 'rows', query] as const,
  printTemplates: ['vouchers', 'print', 'templates'] as const,
  printers: ['vouchers', 'print', 'printers'] as const,
  customersAll: ['customers'] as const,
  customerPage: (query: CustomerPageQuery) => ['customers', 'list', query] as const,
  customerSearch: (query: string) => ['customers', 'search', query] as const,
  customer: (id: string) => ['customers', 'detail', id] as const,
  billingSettings: ['billing', 'settings'] as const,
  servicePlans: ['billing', 'plans'] as const,
  billingRuns: ['billing', 'runs'] as const,
  subscriptions: (customerId: string) => ['billing', 'subscriptions', customerId] as const,
  statement: (customerId: string) => ['billing', 'statement', customerId] as const,
  documentDetails: ['billing', 'documentDetails'] as const,
  printPreview: (settings: unknown, batchId: string | null) => ['vouchers', 'print', 'preview', batchId, settings] as const,
  tillAll: ['till'] as const,
  tillShift: ['till', 'shift', 'current'] as const,
  tillLastClosed: (operatorId: string) => ['till', 'shift', 'lastClosed', operatorId] as const,
  tillPlans: ['till', 'plans'] as const,
  tillHistory: (shiftId: string) => ['till', 'history', shiftId] as const,
  tillCustomers: (query: string) => ['till', 'customers', query] as const,
};
