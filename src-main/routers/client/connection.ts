import { commandWords } from '../protocol/command';
import { RouterEncodingError, RouterError } from '../protocol/errors';
import { legacyLoginResponse } from '../protocol/login';
import { parseReply, type RouterReply } from '../protocol/reply';
import { encodeSentence, SentenceDecoder } from '../protocol/sentence';
import {
  RouterConnectionError,
  RouterFatalError,
  RouterLoginError,
  RouterTimeoutError,
  RouterTrapError,
} from './errors';
import { defaultSocketFactory, type RouterSocket } from './socket';
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

interface PendingCommand {
  kind: 'command';
  tag: string;
  frame: Buffer;
  rows: Record<string, string>[];
  trap: Record<string, string> | undefined;
  sent: boolean;
  settled: boolean;
  /** `receivedChunks` when it was written. */
  sentAtChunk: number;
  timeoutMs: number;
  timer: TimerHandle;
  resolve(result: CommandResult): void;
  reject(err: Error): void;
}

interface PendingListen {
  kind: 'listen';
  tag: string;
  onRow(row: Record<string, string>): void;
  trap: Record<string, string> | undefined;
  cancelling: boolean;
  settled: boolean;
  cancelTimer: TimerHandle;
  cancelPromise: Promise<void> | undefined;
  resolve(): void;
  reject(err: Error): void;
}

type Pending = PendingCommand | PendingListen;

const MAX_ABANDONED_TAGS = 4096;

function toWords(input: CommandInput): string[] {
  const words = Array.isArray(input) ? [...(input as readonly string[])] : commandWords(input as Exclude<CommandInput, readonly string[]>);
  const first = words[0];
  if (first === undefined || !first.startsWith('/')) {
    throw new RouterEncodingError('the first word of a command must be its path, starting with "/"');
  }
  for (const word of words) {
    if (typeof word !== 'string') throw new RouterEncodingError('command words must be strings');
    if (word.startsWith('.tag=')) throw new RouterEncodingError('commands must not carry their own .tag word');
  }
  return words;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * One logged-in API connection to one router. Open it with `RouterConnection.open()`.
 *
 * Every command is tagged and replies are routed by tag, so commands pipeline: up to
 * `maxInFlight` are on the wire at once, the rest wait their turn. Each command settles
 * exactly once: with its rows, a `RouterTrapError`, a `RouterTimeoutError`, a
 * `RouterFatalError`, or a `RouterConnectionError` when the connection ends.
 * Nothing the router sends can throw out of the socket handlers.
 */
export class RouterConnection implements RouterCommandRunner {
  /** Resolves (never rejects) with the reason once the connection has ended. */
  readonly closed: Promise<RouterError>;
  readonly name: string;

  private readonly socket: RouterSocket;
  private readonly options: RouterConnectionOptions;
  private readonly logger: RouterLogger;
  private readonly timers: RouterTimers;
  private readonly now: () => number;
  private readonly decoder: SentenceDecoder;
  private readonly maxInFlight: number;
  private readonly commandTimeoutMs: number;

  private readonly active = new Map<string, Pending>();
  private queue: PendingCommand[] = [];
  private queueHead = 0;
  private inFlightCount = 0;
  private tagSeq = 0;
  private readonly abandoned = new Set<string>();
  private closeReason: RouterError | undefined;
  private resolveClosed!: (reason: RouterError) => void;
  private socketError: Error | undefined;
  private lastReceive = 0;
  private receivedChunks = 0;

  /** Opens the socket, logs in, and resolves with a ready connection. */
  static async open(options: RouterConnectionOptions, deps: RouterDeps = {}): Promise<RouterConnection> {
    const timers = deps.timers ?? systemTimers;
    const port = options.port ?? (options.tls ? 8729 : 8728);
    const name = options.name ?? `${options.host}:${port}`;
    const factory = deps.socketFactory ?? defaultSocketFactory;
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    const controller = new AbortController();
    const timer = timers.setTimeout(
      () => controller.abort(new RouterConnectionError(`${name}: connect timed out after ${connectTimeoutMs} ms`)),
      connectTimeoutMs,
    );
    let socket: RouterSocket;
    try {
      socket = await factory({
        host: options.host,
        port,
        ...(options.tls ? { tls: options.tls } : {}),
        signal: controller.signal,
      });
    } catch (err) {
      if (err instanceof RouterConnectionError) throw err;
      throw new RouterConnectionError(`${name}: cannot connect: ${describe(err)}`, { cause: err });
    } finally {
      timers.clearTimeout(timer);
    }
    const connection = new RouterConnection(socket, { ...options, port, name }, deps);
    try {
      await connection.login();
    } catch (err) {
      connection.close();
      throw err;
    }
    return connection;
  }

  private constructor(socket: RouterSocket, options: RouterConnectionOptions, deps: RouterDeps) {
    this.socket = socket;
    this.options = options;
    this.name = options.name ?? options.host;
    this.logger = deps.logger ?? noopLogger;
    this.timers = deps.timers ?? systemTimers;
    this.now = deps.now ?? Date.now;
    this.decoder = new SentenceDecoder(options.decoder);
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 32);
    this.commandTimeoutMs = options.commandTimeoutMs ?? 30_000;
    this.lastReceive = this.now();
    this.closed = new Promise<RouterError>((resolve) => {
      this.resolveClosed = resolve;
    });

    socket.on('error', (err: Error) => {
      this.socketError = err;
      this.shutdown(new RouterConnectionError(`${this.name}: connection error: ${err.message}`, { cause: err }));
    });
    socket.on('close', () => {
      this.shutdown(
        new RouterConnectionError(`${this.name}: connection closed`, { cause: this.socketError }),
      );
    });
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    try {
      socket.setNoDelay(true);
      socket.setKeepAlive(true, options.keepAliveDelayMs ?? 15_000);
    } catch (err) {
      this.logger.warn('router socket options failed', { router: this.name, error: describe(err) });
    }
  }

  /** True once the connection has ended (see `closed` for why). */
  get isClosed(): boolean {
    return this.closeReason !== undefined;
  }

  /** Commands written and not yet answered. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** Commands waiting for a pipeline slot. */
  get queued(): number {
    return this.queue.length - this.queueHead;
  }

  /** Clock time of the last bytes received from the router. */
  get lastReceiveAt(): number {
    return this.lastReceive;
  }

  command(input: CommandInput, options: CommandOptions = {}): Promise<CommandResult> {
    let frame: Buffer;
    const tag = String(++this.tagSeq);
    try {
      frame = encodeSentence([...toWords(input), `.tag=${tag}`]);
    } catch (err) {
      return Promise.reject(err);
    }
    if (this.closeReason) {
      return Promise.reject(
        new RouterConnectionError(`${this.name}: connection is closed`, { cause: this.closeReason, sent: false }),
      );
    }
    const timeoutMs = options.timeoutMs ?? this.commandTimeoutMs;
    return new Promise<CommandResult>((resolve, reject) => {
      const pending: PendingCommand = {
        kind: 'command',
        tag,
        frame,
        rows: [],
        trap: undefined,
        sent: false,
        settled: false,
        sentAtChunk: 0,
        timeoutMs,
        timer: undefined,
        resolve,
        reject,
      };
      pending.timer = this.timers.setTimeout(() => this.expire(pending), timeoutMs);
      this.queue.push(pending);
      this.pump();
    });
  }

  listen(input: CommandInput, onRow: (row: Record<string, string>) => void): ListenHandle {
    const tag = String(++this.tagSeq);
    let frame: Buffer | undefined;
    let failure: Error | undefined;
    try {
      frame = encodeSentence([...toWords(input), `.tag=${tag}`]);
    } catch (err) {
      failure = err instanceof Error ? err : new RouterEncodingError(describe(err));
    }
    if (!failure && this.closeReason) {
      failure = new RouterConnectionError(`${this.name}: connection is closed`, { cause: this.closeReason, sent: false });
    }
    if (failure || frame === undefined) {
      const done = Promise.reject(failure);
      done.catch(() => undefined);
      return { tag, done, cancel: () => Promise.resolve() };
    }
    let resolveDone!: () => void;
    let rejectDone!: (err: Error) => void;
    const done = new Promise<void>((resolve, reject) => {
      resolveDone = resolve;
      rejectDone = reject;
    });
    done.catch(() => undefined); // the caller may ignore `done`; never an unhandled rejection
    const pending: PendingListen = {
      kind: 'listen',
      tag,
      onRow,
      trap: undefined,
      cancelling: false,
      settled: false,
      cancelTimer: undefined,
      cancelPromise: undefined,
      resolve: resolveDone,
      reject: rejectDone,
    };
    this.active.set(tag, pending);
    this.write(frame);
    return { tag, done, cancel: () => this.cancelListen(pending, done) };
  }

  /** Ends the connection; everything pending rejects with `RouterConnectionError`. */
  close(): void {
    this.shutdown(new RouterConnectionError(`${this.name}: connection closed by the client`));
  }

  // ---- login ----

  private async login(): Promise<void> {
    const { username, password } = this.options;
    const timeoutMs = this.options.loginTimeoutMs ?? 10_000;
    const asLoginError = (err: unknown): unknown =>
      err instanceof RouterTrapError ? new RouterLoginError(`${this.name}: login failed: ${err.message}`, { cause: err }) : err;
    let first: CommandResult;
    try {
      first = await this.command(['/login', `=name=${username}`, `=password=${password}`], { timeoutMs });
    } catch (err) {
      throw asLoginError(err);
    }
    if (first.ret === undefined) return;
    // Pre-6.43 routers ignore the password and answer with a challenge.
    const response = legacyLoginResponse(password, first.ret);
    try {
      await this.command(['/login', `=name=${username}`, `=response=${response}`], { timeoutMs });
    } catch (err) {
      throw asLoginError(err);
    }
  }

  // ---- sending ----

  private pump(): void {
    if (this.closeReason) return;
    const frames: Buffer[] = [];
    while (this.inFlightCount < this.maxInFlight && this.queueHead < this.queue.length) {
      const pending = this.queue[this.queueHead++] as PendingCommand;
      if (pending.settled) continue;
      pending.sent = true;
      pending.sentAtChunk = this.receivedChunks;
      this.active.set(pending.tag, pending);
      this.inFlightCount++;
      frames.push(pending.frame);
    }
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
    if (frames.length === 1) this.write(frames[0] as Buffer);
    else if (frames.length > 1) this.write(Buffer.concat(frames));
  }

  private write(frame: Buffer): void {
    try {
      this.socket.write(frame);
    } catch (err) {
      this.shutdown(new RouterConnectionError(`${this.name}: write failed: ${describe(err)}`, { cause: err }));
    }
  }

  // ---- receiving ----

  private onData(chunk: Buffer): void {
    if (this.closeReason) return;
    this.lastReceive = this.now();
    this.receivedChunks++;
    const { sentences, error } = this.decoder.feed(chunk);
    for (const words of sentences) {
      if (this.closeReason) return;
      try {
        this.onSentence(words);
      } catch (err) {
        this.logger.warn('router reply handling failed', { router: this.name, error: describe(err) });
      }
    }
    if (error && !this.closeReason) {
      this.shutdown(new RouterConnectionError(`${this.name}: protocol error: ${error.message}`, { cause: error }));
    }
  }

  private onSentence(words: string[]): void {
    let reply: RouterReply;
    try {
      reply = parseReply(words);
    } catch (err) {
      this.logger.warn('ignoring unknown router reply', { router: this.name, error: describe(err) });
      return;
    }
    if (reply.type === 'fatal') {
      this.shutdown(new RouterFatalError(reply.reason ?? ''));
      return;
    }
    const tag = reply.tag;
    const pending = tag === undefined ? undefined : this.active.get(tag);
    if (pending === undefined || tag === undefined) {
      if (tag !== undefined && this.abandoned.has(tag)) {
        if (reply.type === 'done') this.abandoned.delete(tag);
      } else {
        this.logger.warn('ignoring router reply with an unknown tag', { router: this.name, type: reply.type, tag });
      }
      return;
    }
    switch (reply.type) {
      case 're':
        if (pending.kind === 'command') pending.rows.push(reply.attributes);
        else if (!pending.cancelling) this.deliverRow(pending, reply.attributes);
        break;
      case 'trap':
        if (pending.trap === undefined) pending.trap = reply.attributes;
        break;
      case 'empty':
        break; // RouterOS 7.18+: a print that matched nothing; the `!done` follows
      case 'done':
        this.active.delete(tag);
        if (pending.kind === 'command') this.finishCommand(pending, reply.attributes.ret);
        else this.finishListen(pending);
        break;
    }
  }

  private deliverRow(pending: PendingListen, row: Record<string, string>): void {
    try {
      pending.onRow(row);
    } catch (err) {
      this.logger.warn('listen row handler threw', { router: this.name, tag: pending.tag, error: describe(err) });
    }
  }

  private finishCommand(pending: PendingCommand, ret: string | undefined): void {
    if (pending.settled) return;
    pending.settled = true;
    this.timers.clearTimeout(pending.timer);
    this.inFlightCount--;
    if (pending.trap !== undefined) pending.reject(new RouterTrapError(pending.trap));
    else pending.resolve(ret === undefined ? { rows: pending.rows } : { rows: pending.rows, ret });
    this.pump();
  }

  private finishListen(pending: PendingListen): void {
    if (pending.settled) return;
    pending.settled = true;
    this.timers.clearTimeout(pending.cancelTimer);
    const trap = pending.trap;
    // After our /cancel the router traps the listen with category 2 "interrupted": that is the normal end.
    const interrupted = trap !== undefined && (trap.category === '2' || trap.message === 'interrupted');
    if (trap !== undefined && !(pending.cancelling && interrupted)) pending.reject(new RouterTrapError(trap));
    else pending.resolve();
  }

  // ---- timeouts, cancel, shutdown ----

  private expire(pending: PendingCommand): void {
    if (pending.settled) return;
    pending.settled = true;
    pending.reject(new RouterTimeoutError(pending.timeoutMs, pending.sent));
    if (!pending.sent) return; // still in the queue: skipped by pump()
    this.active.delete(pending.tag);
    this.inFlightCount--;
    this.abandon(pending.tag);
    if ((this.options.closeOnSilentTimeout ?? true) && this.receivedChunks === pending.sentAtChunk) {
      this.shutdown(
        new RouterConnectionError(
          `${this.name}: no data from the router for ${pending.timeoutMs} ms; connection presumed dead`,
        ),
      );
      return;
    }
    this.pump();
  }

  private abandon(tag: string): void {
    if (this.abandoned.size >= MAX_ABANDONED_TAGS) {
      const oldest = this.abandoned.values().next();
      if (oldest.done !== true) this.abandoned.delete(oldest.value);
    }
    this.abandoned.add(tag);
  }

  private cancelListen(pending: PendingListen, done: Promise<void>): Promise<void> {
    if (pending.cancelPromise) return pending.cancelPromise;
    const ended = done.then(
      () => undefined,
      () => undefined,
    );
    if (pending.settled || this.closeReason) {
      pending.cancelPromise = ended;
      return ended;
    }
    pending.cancelling = true;
    const endLocally = (why: string): void => {
      if (pending.settled) return;
      this.logger.debug('listen ended locally', { router: this.name, tag: pending.tag, why });
      this.active.delete(pending.tag);
      this.abandon(pending.tag);
      pending.trap = undefined;
      this.finishListen(pending);
    };
    pending.cancelTimer = this.timers.setTimeout(() => endLocally('cancel timed out'), this.commandTimeoutMs);
    this.command(['/cancel', `=tag=${pending.tag}`]).then(
      () => undefined,
      (err: unknown) => {
        // A trap here means the router no longer knows the tag: the listen is over.
        if (err instanceof RouterTrapError) endLocally(`cancel trapped: ${err.message}`);
      },
    );
    pending.cancelPromise = ended;
    return ended;
  }

  private shutdown(reason: RouterError): void {
    if (this.closeReason) return;
    this.closeReason = reason;
    const pendings: Pending[] = [...this.active.values()];
    for (let i = this.queueHead; i < this.queue.length; i++) pendings.push(this.queue[i] as PendingCommand);
    this.active.clear();
    this.queue = [];
    this.queueHead = 0;
    this.inFlightCount = 0;
    this.abandoned.clear();
    for (const pending of pendings) {
      if (pending.settled) continue;
      pending.settled = true;
      if (pending.kind === 'command') {
        this.timers.clearTimeout(pending.timer);
        if (pending.trap !== undefined) pending.reject(new RouterTrapError(pending.trap));
        else if (reason instanceof RouterFatalError && pending.sent) pending.reject(reason);
        else {
          pending.reject(
            new RouterConnectionError(reason.message, { cause: reason, sent: pending.sent }),
          );
        }
      } else {
        this.timers.clearTimeout(pending.cancelTimer);
        if (pending.cancelling) pending.resolve();
        else if (reason instanceof RouterFatalError) pending.reject(reason);
        else pending.reject(new RouterConnectionError(reason.message, { cause: reason, sent: true }));
      }
    }
    try {
      this.socket.destroy();
    } catch (err) {
      this.logger.warn('router socket destroy failed', { router: this.name, error: describe(err) });
    }
    this.logger.debug('router connection closed', { router: this.name, reason: reason.message });
    this.resolveClosed(reason);
  }
}
