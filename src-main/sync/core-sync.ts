import type pg from 'pg';
import type { SyncStatusOutput } from '../../src-shared/ipc/schemas/sync';
import type { Sqlite } from '../db/connection';
import type { Logger } from '../core/logger';
import { PgCentral } from './central-client';
import { backlog } from './outbox';
import { SyncRunner, type SyncStatus } from './runner';
import { SyncService, type SyncServiceOptions } from './service';
import { readCursor } from './state';

/**
 * Sync as a core service: the background runner when the office has a central database configured,
 * otherwise only the local picture (state `off`, the outbox backlog). Not configured = nothing connects.
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
  /** What each pulled page changed here (router-follow-up.ts: the owner of a router commands it). */
  afterApply?: SyncServiceOptions['afterApply'];
}

const DEFAULT_INTERVAL_MS = 60_000;

function openConflicts(sqlite: Sqlite): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

export class CoreSync {
  private readonly deps: CoreSyncDeps;
  private readonly central: PgCentral | null;
  private readonly runner: SyncRunner | null;
  private readonly intervalMs: number | null;

  constructor(deps: CoreSyncDeps) {
    this.deps = deps;
    if (!deps.config) {
      this.central = null;
      this.runner = null;
      this.intervalMs = null;
      return;
    }
    this.intervalMs = deps.config.intervalMs ?? DEFAULT_INTERVAL_MS;
    this.central = new PgCentral({ connection: deps.config.connection });
    const service = new SyncService({
      sqlite: deps.sqlite,
      central: this.central,
      now: deps.now,
      ...(deps.afterApply ? { afterApply: deps.afterApply } : {}),
    });
    this.runner = new SyncRunner({
      service,
      intervalMs: this.intervalMs,
      now: deps.now,
      countConflicts: () => openConflicts(deps.sqlite),
      onStatus: (status) => this.report(status),
    });
  }

  status(): SyncStatusOutput {
    if (!this.runner) {
      const { sqlite } = this.deps;
      return { state: 'off', intervalMs: null, lastPushAt: null, lastPullAt: null, backlog: backlog(sqlite), cursor: readCursor(sqlite), conflicts: openConflicts(sqlite), lastError: null };
    }
    return { ...this.runner.status(), intervalMs: this.intervalMs };
  }

  start(): void {
    this.runner?.start();
  }

  /** Stops scheduling; a round in flight ends on its own (its db work is synchronous and short). */
  close(): void {
    const runner = this.runner;
    const central = this.central;
    if (!runner || !central) return;
    void runner.stop().then(() => central.close());
  }

  private report(status: SyncStatus): void {
    if (status.lastError && status.state !== 'syncing') this.deps.logger.warn('sync round failed', { code: status.lastError.code, message: status.lastError.message });
    this.deps.onStatus?.({ ...status, intervalMs: this.intervalMs });
  }
}
