import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { Db, Sqlite } from '../db/connection';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { OfficeService } from '../office/service';
import type { HealthService } from '../health/service';
import type { MetricsSettings } from '../../src-shared/ipc/schemas/health';
import { businessToday, officeDay } from './business';
import { collectFamilies } from './collect';
import { formatExposition } from './exposition';
import { startMetricsServer, type MetricsServer } from './server';
import { readMetricsSettings, writeMetricsSettings } from './settings';

export interface MetricsDeps {
  db: Db;
  sqlite: Sqlite;
  clock: Clock;
  logger: Logger;
  office: OfficeService;
  health: HealthService;
  transaction<T>(fn: () => T): T;
}

/**
 * The optional Prometheus endpoint (off by default). Settings live in the settings table; turning it
 * on, moving it or off takes effect at once. Changes are serialised so two saves never race for a port.
 */
export class MetricsService {
  private server: MetricsServer | null = null;
  private loopDelay: IntervalHistogram | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: MetricsDeps) {}

  settings(): MetricsSettings {
    return readMetricsSettings(this.deps.db);
  }

  status(): { settings: MetricsSettings; url: string | null } {
    return { settings: this.settings(), url: this.server?.url ?? null };
  }

  /** At start-up: listens when enabled; a taken port is logged, not fatal (the page shows it is off). */
  start(): Promise<void> {
    return this.serial(async () => {
      const current = this.settings();
      if (!current.enabled || this.server) return;
      try {
        this.server = await this.listen(current.port);
      } catch (error) {
        this.deps.logger.error('metrics endpoint could not start', { port: current.port, error: error instanceof Error ? error.message : String(error) });
      }
    });
  }

  /**
   * Saves new settings. The new port is bound before anything is written, so a port in use is a
   * CONFLICT that changes nothing (the old server keeps running); `audit` runs in the settings write.
   */
  update(next: MetricsSettings, now: number, audit: () => void): Promise<{ settings: MetricsSettings; url: string | null }> {
    return this.serial(async () => {
      const keep = next.enabled && this.server?.port === next.port;
      const fresh = next.enabled && !keep ? await this.listen(next.port) : null;
      try {
        this.deps.transaction(() => {
          writeMetricsSettings(this.deps.db, next, now);
          audit();
        });
      } catch (error) {
        await fresh?.close();
        throw error;
      }
      if (!keep) {
        await this.server?.close();
        this.server = fresh;
      }
      if (!this.server) this.stopLoopDelay();
      return this.status();
    });
  }

  /** The exposition page as served (also used by tests and the diagnostics bundle). */
  render(): string {
    const now = this.deps.clock.now();
    const office = this.deps.office.get();
    const lag = this.loopDelay && this.loopDelay.count > 0 ? this.loopDelay.mean / 1e9 : null;
    this.loopDelay?.reset();
    const memory = process.memoryUsage();
    return formatExposition(
      collectFamilies({
        process: { uptimeSeconds: Math.round(process.uptime()), residentBytes: memory.rss, heapUsedBytes: memory.heapUsed, eventLoopLagSeconds: lag },
        health: this.deps.health.get(now),
        business: office ? businessToday(this.deps.sqlite, officeDay(now, office.timeZone)) : null,
      }),
    );
  }

  close(): Promise<void> {
    return this.serial(async () => {
      await this.server?.close();
      this.server = null;
      this.stopLoopDelay();
    });
  }

  private stopLoopDelay(): void {
    this.loopDelay?.disable();
    this.loopDelay = null;
  }

  private async listen(port: number): Promise<MetricsServer> {
    const server = await startMetricsServer(port, () => this.render());
    // Measured only while someone may scrape it: the histogram costs a timer.
    if (!this.loopDelay) {
      this.loopDelay = monitorEventLoopDelay({ resolution: 20 });
      this.loopDelay.enable();
    }
    return server;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
