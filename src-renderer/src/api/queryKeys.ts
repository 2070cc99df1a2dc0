import type { AuditFilters } from './audit';
import type { JobFilters } from './jobs';

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
};
