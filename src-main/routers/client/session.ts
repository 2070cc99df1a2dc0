import { EventEmitter } from 'node:events';
import { RouterEncodingError, RouterError } from '../protocol/errors';
import { RouterConnection } from './connection';
import { RouterConnectionError, RouterLoginError, RouterTimeoutError } from './errors';
import {
  noopLogger,
  systemTimers,
  type CommandInput,
  type CommandOptions,
  type CommandResult,
  type ListenHandle,
  type RouterCommandRunner,
  type RouterConnectionOptions,
  type RouterDeps,
  type RouterLogger,
  type RouterTimers,
  type TimerHandle,
} from './types';

export type RouterSessionState = 'idle' | 'connecting' | 'online' | 'offline' | 'closed';

export interface RouterSessionStatus {
  state: RouterSessionState;
  /** Clock time the state was entered. */
  since: number;
  /** Why the last connection attempt failed or the last connection ended. */
  lastError?: RouterError;
  /** Failed attempts since the last time the session was online. */
  attempt: number;
  /** When offline: clock time of the next connection attempt. */
  nextAttemptAt?: number;
}

export interface RouterReconnectOptions {
  /** First retry delay (default 500 ms). */
  initialDelayMs?: number;
  /** Upper bound of the delay (default 30 s); also used after a rejected login. */
  maxDelayMs?: number;
  /** Growth per failed attempt (default 2). */
  factor?: number;
  /** Share of the delay that is randomised, 0-1 (default 0.5: delay in [d/2, d]). */
  jitter?: number;
}

export interface RouterSessionOptions extends RouterConnectionOptions {
  reconnect?: RouterReconnectOptions;
  /**
   * When no byte has arrived for this long, send a cheap command so a dead link is noticed
   * (default 30 s; 0 disables).
   */
  heartbeatIntervalMs?: number;
}

export interface RouterSessionEvents {
  status: [RouterSessionStatus];
}

/** Delay before attempt number `attempt` (0-based), with jitter drawn from `random`. */
export function backoffDelay(attempt: number, options: RouterReconnectOptions, random: () => number): number {
  const initial = options.initialDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  const factor = options.factor ?? 2;
  const jitter = Math.min(1, Math.max(0, options.jitter ?? 0.5));
  const base = Math.min(max, initial * factor ** Math.min(attempt, 60));
  return Math.round(base * (1 - jitter + jitter * random()));
}

/**
 * One persistent, logged-in connection to one router, re-established automatically
 * with exponential backoff and jitter. Commands issued while it is not online reject at
 * once with `RouterConnectionError` (`sent: false`); retrying is the caller's decision.
 * Emits `status` on every state change; never emits `error`.
 * A listen lives on one connection: when it drops, the listen's `done` rejects and the caller
 * subscribes again once the status is `online`.
 */
export class RouterSession extends EventEmitter<RouterSessionEvents> implements RouterCommandRunner {
  readonly name: string;

  private readonly options: RouterSessionOptions;
  private readonly deps: RouterDeps;
  private readonly timers: RouterTimers;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly logger: RouterLogger;
  private connection: RouterConnection | undefined;
  private current: RouterSessionStatus;
  private retryTimer: TimerHandle;
  private heartbeatTimer: TimerHandle;
  private closing = false;

  constructor(options: RouterSessionOptions, deps: RouterDeps = {}) {
    super();
    this.options = options;
    this.deps = deps;
    this.timers = deps.timers ?? systemTimers;
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.logger = deps.logger ?? noopLogger;
    this.name = options.name ?? `${options.host}:${options.port ?? (options.tls ? 8729 : 8728)}`;
    this.current = { state: 'idle', since: this.now(), attempt: 0 };
  }

  get status(): RouterSessionStatus {
    return { ...this.current };
  }

  /** Starts connecting (once; later calls do nothing). */
  start(): void {
    if (this.current.state !== 'idle') return;
    void this.connect();
  }

  /**
   * Resolves when the session is online; rejects with `RouterTimeoutError` after `timeoutMs`
   * or `RouterConnectionError` if the session is closed first.
   */
  waitUntilOnline(timeoutMs: number): Promise<void> {
    if (this.current.state === 'online') return Promise.resolve();
    if (this.current.state === 'closed') return Promise.reject(this.offlineError());
    return new Promise<void>((resolve, reject) => {
      const onStatus = (status: RouterSessionStatus): void => {
        if (status.state === 'online') finish();
        else if (status.state === 'closed') finish(this.offlineError());
      };
      const timer = this.timers.setTimeout(() => finish(new RouterTimeoutError(timeoutMs, false, 'waiting for the router')), timeoutMs);
      const finish = (err?: Error): void => {
        this.timers.clearTimeout(timer);
        this.off('status', onStatus);
        if (err) reject(err);
        else resolve();
      };
      this.on('status', onStatus);
    });
  }

  command(input: CommandInput, options?: CommandOptions): Promise<CommandResult> {
    const connection = this.connection;
    if (connection === undefined || connection.isClosed) return Promise.reject(this.offlineError());
    return connection.command(input, options);
  }

  listen(input: CommandInput, onRow: (row: Record<string, string>) => void): ListenHandle {
    const connection = this.connection;
    if (connection === undefined || connection.isClosed) {
      const done = Promise.reject(this.offlineError());
      done.catch(() => undefined);
      return { tag: '', done, cancel: () => Promise.resolve() };
    }
    return connection.listen(input, onRow);
  }

  /** Closes the connection and stops reconnecting. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.timers.clearTimeout(this.retryTimer);
    this.timers.clearTimeout(this.heartbeatTimer);
    const connection = this.connection;
    this.connection = undefined;
    if (connection) {
      connection.close();
      await connection.closed;
    }
    this.setStatus({ state: 'closed', since: this.now(), attempt: this.current.attempt, lastError: this.current.lastError });
  }

  private offlineError(): RouterConnectionError {
    return new RouterConnectionError(`${this.name}: router is ${this.current.state}`, {
      cause: this.current.lastError,
      sent: false,
    });
  }

  private setStatus(status: RouterSessionStatus): void {
    if (status.lastError === undefined) delete status.lastError;
    this.current = status;
    try {
      this.emit('status', { ...status });
    } catch (err) {
      this.logger.warn('router status listener threw', { router: this.name, error: String(err) });
    }
  }

  private async connect(): Promise<void> {
    if (this.closing) return;
    this.setStatus({ state: 'connecting', since: this.now(), attempt: this.current.attempt, lastError: this.current.lastError });
    let connection: RouterConnection;
    try {
      connection = await RouterConnection.open({ ...this.options, name: this.name }, this.deps);
    } catch (err) {
      if (this.closing) return;
      const error =
        err instanceof RouterError ? err : new RouterConnectionError(`${this.name}: ${String(err)}`, { cause: err });
      this.logger.warn('router connection attempt failed', { router: this.name, error: error.message });
      this.scheduleReconnect(error);
      return;
    }
    if (this.closing) {
      connection.close();
      return;
    }
    this.connection = connection;
    this.setStatus({ state: 'online', since: this.now(), attempt: 0 });
    this.scheduleHeartbeat();
    void connection.closed.then((reason) => this.onConnectionClosed(connection, reason));
  }

  private onConnectionClosed(connection: RouterConnection, reason: RouterError): void {
    if (connection !== this.connection || this.closing) return;
    this.connection = undefined;
    this.timers.clearTimeout(this.heartbeatTimer);
    this.logger.warn('router connection lost', { router: this.name, error: reason.message });
    this.scheduleReconnect(reason);
  }

  private scheduleReconnect(error: RouterError): void {
    const attempt = this.current.attempt;
    // Wrong credentials or unsendable settings will not fix themselves quickly: retry slowly.
    const slow = error instanceof RouterLoginError || error instanceof RouterEncodingError;
    const reconnect = this.options.reconnect ?? {};
    const delay = slow
      ? backoffDelay(60, reconnect, this.random)
      : backoffDelay(attempt, reconnect, this.random);
    this.setStatus({
      state: 'offline',
      since: this.now(),
      attempt: attempt + 1,
      lastError: error,
      nextAttemptAt: this.now() + delay,
    });
    this.retryTimer = this.timers.setTimeout(() => void this.connect(), delay);
  }

  private scheduleHeartbeat(): void {
    const interval = this.options.heartbeatIntervalMs ?? 30_000;
    if (interval <= 0) return;
    this.heartbeatTimer = this.timers.setTimeout(() => {
      const connection = this.connection;
      if (connection === undefined || connection.isClosed || this.closing) return;
      if (this.now() - connection.lastReceiveAt >= interval && connection.inFlight === 0) {
        // Any reply, even a trap, proves the link; silence ends in a timeout that closes it.
        connection.command(['/system/identity/print'], { timeoutMs: Math.min(interval, 10_000) }).catch(() => undefined);
      }
      this.scheduleHeartbeat();
    }, interval);
  }
}
