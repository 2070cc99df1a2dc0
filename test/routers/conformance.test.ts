// Conformance of the RouterOS client against the simulator in test/router-sim:
// every RouterOS version mode x every fault mode, for login, print (query + proplist), add, set,
// remove, traps, pipelined bursts and listen/cancel. Under a fault every command must either succeed
// with exact values or fail with the typed error that fault allows, within its timeout; once the fault
// is lifted the session must be (or get) back online and everything must succeed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RouterConnection,
  RouterConnectionError,
  RouterFatalError,
  RouterLoginError,
  RouterSession,
  RouterTimeoutError,
  RouterTrapError,
  defaultSocketFactory,
  type RouterSessionStatus,
  type SocketFactory,
} from '../../src-main/routers/client';
import { startRouterSim, type FaultOptions, type RouterSim } from '../router-sim/index';

type ErrorClass = abstract new (...args: never[]) => Error;

const VERSIONS = ['6.40', '6.49.10', '7.9', '7.16.2', '7.18.1'] as const;

interface FaultMode {
  name: string;
  faults: Partial<FaultOptions>;
  /** typed errors a command may end with while the fault is active (none: every command must succeed) */
  allowed: ErrorClass[];
}

const FAULT_MODES: FaultMode[] = [
  { name: 'none', faults: {}, allowed: [] },
  { name: 'latency', faults: { replyLatencyMs: 3 }, allowed: [] },
  { name: 'bytewise', faults: { splitWrites: 'bytewise' }, allowed: [] },
  { name: 'split3', faults: { splitWrites: 3 }, allowed: [] },
  { name: 'drop', faults: { dropReplyEveryNth: 5 }, allowed: [RouterTimeoutError, RouterConnectionError] },
  { name: 'reset', faults: { resetAfterCommands: 6 }, allowed: [RouterConnectionError] },
  { name: 'fatal', faults: { fatalAfterCommands: 6 }, allowed: [RouterFatalError, RouterConnectionError] },
  { name: 'refuse', faults: { refuseConnections: true }, allowed: [RouterConnectionError] },
];

const CLEAR_FAULTS: Partial<FaultOptions> = {
  replyLatencyMs: 0,
  splitWrites: 'none',
  resetAfterCommands: null,
  dropReplyEveryNth: null,
  fatalAfterCommands: null,
  refuseConnections: false,
};

const USER = 'admin';
const PASSWORD = 'Secret-0123';
const COMMAND_TIMEOUT_MS = 400;
const SLACK_MS = 400;
const DUPLICATE = 'failure: already have user with this name for this server';

/** Runs steps, checking that each one settles in time and only with an allowed error. */
class Steps {
  readonly errors: string[] = [];
  lastError: unknown = undefined;
  okCount = 0;

  constructor(
    private readonly session: RouterSession,
    private readonly allowed: ErrorClass[],
    private readonly label: string,
  ) {}

  get strict(): boolean {
    return this.allowed.length === 0;
  }

  isAllowed(err: unknown): boolean {
    return this.allowed.some((cls) => err instanceof cls);
  }

  count(cls: ErrorClass): number {
    return this.errors.filter((e) => e.startsWith(`${cls.name}:`)).length;
  }

  /** Outcome of one command: its value, or undefined after an allowed failure. */
  async run<T>(step: string, fn: () => Promise<T>, extraAllowed: ErrorClass[] = []): Promise<T | undefined> {
    if (!this.strict && this.session.status.state !== 'online') {
      await this.session.waitUntilOnline(3_000).catch(() => undefined);
    }
    const started = performance.now();
    try {
      const value = await fn();
      this.okCount++;
      return value;
    } catch (err) {
      const elapsed = performance.now() - started;
      const where = `${this.label} ${step}`;
      expect(elapsed, `${where} settled late`).toBeLessThan(COMMAND_TIMEOUT_MS + SLACK_MS);
      if (![...this.allowed, ...extraAllowed].some((cls) => err instanceof cls)) {
        throw new Error(`${where}: unexpected ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`, {
          cause: err,
        });
      }
      this.lastError = err;
      this.errors.push(`${(err as Error).name}: ${step}`);
      return undefined;
    }
  }
}

const HOTSPOT = '/ip/hotspot/user';
const PROPLIST = ['.id', 'name', 'password', 'comment', 'limit-uptime', 'disabled'];

/** The billing desk's command mix. Values are checked exactly whenever a command succeeded. */
async function exercise(session: RouterSession, steps: Steps, prefix: string): Promise<void> {
  const name = `${prefix}00123`;
  const added = await steps.run('add', () =>
    session.command({
      command: `${HOTSPOT}/add`,
      attributes: { name, password: '0123', profile: 'default', comment: 'true', 'limit-uptime': '1h' },
    }),
  );
  if (added) expect(added.ret).toMatch(/^\*[0-9A-F]+$/);

  const printed = await steps.run('print query+proplist', () =>
    session.command({ command: `${HOTSPOT}/print`, proplist: PROPLIST, queries: [`?name=${name}`] }),
  );
  if (printed && printed.rows.length > 0) {
    expect(printed.rows).toHaveLength(1);
    const row = printed.rows[0] as Record<string, string>;
    expect(row).toEqual({
      '.id': row['.id'],
      name,
      password: '0123',
      comment: 'true',
      'limit-uptime': '1h',
      disabled: 'false',
    });
    if (added) expect(row['.id']).toBe(added.ret);
  }
  if (steps.strict) expect(printed?.rows).toHaveLength(1);

  const none = await steps.run('print no match (!empty on 7.18+)', () =>
    session.command({ command: `${HOTSPOT}/print`, proplist: ['.id'], queries: [`?name=${prefix}nobody`] }),
  );
  if (none) expect(none.rows).toEqual([]);

  const either = await steps.run('print OR query', () =>
    session.command({
      command: `${HOTSPOT}/print`,
      proplist: ['name'],
      queries: [`?name=${name}`, `?name=${prefix}nobody`, '?#|'],
    }),
  );
  if (either && steps.strict) expect(either.rows).toEqual([{ name }]);

  const dup = await steps.run(
    'duplicate add traps',
    () => session.command({ command: `${HOTSPOT}/add`, attributes: { name, password: 'x' } }),
    [RouterTrapError],
  );
  expect(dup, 'a duplicate add must never succeed').toBeUndefined();
  if (steps.strict) {
    expect(steps.errors.at(-1)).toBe('RouterTrapError: duplicate add traps');
    expect((steps.lastError as RouterTrapError).message).toBe(DUPLICATE);
  }

  const id = added?.ret ?? printed?.rows[0]?.['.id'];
  if (id !== undefined) {
    const set = await steps.run('set', () =>
      session.command({ command: `${HOTSPOT}/set`, attributes: { '.id': id, comment: '00123', disabled: 'yes' } }),
    );
    if (set) expect(set.rows).toEqual([]);
    const after = await steps.run('print after set', () =>
      session.command({ command: `${HOTSPOT}/print`, proplist: ['comment', 'disabled'], queries: [`?.id=${id}`] }),
    );
    if (after && set) expect(after.rows).toEqual([{ comment: '00123', disabled: 'true' }]);
  }

  // listen/cancel: an add and a remove show up as rows, the remove with .dead=true
  const rows: Array<Record<string, string>> = [];
  if (!steps.strict && session.status.state !== 'online') await session.waitUntilOnline(3_000).catch(() => undefined);
  const handle = session.listen([`${HOTSPOT}/listen`], (row) => rows.push(row));
  const watched = await steps.run('add while listening', () =>
    session.command({ command: `${HOTSPOT}/add`, attributes: { name: `${prefix}watch`, comment: 'listen' } }),
  );
  if (watched?.ret !== undefined) {
    const ret = watched.ret;
    await steps.run('remove while listening', () => session.command({ command: `${HOTSPOT}/remove`, attributes: { '.id': ret } }));
  }
  if (steps.strict) {
    const until = Date.now() + 1_000;
    while (rows.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 2));
    expect(rows[0]).toMatchObject({ '.id': watched?.ret, name: `${prefix}watch`, comment: 'listen' });
    expect(rows[1]).toEqual({ '.id': watched?.ret, '.dead': 'true' });
  }
  const cancelStarted = performance.now();
  await handle.cancel(); // never rejects
  expect(performance.now() - cancelStarted).toBeLessThan(COMMAND_TIMEOUT_MS + SLACK_MS);
  const listenEnd = await handle.done.then(
    () => 'ok',
    (err: unknown) => err,
  );
  if (listenEnd !== 'ok') expect(steps.isAllowed(listenEnd), `listen ended with ${String(listenEnd)}`).toBe(true);
  const seen = rows.length;
  await new Promise((r) => setTimeout(r, 5));
  expect(rows.length, 'no rows after cancel').toBe(seen);

  // a pipelined burst: some commands are in flight together when a fault strikes
  const burst = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      steps.run(`burst print ${i}`, () =>
        session.command({ command: `${HOTSPOT}/print`, proplist: ['name'], queries: [`?name=${name}`] }),
      ),
    ),
  );
  for (const result of burst) if (result && result.rows.length > 0) expect(result.rows).toEqual([{ name }]);

  if (id !== undefined) {
    const removed = await steps.run('remove', () => session.command({ command: `${HOTSPOT}/remove`, attributes: { '.id': id } }));
    if (removed) expect(removed).toEqual({ rows: [] });
    if (steps.strict) {
      const err = await session.command({ command: `${HOTSPOT}/remove`, attributes: { '.id': id } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RouterTrapError);
      expect((err as RouterTrapError).message).toBe('no such item');
    }
  }
}

function newSession(sim: RouterSim, extra: { port?: number; tls?: { ca: string } } = {}): RouterSession {
  return new RouterSession({
    host: sim.host,
    port: extra.port ?? sim.port,
    ...(extra.tls ? { tls: extra.tls } : {}),
    username: USER,
    password: PASSWORD,
    commandTimeoutMs: COMMAND_TIMEOUT_MS,
    loginTimeoutMs: COMMAND_TIMEOUT_MS,
    connectTimeoutMs: 1_000,
    reconnect: { initialDelayMs: 10, maxDelayMs: 80 },
    heartbeatIntervalMs: 0,
  });
}

describe.concurrent('conformance: version x fault', () => {
  VERSIONS.forEach((version, vi) => {
    FAULT_MODES.forEach((mode, fi) => {
      const tagPosition = (vi + fi) % 2 === 0 ? 'afterReplyWord' : 'last';
      it(`${version} / ${mode.name} (tag ${tagPosition})`, { timeout: 20_000 }, async () => {
        const sim = await startRouterSim({ version, users: { [USER]: PASSWORD }, tagPosition, faults: mode.faults });
        const session = newSession(sim);
        const statuses: RouterSessionStatus[] = [];
        session.on('status', (s) => statuses.push(s));
        try {
          session.start();
          if (mode.faults.refuseConnections) {
            // The router never lets us in: offline with a typed error, commands fail at once.
            const direct = await RouterConnection.open({ host: sim.host, port: sim.port, username: USER, password: PASSWORD }).catch((e: unknown) => e);
            expect(direct).toBeInstanceOf(RouterConnectionError);
            await expect(session.waitUntilOnline(300)).rejects.toBeInstanceOf(RouterTimeoutError);
            expect(statuses.some((s) => s.state === 'offline' && s.lastError instanceof RouterConnectionError)).toBe(true);
            const started = performance.now();
            const err = await session.command([`${HOTSPOT}/print`]).catch((e: unknown) => e);
            expect(err).toBeInstanceOf(RouterConnectionError);
            expect((err as RouterConnectionError).sent).toBe(false);
            expect(performance.now() - started).toBeLessThan(50);
          } else {
            await session.waitUntilOnline(3_000);
            const steps = new Steps(session, mode.allowed, `${version}/${mode.name}`);
            await exercise(session, steps, 'f');
            if (mode.name === 'drop') expect(steps.count(RouterTimeoutError)).toBeGreaterThan(0);
            if (mode.name === 'fatal') expect(steps.count(RouterFatalError)).toBeGreaterThan(0);
            if (mode.name === 'reset' || mode.name === 'fatal' || mode.name === 'drop') {
              // the session lost its connection at least once and came back by itself
              expect(statuses.filter((s) => s.state === 'online').length).toBeGreaterThan(1);
            }
            if (mode.allowed.length === 0) expect(steps.errors).toEqual(['RouterTrapError: duplicate add traps']);
          }

          // Fault lifted: the session is (or gets) back online and everything succeeds.
          sim.setFaults(CLEAR_FAULTS);
          await session.waitUntilOnline(3_000);
          if (session.status.state === 'online') {
            // a connection that was opened under a fault may still carry it: let a reset/fatal run out
            await new Promise((r) => setTimeout(r, 5));
            await session.waitUntilOnline(3_000);
          }
          const clean = new Steps(session, [], `${version}/${mode.name}/after`);
          await exercise(session, clean, 'c');
          expect(clean.errors).toEqual(['RouterTrapError: duplicate add traps']);
          const leftovers = sim.rows(HOTSPOT).filter((r) => r.name?.startsWith('c'));
          expect(leftovers).toEqual([]);
        } finally {
          await session.close();
          await sim.close();
        }
      });
    });
  });
});

describe('conformance: login', () => {
  it.each(VERSIONS)('%s: wrong password -> RouterLoginError; right one logs in (legacy on 6.40); empty print (!empty on 7.18.1)', async (version) => {
    const sim = await startRouterSim({ version, users: { [USER]: PASSWORD } });
    try {
      const err = await RouterConnection.open({ host: sim.host, port: sim.port, username: USER, password: 'wrong' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RouterLoginError);
      const unknown = await RouterConnection.open({ host: sim.host, port: sim.port, username: 'nobody', password: PASSWORD }).catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(RouterLoginError);
      // Record the raw reply bytes to see which protocol paths this version really took.
      const chunks: Buffer[] = [];
      const recording: SocketFactory = async (opts) => {
        const socket = await defaultSocketFactory(opts);
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        return socket;
      };
      const ok = await RouterConnection.open({ host: sim.host, port: sim.port, username: USER, password: PASSWORD }, { socketFactory: recording });
      const legacy = sim.commandLog().filter((c) => c.words.some((w) => w.startsWith('=response=')));
      expect(legacy.length > 0).toBe(version === '6.40');
      expect(await ok.command({ command: `${HOTSPOT}/print`, queries: ['?name=nobody'] })).toEqual({ rows: [] });
      expect(Buffer.concat(chunks).includes('!empty')).toBe(version === '7.18.1');
      ok.close();
    } finally {
      await sim.close();
    }
  });
});

describe('conformance: pipelining', () => {
  it('300 adds through a window of 8 with replies in 7-byte writes, then one print', async () => {
    const sim = await startRouterSim({ version: '7.18.1', users: { [USER]: PASSWORD }, faults: { splitWrites: 7, replyLatencyMs: 0 } });
    const conn = await RouterConnection.open({ host: sim.host, port: sim.port, username: USER, password: PASSWORD, maxInFlight: 8 });
    try {
      const results = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          conn.command({ command: `${HOTSPOT}/add`, attributes: { name: `p${String(i).padStart(5, '0')}`, password: '0001', comment: 'burst' } }),
        ),
      );
      expect(conn.inFlight).toBe(0);
      expect(new Set(results.map((r) => r.ret)).size).toBe(300);
      const printed = await conn.command({ command: `${HOTSPOT}/print`, proplist: ['name', 'password'], queries: ['?comment=burst'] });
      expect(printed.rows).toHaveLength(300);
      expect(printed.rows[0]).toEqual({ name: 'p00000', password: '0001' });
      expect(sim.rows(HOTSPOT)).toHaveLength(300);
    } finally {
      conn.close();
      await sim.close();
    }
  });
});

// API-SSL with a certificate: the simulator needs a key and certificate; made with openssl when available.
let certDir: string | undefined;
let tlsMaterial: { key: string; cert: string } | undefined;
beforeAll(() => {
  try {
    certDir = mkdtempSync(join(tmpdir(), 'routeros-tls-'));
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
        '-subj', '/CN=router.test', '-addext', 'subjectAltName=IP:127.0.0.1',
        '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem'),
      ],
      { stdio: 'ignore', timeout: 10_000 },
    );
    tlsMaterial = { key: readFileSync(join(certDir, 'key.pem'), 'utf8'), cert: readFileSync(join(certDir, 'cert.pem'), 'utf8') };
  } catch {
    tlsMaterial = undefined;
  }
});
afterAll(() => {
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

describe('conformance: API-SSL', () => {
  it('verified certificate works; unverified and forced-ADH fail with typed errors', async (ctx) => {
    if (!tlsMaterial) ctx.skip();
    const material = tlsMaterial as { key: string; cert: string };
    const sim = await startRouterSim({ version: '7.16.2', users: { [USER]: PASSWORD }, tls: material, faults: { splitWrites: 'bytewise' } });
    const tlsPort = sim.tlsPort as number;
    const session = newSession(sim, { port: tlsPort, tls: { ca: material.cert } });
    try {
      session.start();
      await session.waitUntilOnline(3_000);
      const steps = new Steps(session, [], '7.16.2/tls');
      await exercise(session, steps, 't');
      expect(steps.errors).toEqual(['RouterTrapError: duplicate add traps']);

      const base = { host: sim.host, port: tlsPort, username: USER, password: PASSWORD, connectTimeoutMs: 2_000 };
      await expect(RouterConnection.open({ ...base, tls: {} })).rejects.toBeInstanceOf(RouterConnectionError);
      await expect(RouterConnection.open({ ...base, tls: { anonymousDh: true } })).rejects.toBeInstanceOf(RouterConnectionError);
      const insecure = await RouterConnection.open({ ...base, tls: { rejectUnauthorized: false } });
      insecure.close();
    } finally {
      await session.close();
      await sim.close();
    }
  });
});
