import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backoffDelay,
  defaultSocketFactory,
  RouterConnection,
  RouterConnectionError,
  RouterEncodingError,
  RouterFatalError,
  RouterLoginError,
  RouterProtocolError,
  RouterSession,
  RouterTimeoutError,
  RouterTrapError,
  tlsConnectionOptions,
  ANONYMOUS_DH_CIPHERS,
  type RouterConnectionOptions,
  type RouterSessionStatus,
  type SocketFactory,
} from '../../src-main/routers/client';
import { encodeSentence, legacyLoginResponse } from '../../src-main/routers/protocol';
import { attr, startFakeRouter, tagOf, type FakeConn, type FakeRouter, type Handler } from './support/fake-router';
import { ManualTimers } from './support/manual-timers';

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function router(handler: Handler): Promise<FakeRouter> {
  const r = await startFakeRouter(handler);
  open.push(r);
  return r;
}

function options(r: FakeRouter, extra: Partial<RouterConnectionOptions> = {}): RouterConnectionOptions {
  return { host: '127.0.0.1', port: r.port, username: 'admin', password: 'secret', ...extra };
}

async function connect(r: FakeRouter, extra: Partial<RouterConnectionOptions> = {}): Promise<RouterConnection> {
  const c = await RouterConnection.open(options(r, extra));
  open.push(c);
  return c;
}

/** Answers /login for admin/secret; returns true when it handled the sentence. */
function login(words: string[], conn: FakeConn): boolean {
  if (words[0] !== '/login') return false;
  const tag = tagOf(words) ?? '';
  if (attr(words, 'name') === 'admin' && attr(words, 'password') === 'secret') conn.send(['!done', `.tag=${tag}`]);
  else {
    conn.send(['!trap', '=message=invalid user name or password (6)', `.tag=${tag}`]);
    conn.send(['!done', `.tag=${tag}`]);
  }
  return true;
}

const settledState = async (p: Promise<unknown>): Promise<string> =>
  Promise.race([p.then(() => 'resolved', () => 'rejected'), new Promise<string>((r) => setTimeout(() => r('pending'), 30))]);

describe('login', () => {
  it('logs in with name and password', async () => {
    const r = await router((w, c) => login(w, c));
    const conn = await connect(r);
    expect(r.received[0]?.slice(0, 3)).toEqual(['/login', '=name=admin', '=password=secret']);
    expect(conn.isClosed).toBe(false);
  });

  it('rejects a wrong password with RouterLoginError, never success (defect 8)', async () => {
    const r = await router((w, c) => login(w, c));
    const err = await RouterConnection.open(options(r, { password: 'wrong' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterLoginError);
    expect((err as Error).message).toMatch(/invalid user name or password/);
  });

  it('falls back to the legacy challenge when the router answers with =ret=', async () => {
    const challenge = 'abc123';
    const r = await router((w, c) => {
      const tag = tagOf(w) ?? '';
      if (attr(w, 'response') === undefined) return c.send(['!done', `=ret=${challenge}`, `.tag=${tag}`]);
      if (attr(w, 'name') === 'userTest' && attr(w, 'response') === legacyLoginResponse('passTest', challenge)) {
        return c.send(['!done', `.tag=${tag}`]);
      }
      c.send(['!trap', '=message=cannot log in', `.tag=${tag}`]);
      c.send(['!done', `.tag=${tag}`]);
    });
    await connect(r, { username: 'userTest', password: 'passTest' });
    expect(r.received[1]).toEqual(['/login', '=name=userTest', '=response=0021277bff9ac7caf06aa608e46616d47f', '.tag=2']);
    const err = await RouterConnection.open(options(r, { username: 'userTest', password: 'nope' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterLoginError);
    expect((err as Error).message).toMatch(/cannot log in/);
  });

  it('reports a refused connection as RouterConnectionError', async () => {
    const server = net.createServer();
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise<void>((res) => server.close(() => res()));
    const err = await RouterConnection.open({ host: '127.0.0.1', port, username: 'a', password: 'b' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterConnectionError);
  });

  it('times out a connect that never completes', async () => {
    const hang: SocketFactory = ({ signal }) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const err = await RouterConnection.open(
      { host: '127.0.0.1', port: 1, username: 'a', password: 'b', connectTimeoutMs: 50 },
      { socketFactory: hang },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterConnectionError);
    expect((err as Error).message).toMatch(/timed out/);
  });

  it('times out a login that gets no answer', async () => {
    const r = await router(() => undefined);
    const err = await RouterConnection.open(options(r, { loginTimeoutMs: 60 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterTimeoutError);
  });
});

describe('commands', () => {
  it('returns rows and ret with values kept as strings (defect 6)', async () => {
    const r = await router((w, c) => {
      if (login(w, c)) return;
      const tag = tagOf(w) ?? '';
      if (w[0] === '/ip/hotspot/user/print') {
        c.send(['!re', `.tag=${tag}`, '=.id=*1', '=name=00123', '=password=0123', '=comment=true', '=limit-uptime=1d']);
        c.send(['!re', '=.id=*A', '=name=1e5', '=comment=', `.tag=${tag}`]);
        c.send(['!done', `.tag=${tag}`]);
      } else if (w[0] === '/ip/hotspot/user/add') {
        c.send(['!done', '=ret=*1B', `.tag=${tag}`]);
      }
    });
    const conn = await connect(r);
    const printed = await conn.command({
      command: '/ip/hotspot/user/print',
      proplist: ['.id', 'name'],
      queries: ['?profile=1h'],
    });
    expect(printed.rows).toEqual([
      { '.id': '*1', name: '00123', password: '0123', comment: 'true', 'limit-uptime': '1d' },
      { '.id': '*A', name: '1e5', comment: '' },
    ]);
    expect(printed.ret).toBeUndefined();
    const last = r.received.at(-1) ?? [];
    expect(last.slice(0, 3)).toEqual(['/ip/hotspot/user/print', '=.proplist=.id,name', '?profile=1h']);
    expect(last.at(-1)).toMatch(/^\.tag=\d+$/);
    const added = await conn.command(['/ip/hotspot/user/add', '=name=00123', '=password=0123']);
    expect(added).toEqual({ rows: [], ret: '*1B' });
  });

  it('consumes !empty before !done without error (defect 1)', async () => {
    const r = await router((w, c) => {
      if (login(w, c)) return;
      const tag = tagOf(w) ?? '';
      c.send(['!empty', `.tag=${tag}`]);
      c.send(['!done', `.tag=${tag}`]);
    });
    const conn = await connect(r);
    expect(await conn.command(['/ip/hotspot/user/print', '?name=none'])).toEqual({ rows: [] });
    expect(await conn.command(['/ppp/secret/print'])).toEqual({ rows: [] });
  });

  it('turns !trap into RouterTrapError after the trailing !done, keeping the first trap', async () => {
    let pendingDone: (() => void) | undefined;
    const r = await router((w, c) => {
      if (login(w, c)) return;
      const tag = tagOf(w) ?? '';
      c.send(['!trap', '=category=1', '=message=failure: already have user with this name for this server', `.tag=${tag}`]);
      c.send(['!trap', '=message=second', `.tag=${tag}`]);
      pendingDone = () => c.send(['!done', `.tag=${tag}`]);
    });
    const conn = await connect(r);
    const p = conn.command(['/ip/hotspot/user/add', '=name=dup']);
    await new Promise((res) => setTimeout(res, 20));
    expect(await settledState(p)).toBe('pending');
    pendingDone?.();
    const err = await p.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterTrapError);
    expect((err as RouterTrapError).message).toBe('failure: already have user with this name for this server');
    expect((err as RouterTrapError).category).toBe(1);
  });

  it('rejects non-ASCII values with RouterEncodingError and sends nothing (defect 7)', async () => {
    const r = await router((w, c) => login(w, c) || c.send(['!done', `.tag=${tagOf(w) ?? ''}`]));
    const conn = await connect(r);
    const before = r.received.length;
    await expect(conn.command(['/ip/hotspot/user/add', '=name=ñandú'])).rejects.toBeInstanceOf(RouterEncodingError);
    await expect(conn.command({ command: '/x', attributes: { comment: 'José' } })).rejects.toBeInstanceOf(RouterEncodingError);
    await expect(conn.command(['no-slash'])).rejects.toBeInstanceOf(RouterEncodingError);
    await expect(conn.command(['/x', '.tag=9'])).rejects.toBeInstanceOf(RouterEncodingError);
    await conn.command(['/system/identity/print']);
    expect(r.received.length).toBe(before + 1);
  });

  it('times out a command with RouterTimeoutError and ignores its late reply (defect 3)', async () => {
    const held: Array<() => void> = [];
    const r = await router((w, c) => {
      if (login(w, c)) return;
      const tag = tagOf(w) ?? '';
      const reply = (): void => {
        c.send(['!re', '=x=late', `.tag=${tag}`]);
        c.send(['!done', `.tag=${tag}`]);
      };
      if (w[0] === '/slow') held.push(reply);
      else reply();
    });
    const conn = await connect(r);
    const slow = conn.command(['/slow'], { timeoutMs: 50 });
    await new Promise((res) => setTimeout(res, 10));
    await conn.command(['/fast']); // data arrives after /slow was sent: the link is alive
    const err = await slow.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterTimeoutError);
    expect((err as RouterTimeoutError).sent).toBe(true);
    for (const reply of held) reply();
    expect((await conn.command(['/fast'])).rows).toEqual([{ x: 'late' }]);
    expect(conn.isClosed).toBe(false);
  });

  it('closes a connection that stays silent past a timeout, failing the rest', async () => {
    const r = await router((w, c) => {
      login(w, c);
    });
    const conn = await connect(r);
    const a = conn.command(['/a'], { timeoutMs: 40 });
    const b = conn.command(['/b'], { timeoutMs: 5_000 });
    expect(await a.catch((e: unknown) => e)).toBeInstanceOf(RouterTimeoutError);
    const errB = await b.catch((e: unknown) => e);
    expect(errB).toBeInstanceOf(RouterConnectionError);
    expect((errB as RouterConnectionError).sent).toBe(true);
    expect(conn.isClosed).toBe(true);
  });

  it('rejects every in-flight and queued command when the router drops the connection (never hangs)', async () => {
    let count = 0;
    const r = await router((w, c) => {
      if (login(w, c)) return;
      if (++count === 3) c.socket.destroy();
    });
    const conn = await connect(r, { maxInFlight: 3 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => conn.command([`/cmd${i}`], { timeoutMs: 5_000 })));
    for (const res of results) {
      expect(res.status).toBe('rejected');
      expect((res as PromiseRejectedResult).reason).toBeInstanceOf(RouterConnectionError);
    }
    const sent = results.map((res) => ((res as PromiseRejectedResult).reason as RouterConnectionError).sent);
    expect(sent).toEqual([true, true, true, false, false, false]);
    await expect(conn.command(['/after'])).rejects.toBeInstanceOf(RouterConnectionError);
    expect(await conn.closed).toBeInstanceOf(RouterConnectionError);
  });

  it('rejects in-flight commands with RouterFatalError on !fatal and closes', async () => {
    const r = await router((w, c) => {
      if (login(w, c)) return;
      if (w[0] === '/quit') {
        c.send(['!fatal', 'session terminated on request']);
        c.socket.end();
      }
    });
    const conn = await connect(r);
    const other = conn.command(['/pending']);
    const quit = conn.command(['/quit']);
    const [e1, e2] = await Promise.all([other.catch((e: unknown) => e), quit.catch((e: unknown) => e)]);
    expect(e1).toBeInstanceOf(RouterFatalError);
    expect((e2 as RouterFatalError).reason).toBe('session terminated on request');
    expect(conn.isClosed).toBe(true);
  });

  it('delivers replies split at every byte, the final zero byte alone (defect 4)', async () => {
    const r = await router((w, c) => {
      if (login(w, c)) return;
      const tag = tagOf(w) ?? '';
      const bytes = Buffer.concat([encodeSentence(['!re', '=name=split', `.tag=${tag}`]), encodeSentence(['!done', `.tag=${tag}`])]);
      let i = 0;
      const step = (): void => {
        if (i < bytes.length) {
          c.raw(bytes.subarray(i, i + 1));
          i++;
          setImmediate(step);
        }
      };
      step();
    });
    const conn = await connect(r);
    expect((await conn.command(['/print'], { timeoutMs: 2_000 })).rows).toEqual([{ name: 'split' }]);
  });

  it('sets no-delay and keepalive and keeps an error listener on the socket (defects 2, 5)', async () => {
    const r = await router((w, c) => login(w, c) || c.send(['!done', `.tag=${tagOf(w) ?? ''}`]));
    let socketRef: net.Socket | undefined;
    const factory: SocketFactory = async (opts) => {
      const s = (await defaultSocketFactory(opts)) as net.Socket;
      socketRef = s;
      vi.spyOn(s, 'setNoDelay');
      vi.spyOn(s, 'setKeepAlive');
      return s;
    };
    const conn = await RouterConnection.open(options(r), { socketFactory: factory });
    open.push(conn);
    expect(socketRef?.setNoDelay).toHaveBeenCalledWith(true);
    expect(socketRef?.setKeepAlive).toHaveBeenCalledWith(true, 15_000);
    // An 'error' on the socket must not crash the process; it closes the connection instead.
    socketRef?.emit('error', new Error('ETIMEDOUT simulated'));
    expect(await conn.closed).toBeInstanceOf(RouterConnectionError);
  });

  it('runs 200 sequential commands quickly on loopback (no Nagle stall)', async () => {
    const r = await router((w, c) => login(w, c) || c.send(['!done', '=ret=*1', `.tag=${tagOf(w) ?? ''}`]));
    const conn = await connect(r);
    const started = Date.now();
    for (let i = 0; i < 200; i++) await conn.command(['/ip/hotspot/user/add', `=name=u${i}`]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('pipelines within the in-flight window and queues the rest', async () => {
    let outstanding = 0;
    let maxOutstanding = 0;
    const r = await router((w, c) => {
      if (login(w, c)) return;
      outstanding++;
      maxOutstanding = Math.max(maxOutstanding, outstanding);
      const tag = tagOf(w) ?? '';
      setTimeout(() => {
        outstanding--;
        c.send(['!done', `=ret=${w[1]?.slice(6) ?? ''}`, `.tag=${tag}`]);
      }, 2);
    });
    const conn = await connect(r, { maxInFlight: 4 });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => conn.command(['/add', `=name=${i}`])));
    expect(results.map((x) => x.ret)).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
    expect(maxOutstanding).toBe(4);
    expect(conn.inFlight).toBe(0);
    expect(conn.queued).toBe(0);
  });

  it('a queued command that times out is never sent', async () => {
    const r = await router((w, c) => {
      login(w, c);
    });
    const conn = await connect(r, { maxInFlight: 1, closeOnSilentTimeout: false });
    const first = conn.command(['/first'], { timeoutMs: 200 });
    const second = conn.command(['/second'], { timeoutMs: 30 });
    const err = await second.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterTimeoutError);
    expect((err as RouterTimeoutError).sent).toBe(false);
    await first.catch(() => undefined);
    expect(r.received.map((w) => w[0])).not.toContain('/second');
  });

  it('survives garbage and unknown replies without crashing', async () => {
    const r = await router((w, c) => {
      if (login(w, c)) return;
      const tag = tagOf(w) ?? '';
      if (w[0] === '/odd') {
        c.send(['!weird', `.tag=${tag}`]);
        c.send(['!re', '=__proto__=polluted', `.tag=${tag}`]);
        c.send(['!done', '.tag=999']);
        c.send(['!done']);
        c.send(['!done', `.tag=${tag}`]);
      } else {
        c.raw(Buffer.from([0xff, 0xff, 0xff]));
      }
    });
    const conn = await connect(r);
    const odd = await conn.command(['/odd']);
    expect(odd.rows).toHaveLength(1);
    expect(Object.keys(odd.rows[0] ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const err = await conn.command(['/garbage']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterConnectionError);
    expect((err as Error).cause).toBeInstanceOf(RouterConnectionError);
    expect(((err as Error).cause as Error).cause).toBeInstanceOf(RouterProtocolError);
  });
});

describe('listen', () => {
  function listenRouter(order: 'guide' | 'reversed'): Handler {
    const listens = new Map<string, ReturnType<typeof setInterval>>();
    return (w, c) => {
      if (login(w, c)) return;
      const tag = tagOf(w) ?? '';
      if (w[0] === '/ip/hotspot/active/listen') {
        let n = 0;
        listens.set(
          tag,
          setInterval(() => {
            n++;
            c.send(['!re', `=.id=*${n}`, `=user=u${n}`, ...(n % 3 === 0 ? ['=.dead=true'] : []), `.tag=${tag}`]);
          }, 3),
        );
      } else if (w[0] === '/cancel') {
        const target = attr(w, 'tag') ?? '';
        clearInterval(listens.get(target));
        listens.delete(target);
        if (order === 'guide') {
          c.send(['!trap', '=category=2', '=message=interrupted', `.tag=${target}`]);
          c.send(['!done', `.tag=${tag}`]);
          c.send(['!done', `.tag=${target}`]);
        } else {
          c.send(['!done', `.tag=${tag}`]);
          c.send(['!trap', '=category=2', '=message=interrupted', `.tag=${target}`]);
          c.send(['!done', `.tag=${target}`]);
        }
      } else if (w[0] === '/bad/listen') {
        c.send(['!trap', '=message=no such command prefix', '=category=0', `.tag=${tag}`]);
        c.send(['!done', `.tag=${tag}`]);
      } else {
        c.send(['!done', `.tag=${tag}`]);
      }
    };
  }

  for (const order of ['guide', 'reversed'] as const) {
    it(`streams rows and cancels cleanly (${order} reply order)`, async () => {
      const r = await router(listenRouter(order));
      const conn = await connect(r);
      const rows: Array<Record<string, string>> = [];
      const handle = conn.listen(['/ip/hotspot/active/listen'], (row) => rows.push(row));
      while (rows.length < 4) await new Promise((res) => setTimeout(res, 5));
      await handle.cancel();
      await expect(handle.done).resolves.toBeUndefined();
      const seen = rows.length;
      expect(rows[2]).toEqual({ '.id': '*3', user: 'u3', '.dead': 'true' });
      await new Promise((res) => setTimeout(res, 20));
      expect(rows.length).toBe(seen);
      await handle.cancel(); // idempotent
      expect((await conn.command(['/system/identity/print'])).rows).toEqual([]);
    });
  }

  it('rejects done with the trap when the listen command fails', async () => {
    const r = await router(listenRouter('guide'));
    const conn = await connect(r);
    const handle = conn.listen(['/bad/listen'], () => undefined);
    await expect(handle.done).rejects.toBeInstanceOf(RouterTrapError);
  });

  it('rejects done with RouterConnectionError when the connection dies; a throwing onRow is contained', async () => {
    const r = await router(listenRouter('guide'));
    const conn = await connect(r);
    let calls = 0;
    const handle = conn.listen(['/ip/hotspot/active/listen'], () => {
      calls++;
      throw new Error('consumer bug');
    });
    while (calls < 2) await new Promise((res) => setTimeout(res, 5));
    r.conns[0]?.socket.destroy();
    await expect(handle.done).rejects.toBeInstanceOf(RouterConnectionError);
    await handle.cancel(); // resolves even on a dead connection
  });
});

describe('session', () => {
  it('computes exponential backoff with jitter', () => {
    const opts = { initialDelayMs: 100, maxDelayMs: 1_000, factor: 2, jitter: 0.5 };
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, opts, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([0, 1, 2, 3, 4, 10].map((a) => backoffDelay(a, opts, () => 0.999999))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('goes offline, backs off, reconnects, and rejects commands promptly while offline', async () => {
    const timers = new ManualTimers();
    // Reserve a port, then leave it closed so connects are refused.
    const probe = net.createServer();
    await new Promise<void>((res) => probe.listen(0, '127.0.0.1', res));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((res) => probe.close(() => res()));

    const session = new RouterSession(
      {
        host: '127.0.0.1',
        port,
        username: 'admin',
        password: 'secret',
        reconnect: { initialDelayMs: 100, maxDelayMs: 1_000, jitter: 0.5 },
        heartbeatIntervalMs: 0,
      },
      { timers, now: timers.clock, random: () => 0 },
    );
    open.push(session);
    const statuses: RouterSessionStatus[] = [];
    session.on('status', (s) => statuses.push(s));
    const nextOffline = (): Promise<RouterSessionStatus> =>
      new Promise((res) => {
        const on = (s: RouterSessionStatus): void => {
          if (s.state === 'offline') {
            session.off('status', on);
            res(s);
          }
        };
        session.on('status', on);
      });

    let offline = nextOffline();
    session.start();
    let s = await offline;
    expect(s.lastError).toBeInstanceOf(RouterConnectionError);
    expect(s.attempt).toBe(1);
    expect(s.nextAttemptAt).toBe(timers.now + 50);
    const started = Date.now();
    await expect(session.command(['/system/identity/print'])).rejects.toBeInstanceOf(RouterConnectionError);
    expect(Date.now() - started).toBeLessThan(50);
    const handle = session.listen(['/x/listen'], () => undefined);
    await expect(handle.done).rejects.toBeInstanceOf(RouterConnectionError);

    offline = nextOffline();
    timers.advance(50);
    s = await offline;
    expect(s.nextAttemptAt).toBe(timers.now + 100);
    offline = nextOffline();
    timers.advance(100);
    s = await offline;
    expect(s.nextAttemptAt).toBe(timers.now + 200);

    // The router comes up on that port.
    const server = await startFakeRouter((w, c) => login(w, c) || c.send(['!done', '=ret=*9', `.tag=${tagOf(w) ?? ''}`]), port);
    const online = session.waitUntilOnline(60_000);
    timers.advance(200);
    await online;
    expect(session.status.state).toBe('online');
    expect(session.status.attempt).toBe(0);
    expect((await session.command(['/ip/hotspot/user/add', '=name=a'])).ret).toBe('*9');

    // The connection drops: commands in flight fail, the session reconnects after a backoff.
    offline = nextOffline();
    for (const c of server.conns) c.socket.destroy();
    s = await offline;
    expect(s.lastError).toBeInstanceOf(RouterConnectionError);
    expect(s.nextAttemptAt).toBe(timers.now + 50);
    const again = session.waitUntilOnline(60_000);
    timers.advance(50);
    await again;
    expect((await session.command(['/x'])).ret).toBe('*9');

    await session.close();
    expect(session.status.state).toBe('closed');
    expect(statuses.map((x) => x.state)).toEqual([
      'connecting',
      'offline',
      'connecting',
      'offline',
      'connecting',
      'offline',
      'connecting',
      'online',
      'offline',
      'connecting',
      'online',
      'closed',
    ]);
    await server.close();
  });

  it('retries slowly after a rejected login', async () => {
    const timers = new ManualTimers();
    const r = await router((w, c) => login(w, c));
    const session = new RouterSession(
      { ...options(r, { password: 'bad' }), reconnect: { initialDelayMs: 100, maxDelayMs: 5_000, jitter: 0 }, heartbeatIntervalMs: 0 },
      { timers, now: timers.clock },
    );
    open.push(session);
    const offline = new Promise<RouterSessionStatus>((res) =>
      session.on('status', (s) => {
        if (s.state === 'offline') res(s);
      }),
    );
    session.start();
    const s = await offline;
    expect(s.lastError).toBeInstanceOf(RouterLoginError);
    expect(s.nextAttemptAt).toBe(timers.now + 5_000);
  });

  it('sends a heartbeat on an idle link and drops a silent one', async () => {
    const timers = new ManualTimers();
    let answerHeartbeat = true;
    const r = await router((w, c) => {
      if (login(w, c)) return;
      if (!answerHeartbeat) return;
      c.send(['!re', '=name=MikroTik', `.tag=${tagOf(w) ?? ''}`]);
      c.send(['!done', `.tag=${tagOf(w) ?? ''}`]);
    });
    const session = new RouterSession(
      { ...options(r), heartbeatIntervalMs: 1_000, reconnect: { initialDelayMs: 100 } },
      { timers, now: timers.clock },
    );
    open.push(session);
    session.start();
    await session.waitUntilOnline(60_000);
    expect(r.received.map((w) => w[0])).toEqual(['/login']);
    timers.advance(1_000);
    await new Promise((res) => setTimeout(res, 20));
    expect(r.received.map((w) => w[0])).toEqual(['/login', '/system/identity/print']);
    answerHeartbeat = false;
    const offline = new Promise<RouterSessionStatus>((res) =>
      session.on('status', (s) => {
        if (s.state === 'offline') res(s);
      }),
    );
    timers.advance(1_000); // heartbeat sent, no answer
    timers.advance(1_000); // its timeout passes with nothing received
    const s = await offline;
    expect(s.lastError?.message).toMatch(/presumed dead/);
  });
});

describe('TLS', () => {
  it('connects over API-SSL with anonymous DH (router without a certificate)', async () => {
    const identity: Handler = (w, c) => {
      if (login(w, c)) return;
      c.send(['!re', '=name=MikroTik', `.tag=${tagOf(w) ?? ''}`]);
      c.send(['!done', `.tag=${tagOf(w) ?? ''}`]);
    };
    const r = await startFakeRouter(identity, 0, {
      ciphers: ANONYMOUS_DH_CIPHERS,
      maxVersion: 'TLSv1.2',
      dhparam: 'auto',
    });
    open.push(r);
    const conn = await connect(r, { tls: { anonymousDh: true } });
    expect((await conn.command(['/system/identity/print'])).rows).toEqual([{ name: 'MikroTik' }]);
    // Without the ADH option the handshake fails: a typed connection error, not a crash.
    const err = await RouterConnection.open(options(r, { tls: {}, connectTimeoutMs: 2_000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RouterConnectionError);
  });

  it('builds anonymous-DH and verified configurations', () => {
    const adh = tlsConnectionOptions('10.0.0.1', 8729, { anonymousDh: true });
    expect(adh).toMatchObject({ ciphers: ANONYMOUS_DH_CIPHERS, maxVersion: 'TLSv1.2', rejectUnauthorized: false });
    expect(adh.servername).toBeUndefined();
    const verified = tlsConnectionOptions('router.lan', 8729, { ca: 'PEM' });
    expect(verified).toMatchObject({ rejectUnauthorized: true, ca: 'PEM', servername: 'router.lan' });
    expect(verified.ciphers).toBeUndefined();
  });
});
