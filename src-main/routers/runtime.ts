import type { ManagedMenu } from '../../src-shared/domain/router-items';
import type { Clock } from '../core/clock';
import type { EventHub } from '../core/event-hub';
import type { Logger } from '../core/logger';
import type { Db } from '../db/connection';
import type { RouterCommandRunner } from './client';
import { RouterConnections, type RouterConnectionsDeps, type SessionTuning } from './connections/manager';
import { HealthMonitor, type HealthMonitorOptions } from './health/monitor';
import { JobStore } from './jobs/store';
import { JobWorker, type JobWorkerOptions } from './jobs/worker';
import { reconcileRouter, type ReconcileProgress, type ReconcileReport } from './reconcile/run';
import type { RouterRegistry } from './registry/service';

export interface RouterRuntimeOptions {
  session?: SessionTuning;
  health?: HealthMonitorOptions;
  jobs?: JobWorkerOptions;
  clientDeps?: RouterConnectionsDeps['clientDeps'];
}

export interface RouterRuntimeDeps {
  db: Db;
  registry: RouterRegistry;
  events: EventHub;
  clock: Clock;
  logger: Logger;
  transaction<T>(fn: () => T): T;
}

/**
 * The router side of the core: connections, health polling and the job worker. Built with the core
 * but idle until `start()` (core.startBackground), so tests that do not want sockets and timers get none.
 */
export class RouterRuntime {
  readonly connections: RouterConnections;
  readonly health: HealthMonitor;
  readonly jobs: JobStore;
  readonly worker: JobWorker;
  private started = false;

  constructor(
    private readonly deps: RouterRuntimeDeps,
    options: RouterRuntimeOptions = {},
  ) {
    this.connections = new RouterConnections({
      registry: deps.registry,
      events: deps.events,
      clock: deps.clock,
      logger: deps.logger,
      ...(options.session ? { tuning: options.session } : {}),
      ...(options.clientDeps ? { clientDeps: options.clientDeps } : {}),
    });
    this.health = new HealthMonitor({ ...deps, connections: this.connections }, options.health);
    this.jobs = new JobStore(deps.db, deps.transaction);
    this.worker = new JobWorker({ store: this.jobs, connections: this.connections, clock: deps.clock, logger: deps.logger }, options.jobs);
  }

  get isStarted(): boolean {
    return this.started;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.connections.start();
    this.health.start();
    this.worker.start();
  }

  /** Synchronous part first (timers cleared, sockets destroyed) so the db can close right after. */
  stop(): Promise<void> {
    this.started = false;
    this.worker.stop();
    this.health.stop();
    return this.connections.stop();
  }

  /** A router was added, edited or removed. */
  routerChanged(routerId: string): void {
    this.connections.refresh(routerId);
  }

  /** Reconcile one router over its live session (or a one-off connection when background is off). */
  async reconcile(routerId: string, menus?: readonly ManagedMenu[], onProgress?: ReconcileProgress): Promise<ReconcileReport> {
    const row = this.deps.registry.require(routerId);
    return this.connections.use(row, (runner: RouterCommandRunner) =>
      reconcileRouter(runner, this.deps.db, routerId, menus, onProgress),
    );
  }
}
