import type pg from 'pg';
import type { SyncStatusOutput } from '../../src-shared/ipc/schemas/sync';
import type { Sqlite } from '../db/connection';
import type { Logger } from '../core/logger';
import type { ApplyOutcome } from './apply';
import { PgCentral } from './central-client';
import { backlog } from './outbox';
import { SyncRunner, type SyncStatus } from './runner';
import { SyncService } from './service';
import { readCursor } from './state';

/**
 * Sync as a core service: the background runner when the office has a central database configured,
 * otherwise only the local picture (state `off`, the outbox backlog). Not configured = nothing connects.
 * Saving the sync settings calls `reconfigure`: the old runner stops and its pool closes before the new
 * one starts, so two runners never push the same outbox at once.
 */
export interface CoreSyncConfig {
  /** `pg` pool settings of this office's central role (TLS via `ssl` or `sslmode` in a connection string). */
  connection: pg.PoolConfig;
  /** Between rounds; default one minute. */
  intervalMs?: number;
}

export interface CoreSyncDeps {
  sqlite: Sqlite;
  now: () => number;
  logger: Logger;
  config?: CoreSyncConfig;
  onStatus?: (status: SyncStatusOutput) => void;
  /** After each pulled page commits: what it changed here (the core's router follow-up). */
  afterApply?: (changed: ApplyOutcome['changed']) => void;
}

const DEFAULT_INTERVAL_MS = 60_000;

function openConflicts(sqlite: Sqlite): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

interface Running {
  central: PgCentral;
  runner: SyncRunner;
  intervalMs: number;
}

export class CoreSync {
  private readonly deps: CoreSyncDeps;
  private current: Running | null;
  /** start() was called (the app runs its background services): a new configuration starts at once. */
  private started = false;
  /** Set by close(): a reconfigure racing the shutdown builds nothing. */
  private closed = false;
  private closing: Promise<void> = Promise.resolve();
  private swaps: Promise<void> = Promise.resolve();

  constructor(deps: CoreSyncDeps) {
    this.deps = deps;
    this.current = deps.config ? this.build(deps.config) : null;
  }

  status(): SyncStatusOutput {
    if (!this.current) {
      const { sqlite } = this.deps;
      return { state: 'off', intervalMs: null, lastPushAt: null, lastPullAt: null, backlog: backlog(sqlite), cursor: readCursor(sqlite), conflicts: openConflicts(sqlite), lastError: null };
    }
    return { ...this.current.runner.status(), intervalMs: this.current.intervalMs };
  }

  /** True while a central database is configured (the runner exists, whatever its state). */
  configured(): boolean {
    return this.current !== null;
  }

  start(): void {
    this.started = true;
    this.current?.runner.start();
  }

  /**
   * One round now (joins a round in flight). A failed round is reported in the status, not thrown. With
   * sync off there is nothing to run: the answer is the `off` status (the UI offers no button then).
   */
  async runNow(): Promise<SyncStatusOutput> {
    const current = this.current;
    if (!current) return this.status();
    const status = await current.runner.runNow();
    return { ...status, intervalMs: current.intervalMs };
  }

  /**
   * Swaps the configuration: stops the old runner, closes its pool, then builds (and starts) the new one.
   * Calls are queued, so two quick saves cannot leave two runners behind.
   */
  reconfigure(config: CoreSyncConfig | undefined): Promise<void> {
    const next = this.swaps.then(() => this.swap(config));
    this.swaps = next.catch(() => undefined);
    return next;
  }

  private async swap(config: CoreSyncConfig | undefined): Promise<void> {
    const old = this.current;
    this.current = null;
    if (old) await this.shutDown(old);
    if (this.closed) return;
    this.current = config ? this.build(config) : null;
    if (this.current && this.started) this.current.runner.start();
    this.deps.onStatus?.(this.status());
  }

  /** Stops scheduling; a round in flight ends on its own and `idle()` tells when it has. */
  close(): void {
    this.closed = true;
    const old = this.current;
    this.current = null;
    if (old) this.closing = this.shutDown(old);
  }

  /**
   * Resolves once the round in flight at close() has ended and its pool is closed. Graceful shutdown waits
   * for it (within its grace), so a pulled page is applied with its cursor, or a pushed batch acknowledged,
   * before the db closes; if the grace runs out the next start simply pulls or pushes that page again.
   */
  idle(): Promise<void> {
    return this.closing;
  }

  private build(config: CoreSyncConfig): Running {
    const intervalMs = config.intervalMs ?? DEFAULT_INTERVAL_MS;
    const central = new PgCentral({ connection: config.connection });
    const { afterApply } = this.deps;
    const service = new SyncService({ sqlite: this.deps.sqlite, central, now: this.deps.now, ...(afterApply ? { afterApply } : {}) });
    const runner: SyncRunner = new SyncRunner({
      service,
      intervalMs,
      now: this.deps.now,
      countConflicts: () => openConflicts(this.deps.sqlite),
      // A replaced runner finishing its last round must not overwrite the new one's status.
      onStatus: (status) => {
        if (this.current?.runner === runner) this.report(status, intervalMs);
      },
    });
    return { central, runner, intervalMs };
  }

  private async shutDown(old: Running): Promise<void> {
    await old.runner.stop();
    await old.central.close().catch((error: unknown) => {
      this.deps.logger.warn('closing the sync pool failed', { message: error instanceof Error ? error.message : String(error) });
    });
  }

  private report(status: SyncStatus, intervalMs: number): void {
    if (status.lastError && status.state !== 'syncing') this.deps.logger.warn('sync round failed', { code: status.lastError.code, message: status.lastError.message });
    this.deps.onStatus?.({ ...status, intervalMs });
  }
}
