import type { Db, Sqlite } from '../db/connection';
import type { Clock } from '../core/clock';
import type { EventHub } from '../core/event-hub';
import type { Logger } from '../core/logger';
import type { OfficeService } from '../office/service';
import type { BackupService } from '../backups/service';
import type { BillingSettingsService } from '../billing/settings';
import type { RouterRegistry } from '../routers/registry/service';
import type { RouterRuntime } from '../routers/runtime';
import type { CoreSync, CoreSyncConfig } from '../sync/core-sync';
import { AlertService, type AlertOptions } from '../alerts/service';
import { DiagnosticsService } from '../diagnostics/service';
import { MetricsService } from '../metrics/service';
import { HealthService } from './service';

export interface ObservabilityDeps {
  db: Db;
  sqlite: Sqlite;
  dbFile: string;
  dataDir: string;
  appVersion: string;
  clock: Clock;
  logger: Logger;
  events: EventHub;
  office: OfficeService;
  backups: BackupService;
  billingSettings: BillingSettingsService;
  routers: RouterRegistry;
  routerRuntime: RouterRuntime;
  sync: CoreSync;
  syncConfig: CoreSyncConfig | null;
  alertOptions?: AlertOptions;
  transaction<T>(fn: () => T): T;
}

export interface Observability {
  health: HealthService;
  metrics: MetricsService;
  alerts: AlertService;
  diagnostics: DiagnosticsService;
  /** With the other background services: alert rules and (when enabled) the metrics endpoint. */
  start(): void;
  stop(): void;
}

/** Health, metrics, alerts and diagnostics built together (they share one HealthService). */
export function createObservability(deps: ObservabilityDeps): Observability {
  const health = new HealthService({ ...deps, electronVersion: process.versions.electron ?? null });
  const metrics = new MetricsService({ ...deps, health });
  const alerts = new AlertService({ ...deps, health }, deps.alertOptions);
  const diagnostics = new DiagnosticsService({
    ...deps,
    health,
    metrics,
    alerts,
    jobs: deps.routerRuntime.jobs,
    secretValues: () => [...routerPasswords(deps.routers), ...syncPasswords(deps.syncConfig)],
  });
  return {
    health,
    metrics,
    alerts,
    diagnostics,
    start: () => {
      alerts.start();
      void metrics.start();
    },
    stop: () => {
      alerts.stop();
      void metrics.close();
    },
  };
}

/** The clear passwords of this office's routers (to cut them out of the diagnostics bundle). */
function routerPasswords(routers: RouterRegistry): string[] {
  return routers.listCommandable().flatMap((row) => {
    try {
      return [routers.endpoint(row).password];
    } catch {
      return [];
    }
  });
}

function syncPasswords(config: CoreSyncConfig | null): string[] {
  if (!config) return [];
  const out: string[] = [];
  if (typeof config.connection.password === 'string') out.push(config.connection.password);
  if (config.connection.connectionString) {
    try {
      const url = new URL(config.connection.connectionString);
      if (url.password) out.push(decodeURIComponent(url.password), url.password);
    } catch {
      // Not a URL (key=value form): the pattern redaction still applies.
    }
  }
  return out;
}
