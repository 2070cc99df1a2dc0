import type { EventHub } from '../../core/event-hub';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import { RouterConnection, RouterSession, type RouterCommandRunner, type RouterDeps, type RouterSessionOptions, type RouterSessionStatus } from '../client';
import type { RouterRegistry, RouterRow } from '../registry/service';
import { unrefTimers } from './unref-timers';

export interface RouterStatusInfo {
  routerId: string;
  state: RouterSessionStatus['state'];
  since: number;
  lastError: string | null;
  nextAttemptAt: number | null;
}

/** Session settings applied to every router (tests shorten timeouts and backoff). */
export type SessionTuning = Partial<
  Pick<RouterSessionOptions, 'reconnect' | 'heartbeatIntervalMs' | 'commandTimeoutMs' | 'connectTimeoutMs' | 'loginTimeoutMs' | 'maxInFlight'>
>;

export interface RouterConnectionsDeps {
  registry: RouterRegistry;
  events: EventHub;
  clock: Clock;
  logger: Logger;
  tuning?: SessionTuning;
  /** Socket factory, random source: tests inject; production uses the client's defaults. */
  clientDeps?: Pick<RouterDeps, 'socketFactory' | 'random'>;
}

type StatusListener = (status: RouterStatusInfo) => void;

/**
 * One persistent RouterSession per live router while the background services run. Status changes are
 * broadcast as `routers.status` and passed to in-process listeners (health monitor, job worker).
 */
export class RouterConnections {
  private readonly sessions = new Map<string, RouterSession>();
  private readonly listeners = new Set<StatusListener>();
  private running = false;

  constructor(private readonly deps: RouterConnectionsDeps) {}

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const row of this.deps.registry.listCommandable()) this.open(row);
  }

  /** Stops every session at once; sockets are destroyed synchronously, so the db may close right after. */
  stop(): Promise<void> {
    this.running = false;
    const closing = [...this.sessions.values()].map((session) => session.close());
    this.sessions.clear();
    return Promise.all(closing).then(() => undefined);
  }

  /** A router was created, edited or removed: its session is rebuilt with the new settings (or dropped). */
  refresh(routerId: string): void {
    const old = this.sessions.get(routerId);
    if (old) {
      this.sessions.delete(routerId);
      void old.close();
    }
    if (!this.running) return;
    const row = this.deps.registry.find(routerId);
    if (row && this.deps.registry.commandable(row)) this.open(row);
  }

  session(routerId: string): RouterSession | undefined {
    return this.sessions.get(routerId);
  }

  status(routerId: string): RouterStatusInfo {
    const session = this.sessions.get(routerId);
    return toInfo(routerId, session?.status ?? { state: 'idle', since: 0, attempt: 0 });
  }

  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `work` on the router's live session when it is online, otherwise on a one-off connection
   * (live sessions page and kick must work even before background services start).
   */
  async use<T>(row: RouterRow, work: (runner: RouterCommandRunner) => Promise<T>): Promise<T> {
    const session = this.sessions.get(row.id);
    if (session && session.status.state === 'online') return work(session);
    return this.withFreshConnection(row, work);
  }

  /** A new connection with the stored settings: proves address, TLS and credentials right now. */
  async withFreshConnection<T>(row: RouterRow, work: (runner: RouterCommandRunner) => Promise<T>): Promise<T> {
    const connection = await RouterConnection.open({ ...this.endpoint(row), connectTimeoutMs: this.deps.tuning?.connectTimeoutMs ?? 5_000 }, this.clientDeps());
    try {
      return await work(connection);
    } finally {
      connection.close();
    }
  }

  private open(row: RouterRow): void {
    // Window 64: bulk pushes (reconcile of a voucher batch) are latency-bound below that (P3 bench).
    const session = new RouterSession({ ...this.endpoint(row), maxInFlight: 64, ...this.deps.tuning }, this.clientDeps());
    this.sessions.set(row.id, session);
    session.on('status', (status) => {
      if (this.sessions.get(row.id) !== session) return;
      const info = toInfo(row.id, status);
      this.deps.events.broadcast('routers.status', info);
      for (const listener of this.listeners) {
        try {
          listener(info);
        } catch (error) {
          this.deps.logger.error('router status listener failed', { routerId: row.id, error: String(error) });
        }
      }
    });
    session.start();
  }

  private endpoint(row: RouterRow): RouterSessionOptions {
    return this.deps.registry.endpoint(row);
  }

  private clientDeps(): RouterDeps {
    return { timers: unrefTimers, now: () => this.deps.clock.now(), ...this.deps.clientDeps };
  }
}

function toInfo(routerId: string, status: RouterSessionStatus): RouterStatusInfo {
  return {
    routerId,
    state: status.state,
    since: status.since,
    lastError: status.lastError?.message ?? null,
    nextAttemptAt: status.nextAttemptAt ?? null,
  };
}
