// Minimal API client for the simulator's own tests: sends raw sentences and hands back exactly what
// arrives, with no retry or interpretation, so tests can assert the wire-level behaviour.
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { SentenceDecoder, encodeSentence } from './codec';

export class RawClient {
  private readonly decoder = new SentenceDecoder();
  private readonly queue: string[][] = [];
  private waiter: { resolve: (s: string[]) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | null = null;
  private ended = false;
  /** number of 'data' events: shows whether replies arrived in pieces */
  reads = 0;
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    let markClosed: () => void = () => undefined;
    this.closed = new Promise<void>((resolve) => {
      markClosed = resolve;
    });
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.reads++;
      for (const s of this.decoder.push(chunk)) this.queue.push(s);
      this.flush();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.ended = true;
      markClosed();
      this.flush();
    });
  }

  static connect(port: number, opts: { tls?: boolean } = {}): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket: Socket = opts.tls
        ? tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => resolve(new RawClient(socket)))
        : netConnect({ host: '127.0.0.1', port }, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  get isClosed(): boolean {
    return this.ended;
  }

  send(words: readonly string[]): void {
    this.socket.write(encodeSentence(words));
  }

  writeRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** next received sentence; rejects on timeout or when the connection closed with nothing left */
  next(timeoutMs = 2000): Promise<string[]> {
    const ready = this.queue.shift();
    if (ready) return Promise.resolve(ready);
    if (this.ended) return Promise.reject(new Error('connection closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new Error(`no sentence within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = { resolve, reject, timer };
    });
  }

  /** sentences up to and including the next `!done` (carrying `tag`, when given) */
  async readUntilDone(tag?: string, timeoutMs = 2000): Promise<string[][]> {
    const out: string[][] = [];
    for (;;) {
      const s = await this.next(timeoutMs);
      out.push(s);
      if (s[0] === '!done' && (tag === undefined || s.includes(`.tag=${tag}`))) return out;
    }
  }

  async talk(words: readonly string[], timeoutMs = 2000): Promise<string[][]> {
    this.send(words);
    return this.readUntilDone(undefined, timeoutMs);
  }

  async login(user = 'admin', password = 'admin'): Promise<void> {
    const reply = await this.talk(['/login', `=name=${user}`, `=password=${password}`]);
    if (reply.length !== 1 || reply[0]?.[0] !== '!done') throw new Error(`login failed: ${JSON.stringify(reply)}`);
  }

  /** resolves when the server closed the connection, rejects after timeoutMs */
  waitClosed(timeoutMs = 2000): Promise<void> {
    return Promise.race([
      this.closed,
      new Promise<void>((_, reject) => setTimeout(() => reject(new Error('still open')), timeoutMs).unref()),
    ]);
  }

  close(): void {
    this.socket.destroy();
  }

  private flush(): void {
    const w = this.waiter;
    if (!w) return;
    const s = this.queue.shift();
    if (s) {
      this.waiter = null;
      clearTimeout(w.timer);
      w.resolve(s);
    } else if (this.ended) {
      this.waiter = null;
      clearTimeout(w.timer);
      w.reject(new Error('connection closed'));
    }
  }
}

/** `=key=value` words of a reply sentence as an object */
export function attrs(sentence: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of sentence) {
    if (!w.startsWith('=')) continue;
    const eq = w.indexOf('=', 1);
    out[eq < 0 ? w.slice(1) : w.slice(1, eq)] = eq < 0 ? '' : w.slice(eq + 1);
  }
  return out;
}

/** rows of `!re` sentences */
export function rowsOf(reply: readonly string[][]): Array<Record<string, string>> {
  return reply.filter((s) => s[0] === '!re').map(attrs);
}
