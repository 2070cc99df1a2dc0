// One API connection: decode incoming sentences, log in, run commands in arrival order, keep
// `/listen` streams, and apply the fault switches. Nothing thrown in here may escape to the server.
import type { Socket } from 'node:net';
import { SentenceDecoder } from './codec';
import { executeCommand, parseCommand, project, typingFor, type ParsedCommand, type StreamRequest } from './commands';
import { DEFAULT_FATAL_REASON, isDropped, reached, type FaultOptions } from './faults';
import { handleLogin, type LoginSession } from './login';
import { Outbox } from './outbox';
import { matchesQuery } from './query';
import { rowSentence, trapSentence, withTag, type Sentence, type TagPosition } from './replies';
import type { ChangeEvent, RouterState } from './router-state';

/** RouterOS limits what an unauthenticated peer may send; we also cap words after login to protect memory */
const MAX_WORD_BEFORE_LOGIN = 64 * 1024;
const MAX_WORD_AFTER_LOGIN = 32 * 1024 * 1024;
const FATAL_GRACE_MS = 500;

export interface ConnectionHost {
  readonly state: RouterState;
  faults(): FaultOptions;
  tagPosition(): TagPosition;
  logCommand(connectionId: number, words: string[]): void;
  connectionClosed(conn: Connection): void;
}

interface Reply {
  words: Sentence;
  tag: string | null;
}

export class Connection {
  private readonly decoder = new SentenceDecoder(MAX_WORD_BEFORE_LOGIN);
  private readonly outbox: Outbox;
  private readonly login: LoginSession = { challenge: null, user: null };
  private readonly streams = new Map<string, () => void>();
  private commandCount = 0;
  /** set once the connection is being torn down: later input is ignored */
  private finished = false;
  private closeTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly host: ConnectionHost,
  ) {
    this.outbox = new Outbox(socket, () => host.faults());
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => {
      // resets and aborted peers are normal here; 'close' follows and does the cleanup
    });
    socket.on('close', () => this.cleanup());
  }

  /** hard stop (server shutdown) */
  destroy(): void {
    this.finished = true;
    this.outbox.close();
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.finished) return;
    this.decoder.feed(chunk);
    while (!this.finished) {
      let words: string[] | null;
      try {
        words = this.decoder.next();
      } catch {
        // reserved control byte or an absurd word length: RouterOS cannot parse on, so it drops the peer
        this.destroy();
        return;
      }
      if (words === null) return;
      try {
        this.handle(words);
      } catch (err) {
        // a simulator bug must not take the process or other connections down; show it to the client
        const msg = err instanceof Error ? err.message : String(err);
        console.error(`router-sim: internal error on connection ${this.id}:`, err);
        const tag = parseCommand(words).tag;
        this.send({ words: trapSentence(`router-sim internal error: ${msg}`, 4), tag });
        this.send({ words: ['!done'], tag });
      }
    }
  }

  private handle(words: string[]): void {
    const n = ++this.commandCount;
    this.host.logCommand(this.id, words);
    const faults = this.host.faults();
    const silent = isDropped(n, faults);
    const cmd = parseCommand(words);
    const replies = this.dispatch(cmd, silent);
    if (!silent) for (const r of replies) this.send(r);

    if (cmd.command === '/quit') {
      this.fatal('session terminated on request');
    } else if (reached(n, faults.fatalAfterCommands)) {
      this.fatal(faults.fatalReason ?? DEFAULT_FATAL_REASON);
    } else if (reached(n, faults.resetAfterCommands)) {
      this.finished = true;
      this.outbox.then(() => this.reset());
    }
  }

  private dispatch(cmd: ParsedCommand, silent: boolean): Reply[] {
    const tagged = (list: Sentence[]): Reply[] => list.map((words) => ({ words, tag: cmd.tag }));
    const state = this.host.state;
    if (cmd.command === '/login') {
      const sentences = handleLogin({ users: state.users, legacyLoginOnly: state.traits().legacyLoginOnly }, this.login, cmd.attrs);
      if (this.login.user !== null) this.decoder.maxWordBytes = MAX_WORD_AFTER_LOGIN;
      return tagged(sentences);
    }
    if (cmd.command === '/quit') return [];
    if (this.login.user === null) return tagged([trapSentence('not logged in'), ['!done']]);
    if (cmd.command === '/cancel') return this.cancel(cmd);

    const outcome = executeCommand(state, cmd, this.login.user);
    if (outcome.kind === 'replies') return tagged(outcome.sentences);
    // A dropped listen is never answered, so it must not stream either.
    if (!silent) this.startStream(cmd.tag, outcome.stream);
    return tagged(outcome.sentences);
  }

  /** `/cancel =tag=N`: `!trap interrupted` (N), `!done` (cancel's own tag), `!done` (N) */
  private cancel(cmd: ParsedCommand): Reply[] {
    const target = cmd.attrs.get('tag');
    const tags = target === undefined ? [...this.streams.keys()] : this.streams.has(target) ? [target] : [];
    const out: Reply[] = [];
    for (const t of tags) out.push({ words: trapSentence('interrupted', 2), tag: streamTag(t) });
    out.push({ words: ['!done'], tag: cmd.tag });
    for (const t of tags) {
      this.streams.get(t)?.();
      this.streams.delete(t);
      out.push({ words: ['!done'], tag: streamTag(t) });
    }
    return out;
  }

  private startStream(tag: string | null, req: StreamRequest): void {
    const state = this.host.state;
    const spec = state.spec(req.menu);
    if (!spec) return;
    const typing = typingFor(spec);
    const key = tag ?? `${UNTAGGED}${this.commandCount}`;
    this.streams.get(key)?.();
    const unsubscribe = state.onChange((ev: ChangeEvent) => {
      if (ev.menu !== req.menu || this.finished) return;
      if (ev.dead) {
        this.send({ words: ['!re', `=.id=${ev.id}`, '=.dead=true'], tag });
        return;
      }
      const row = state.table(req.menu).get(ev.id);
      if (!row) return;
      const rendered = state.render(req.menu, row);
      if (!matchesQuery(req.query, rendered, typing)) return;
      this.send({ words: rowSentence(project(rendered, req.proplist)), tag });
    });
    this.streams.set(key, unsubscribe);
  }

  private send(reply: Reply): void {
    this.outbox.sentence(withTag(reply.words, reply.tag, this.host.tagPosition()));
  }

  /** `!fatal <reason>`, then the router closes the socket */
  private fatal(reason: string): void {
    this.finished = true;
    this.outbox.sentence(['!fatal', reason]);
    this.outbox.then(() => {
      this.socket.end();
      // a peer that never closes its side must not keep the connection counted forever
      this.closeTimer = setTimeout(() => this.socket.destroy(), FATAL_GRACE_MS);
      this.closeTimer.unref();
    });
  }

  /** an abrupt TCP reset, like a router reboot or a dropped link */
  private reset(): void {
    this.outbox.close();
    if (typeof this.socket.resetAndDestroy === 'function' && !this.socket.destroyed) {
      try {
        this.socket.resetAndDestroy();
        return;
      } catch {
        // fall through to a plain destroy (e.g. TLS sockets without a raw handle)
      }
    }
    this.socket.destroy();
  }

  private cleanup(): void {
    this.finished = true;
    this.outbox.close();
    if (this.closeTimer) clearTimeout(this.closeTimer);
    for (const unsubscribe of this.streams.values()) unsubscribe();
    this.streams.clear();
    this.host.connectionClosed(this);
  }
}

/** untagged streams get an internal key so a bare `/cancel` can still end them */
const UNTAGGED = '\u0000untagged:';

function streamTag(key: string): string | null {
  return key.startsWith(UNTAGGED) ? null : key;
}
