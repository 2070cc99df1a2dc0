import type { CommandSpec } from '../protocol/command';
import type { SentenceDecoderOptions } from '../protocol/sentence';
import type { RouterTlsOptions, SocketFactory } from './socket';

/** A command as raw API words (`['/ip/hotspot/user/print', '?name=x']`) or in structured form. */
export type CommandInput = readonly string[] | CommandSpec;

export interface CommandOptions {
  /** Time from the call until the final reply; covers waiting for a free pipeline slot. */
  timeoutMs?: number;
}

export interface CommandResult {
  /** One entry per `!re`, values exactly as the router sent them. */
  rows: Record<string, string>[];
  /** `=ret=` of the final `!done` (the new id after an add). */
  ret?: string;
}

export interface ListenHandle {
  /** Tag of the listen command on its connection. */
  readonly tag: string;
  /**
   * Settles when the listen ends: resolves after `cancel()` or a plain `!done`, rejects with
   * `RouterTrapError` / `RouterConnectionError` / `RouterFatalError` otherwise.
   */
  readonly done: Promise<void>;
  /**
   * Stops row delivery at once, sends `/cancel =tag=N` and resolves when the router has
   * confirmed, the connection has ended, or the command timeout has passed. Never rejects.
   */
  cancel(): Promise<void>;
}

/** The small interface the rest of the app codes against (implemented by connection and session). */
export interface RouterCommandRunner {
  command(input: CommandInput, options?: CommandOptions): Promise<CommandResult>;
  listen(input: CommandInput, onRow: (row: Record<string, string>) => void): ListenHandle;
}

export interface RouterLogger {
  debug(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
}

export type TimerHandle = unknown;

export interface RouterTimers {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface RouterDeps {
  socketFactory?: SocketFactory;
  logger?: RouterLogger;
  timers?: RouterTimers;
  /** Milliseconds clock (default `Date.now`). */
  now?: () => number;
  /** Uniform [0, 1) source for backoff jitter (default `Math.random`). */
  random?: () => number;
}

export interface RouterEndpoint {
  host: string;
  /** Default 8728, or 8729 when `tls` is set. */
  port?: number;
  /** API-SSL settings; absent or `false` for plain TCP. */
  tls?: RouterTlsOptions | false;
  username: string;
  password: string;
  /** Name used in log lines and errors (default `host:port`). */
  name?: string;
}

export interface RouterConnectionOptions extends RouterEndpoint {
  /** TCP connect + TLS handshake limit (default 10 s). */
  connectTimeoutMs?: number;
  /** Login round trip(s) limit (default 10 s). */
  loginTimeoutMs?: number;
  /** Default per-command timeout (default 30 s); also bounds `cancel()`. */
  commandTimeoutMs?: number;
  /** Commands written but not yet answered, at most (default 32). Listens do not count. */
  maxInFlight?: number;
  /** TCP keepalive initial delay (default 15 s). */
  keepAliveDelayMs?: number;
  /**
   * When a command times out and nothing at all has been received since it was written,
   * the connection is presumed dead and closed (default true).
   */
  closeOnSilentTimeout?: boolean;
  decoder?: SentenceDecoderOptions;
}

export const noopLogger: RouterLogger = {
  debug: () => undefined,
  warn: () => undefined,
};

export const systemTimers: RouterTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
