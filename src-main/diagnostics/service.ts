import path from 'node:path';
import type { Sqlite } from '../db/connection';
import type { Clock } from '../core/clock';
import type { HealthService } from '../health/service';
import type { JobStore } from '../routers/jobs/store';
import type { MetricsService } from '../metrics/service';
import type { AlertService } from '../alerts/service';
import { tailLogs } from './logs';
import { redactValue, scrubKnown } from './redact';

/** How much of the newest logs goes into one bundle. */
export const DEFAULT_LOG_BUDGET_BYTES = 5 * 1024 * 1024;
const RECENT_FAILURES = 50;

export interface DiagnosticsDeps {
  sqlite: Sqlite;
  clock: Clock;
  dataDir: string;
  health: HealthService;
  metrics: MetricsService;
  alerts: AlertService;
  jobs: JobStore;
  /** Every secret value this install knows in clear (router and sync passwords): cut from the bundle. */
  secretValues: () => string[];
  logBudgetBytes?: number;
}

export interface DiagnosticsFile {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  contentBase64: string;
}

/**
 * "Save diagnostics": one JSON file for support with versions, health, settings (secrets removed),
 * alerts, recent job failures and the newest log lines. No zip library is installed, so it is a JSON
 * bundle; every part passes the key/pattern redaction and the whole text the known-secret scrub.
 */
export class DiagnosticsService {
  constructor(private readonly deps: DiagnosticsDeps) {}

  build(): DiagnosticsFile {
    const now = this.deps.clock.now();
    const health = this.deps.health.get(now);
    const bundle = {
      format: 'mikrotik-billing-diagnostics',
      version: 1,
      createdAt: new Date(now).toISOString(),
      versions: { ...health.versions, platform: process.platform, arch: process.arch },
      health,
      settings: this.settings(),
      metricsEndpoint: this.deps.metrics.status(),
      alerts: this.deps.alerts.list().alerts,
      recentJobFailures: this.deps.jobs.list({ status: 'failed', limit: RECENT_FAILURES }).jobs,
      logs: tailLogs(path.join(this.deps.dataDir, 'logs'), this.deps.logBudgetBytes ?? DEFAULT_LOG_BUDGET_BYTES),
    };
    const text = scrubKnown(JSON.stringify(redactValue(bundle), null, 2), this.deps.secretValues());
    const bytes = Buffer.from(text, 'utf8');
    return {
      fileName: `diagnostics-${new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.json`,
      mimeType: 'application/json',
      sizeBytes: bytes.length,
      contentBase64: bytes.toString('base64'),
    };
  }

  /** The local settings table (small key/value rows), values decoded where they are JSON. */
  private settings(): Record<string, unknown> {
    const rows = this.deps.sqlite.prepare('SELECT key, value FROM settings ORDER BY key').all() as Array<{ key: string; value: string }>;
    return Object.fromEntries(rows.map((row) => [row.key, decode(row.value)]));
  }
}

function decode(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
