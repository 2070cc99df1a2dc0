import type { HealthOutput } from '../../src-shared/ipc/schemas/health';
import { TILL_METHODS } from '../db/schema/till';
import type { BusinessToday } from './business';
import type { MetricFamily } from './exposition';

export interface ProcessSnapshot {
  uptimeSeconds: number;
  residentBytes: number;
  heapUsedBytes: number;
  /** Mean event-loop delay since the last scrape, in seconds; null when not measured. */
  eventLoopLagSeconds: number | null;
}

const gauge = (name: string, help: string, value: number): MetricFamily => ({ name, help, type: 'gauge', samples: [{ value }] });
const seconds = (ms: number | null): number => (ms === null ? 0 : ms / 1000);

function processFamilies(proc: ProcessSnapshot): MetricFamily[] {
  const families = [
    gauge('mb_process_uptime_seconds', 'Seconds since the app process started.', proc.uptimeSeconds),
    gauge('mb_process_resident_memory_bytes', 'Resident set size of the app process.', proc.residentBytes),
    gauge('mb_process_heap_used_bytes', 'V8 heap in use.', proc.heapUsedBytes),
  ];
  if (proc.eventLoopLagSeconds !== null) families.push(gauge('mb_eventloop_lag_seconds', 'Mean event-loop delay since the previous scrape.', proc.eventLoopLagSeconds));
  return families;
}

function routerFamilies(health: HealthOutput): MetricFamily[] {
  const list = health.routers.list;
  return [
    gauge('mb_routers_online', 'Routers of this office with a live session.', health.routers.online),
    gauge('mb_routers_offline', 'Routers of this office without a live session.', health.routers.offline),
    {
      name: 'mb_router_up',
      help: 'Whether the router session is online (1) or not (0).',
      type: 'gauge',
      samples: list.map((row) => ({ labels: { router: row.name }, value: row.online ? 1 : 0 })),
    },
    {
      name: 'mb_router_cpu_percent',
      help: 'Latest CPU load read from the router.',
      type: 'gauge',
      samples: list.filter((row) => row.cpuPercent !== null).map((row) => ({ labels: { router: row.name }, value: row.cpuPercent ?? 0 })),
    },
    {
      name: 'mb_router_memory_used_percent',
      help: 'Latest memory use read from the router.',
      type: 'gauge',
      samples: list.filter((row) => row.memoryPercent !== null).map((row) => ({ labels: { router: row.name }, value: row.memoryPercent ?? 0 })),
    },
  ];
}

function stateFamilies(health: HealthOutput): MetricFamily[] {
  return [
    gauge('mb_db_size_bytes', 'Database size: page_count times page_size.', health.db.sizeBytes),
    gauge('mb_db_wal_bytes', 'Size of the write-ahead log file.', health.db.walBytes),
    {
      name: 'mb_router_jobs',
      help: 'Router jobs by status (open ones only).',
      type: 'gauge',
      samples: (['pending', 'running', 'failed'] as const).map((status) => ({ labels: { status }, value: health.jobs[status] })),
    },
    gauge('mb_router_jobs_failed', 'Router jobs that failed and wait for a person.', health.jobs.failed),
    gauge('mb_sync_backlog', 'Local changes not yet acknowledged by the central database.', health.sync.backlog),
    gauge('mb_sync_lag_seconds', 'Seconds since the last pull from the central database (0 when never pulled or sync is off).', seconds(health.sync.lagMs)),
    gauge('mb_sync_up', 'Whether sync runs without an error (1), is off or failing (0).', health.sync.state !== 'off' && health.sync.lastError === null ? 1 : 0),
    gauge('mb_backup_last_success_timestamp_seconds', 'When the newest verified backup was made (0: none).', seconds(health.backups.lastGoodAt)),
  ];
}

function businessFamilies(business: BusinessToday): MetricFamily[] {
  return [
    gauge('mb_vouchers_sold_today', 'Vouchers sold today (office day), net of reversals.', business.vouchersSold),
    {
      name: 'mb_revenue_today_minor',
      help: 'Money taken today (office day) per method, net of refunds, in minor units of the office currency.',
      type: 'gauge',
      samples: TILL_METHODS.map((method) => ({ labels: { method }, value: business.revenueByMethod.get(method) ?? 0 })),
    },
  ];
}

/** Every family the endpoint serves, in a stable order. */
export function collectFamilies(input: { process: ProcessSnapshot; health: HealthOutput; business: BusinessToday | null }): MetricFamily[] {
  return [
    ...processFamilies(input.process),
    ...stateFamilies(input.health),
    ...routerFamilies(input.health),
    ...(input.business ? businessFamilies(input.business) : []),
  ];
}
