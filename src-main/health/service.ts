import type { Db, Sqlite } from '../db/connection';
import type { OfficeService } from '../office/service';
import type { BackupService } from '../backups/service';
import type { BillingSettingsService } from '../billing/settings';
import type { RouterRegistry } from '../routers/registry/service';
import type { RouterRuntime } from '../routers/runtime';
import type { CoreSync } from '../sync/core-sync';
import type { HealthOutput, IntegrityCheck } from '../../src-shared/ipc/schemas/health';
import { dbSize } from './db-size';
import { lastCheck, runQuickCheck, saveLastCheck } from './integrity';
import { jobStats } from './job-stats';
import { backupLevel, dbLevel, jobLevel, routerLevel, scheduleLevel, syncLevel } from './levels';
import { nextRuns } from './schedules';

export interface HealthDeps {
  db: Db;
  sqlite: Sqlite;
  dbFile: string;
  appVersion: string;
  /** Electron's version when running inside Electron; null on plain Node. */
  electronVersion: string | null;
  office: OfficeService;
  backups: BackupService;
  billingSettings: BillingSettingsService;
  routers: RouterRegistry;
  routerRuntime: RouterRuntime;
  sync: CoreSync;
  transaction<T>(fn: () => T): T;
}

/**
 * One picture of the app's health for the Health page, the metrics endpoint, the alert rules and the
 * diagnostics bundle. Every part reads in-memory state, pragmas, the backups folder's manifests or
 * indexed counts: nothing here scans a whole table (test/health checks the query plans).
 */
export class HealthService {
  constructor(private readonly deps: HealthDeps) {}

  get(now: number): HealthOutput {
    return {
      at: now,
      versions: { app: this.deps.appVersion, node: process.versions.node, electron: this.deps.electronVersion },
      db: this.dbPart(),
      backups: this.backupPart(now),
      routers: this.routerPart(),
      jobs: this.jobPart(),
      sync: this.syncPart(now),
      schedules: this.schedulePart(now),
    };
  }

  /** Runs `PRAGMA quick_check` now and keeps the result for the page. */
  checkDb(now: () => number): IntegrityCheck {
    const at = now();
    const check: IntegrityCheck = { at, ...runQuickCheck(this.deps.sqlite, now) };
    this.deps.transaction(() => saveLastCheck(this.deps.db, check));
    return check;
  }

  routerRows(): HealthOutput['routers']['list'] {
    const health = new Map(this.deps.routerRuntime.health.list().map((entry) => [entry.routerId, entry]));
    return this.deps.routers.listCommandable().map((row) => {
      const entry = health.get(row.id);
      const status = this.deps.routerRuntime.connections.status(row.id);
      const memory = entry && entry.totalMemory && entry.freeMemory !== null ? Math.round(100 - (100 * entry.freeMemory) / entry.totalMemory) : null;
      return {
        routerId: row.id,
        name: row.name,
        online: status.state === 'online',
        state: status.state,
        cpuPercent: entry?.cpuLoad ?? null,
        memoryPercent: memory,
        checkedAt: entry?.checkedAt ?? null,
        lastError: entry?.lastError ?? status.lastError,
      };
    });
  }

  private dbPart(): HealthOutput['db'] {
    const part = { path: this.deps.dbFile, ...dbSize(this.deps.sqlite, this.deps.dbFile), lastIntegrityCheck: lastCheck(this.deps.db) };
    return { level: dbLevel(part), ...part };
  }

  private backupPart(now: number): HealthOutput['backups'] {
    const backups = this.deps.backups.list();
    const last = backups[0];
    const part = {
      lastAt: last?.createdAt ?? null,
      lastOk: last ? last.status !== 'failed' : null,
      lastProblem: last?.problem ?? null,
      lastGoodAt: backups.find((backup) => backup.status === 'verified')?.createdAt ?? null,
    };
    return { level: backupLevel(part, now), ...part };
  }

  private routerPart(): HealthOutput['routers'] {
    const list = this.routerRows();
    const online = list.filter((row) => row.online).length;
    const part = { online, offline: list.length - online, list };
    return { level: routerLevel(part), ...part };
  }

  private jobPart(): HealthOutput['jobs'] {
    const part = jobStats(this.deps.sqlite);
    return { level: jobLevel(part), ...part };
  }

  private syncPart(now: number): HealthOutput['sync'] {
    const status = this.deps.sync.status();
    const part = {
      state: status.state,
      backlog: status.backlog,
      lastPushAt: status.lastPushAt,
      lastPullAt: status.lastPullAt,
      lagMs: status.lastPullAt === null ? null : Math.max(0, now - status.lastPullAt),
      lastError: status.lastError?.message ?? null,
    };
    return { level: syncLevel(part), ...part };
  }

  private schedulePart(now: number): HealthOutput['schedules'] {
    const part = nextRuns(now, this.deps.office, {
      billing: () => this.deps.billingSettings.get().runTime,
      backup: () => this.deps.backups.settings.get().dailyTime,
    });
    return { level: scheduleLevel(part), ...part };
  }
}
