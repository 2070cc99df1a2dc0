import type { HealthLevel, HealthOutput } from '../../src-shared/ipc/schemas/health';

/** A good backup older than this (with backups scheduled daily) is a warning: one day was missed. */
export const BACKUP_STALE_MS = 36 * 3_600_000;
/** Sync that has not pulled for this long while running is lagging. */
export const SYNC_LAG_WARN_MS = 15 * 60_000;
/** CPU above this on any router colours the routers card. */
export const CPU_WARN_PERCENT = 90;

type Area<K extends keyof HealthOutput> = Omit<HealthOutput[K], 'level'>;

export function dbLevel(db: Area<'db'>): HealthLevel {
  return db.lastIntegrityCheck && !db.lastIntegrityCheck.ok ? 'error' : 'ok';
}

export function backupLevel(backups: Area<'backups'>, now: number): HealthLevel {
  if (backups.lastOk === false) return 'error';
  if (backups.lastGoodAt === null || now - backups.lastGoodAt > BACKUP_STALE_MS) return 'warning';
  return 'ok';
}

export function routerLevel(routers: Area<'routers'>): HealthLevel {
  if (routers.list.length === 0) return 'ok';
  if (routers.online === 0) return 'error';
  const hot = routers.list.some((row) => row.online && (row.cpuPercent ?? 0) > CPU_WARN_PERCENT);
  return routers.offline > 0 || hot ? 'warning' : 'ok';
}

export function jobLevel(jobs: Area<'jobs'>): HealthLevel {
  return jobs.failed > 0 ? 'warning' : 'ok';
}

export function syncLevel(sync: Area<'sync'>): HealthLevel {
  if (sync.state === 'off') return 'ok';
  if (sync.lastError !== null) return 'error';
  return sync.lagMs === null || sync.lagMs > SYNC_LAG_WARN_MS ? 'warning' : 'ok';
}

export function scheduleLevel(schedules: Area<'schedules'>): HealthLevel {
  return schedules.billingNextRunAt === null ? 'warning' : 'ok';
}
