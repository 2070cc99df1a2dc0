// Public entry of the RouterOS API simulator used by tests, benches and `npm run sim:router`.
// Protocol facts it follows: docs/router-sim.md and the shared RouterOS guide.
import { advanceClock } from './advance';
import { DEFAULT_START_MS } from './clock';
import { execInProcess } from './commands';
import type { FaultOptions } from './faults';
import { RouterState } from './router-state';
import { interpretScript } from './script/runner';
import type { ScriptRunner } from './scripts';
import { addHotspotTraffic, loginHotspot, loginPpp } from './sessions';
import { SimServer } from './server';
import { DEFAULT_VERSION } from './version';

export type { FaultOptions } from './faults';
export type { ScriptRunContext, ScriptRunner, ScriptTrigger } from './scripts';
export { legacyLoginResponse } from './login';
export { encodeLength, decodeLength, encodeSentence, SentenceDecoder } from './codec';

export type RouterOsVersion = '6.49.10' | '7.9' | '7.16.2' | '7.18.1' | string;

export interface RouterSimOptions {
  /** default '7.16.2'; below 6.43 only the md5 challenge login works */
  version?: RouterOsVersion;
  /** API logins: name -> password; default { admin: 'admin' } */
  users?: Record<string, string>;
  /** default 'MikroTik' */
  identity?: string;
  /** where `.tag=` appears in reply sentences (default 'afterReplyWord') */
  tagPosition?: 'afterReplyWord' | 'last';
  faults?: Partial<FaultOptions>;
  /** also open an API-SSL listener on 127.0.0.1 (random port) */
  tls?: { key: string; cert: string };
  /** simulated router clock start (epoch ms, UTC); default 2026-01-15T10:00:00Z */
  startTimeMs?: number;
  /** default 0 (random free port) */
  port?: number;
  /** called whenever a router-side script would run (see scripts.ts); default: the script interpreter (script/), null: none */
  scriptRunner?: ScriptRunner | null;
}

export interface RouterSim {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly tlsPort: number | null;
  setFaults(faults: Partial<FaultOptions>): void;
  setVersion(version: RouterOsVersion): void;
  /** direct test access to menu tables, e.g. sim.rows('/ip/hotspot/user'): rows as print renders them (strings only) */
  rows(menu: string): Array<Record<string, string>>;
  /** log a hotspot user in (creates an /ip/hotspot/active row, runs the profile's on-login hook); returns the active .id */
  loginHotspotUser(name: string, opts?: { address?: string; macAddress?: string }): string;
  loginPppUser(name: string, opts?: { address?: string; callerId?: string }): string;
  /** ends every active session of that hotspot user (counters are added to the user row) */
  logoutHotspotUser(name: string): void;
  /** moves the router clock; sessions age, uptime limits end sessions, due schedulers run */
  advanceClock(ms: number): void;
  nowMs(): number;
  /** currently open API connections */
  connectionCount(): number;
  /** commands received, for assertions */
  commandLog(): ReadonlyArray<{ connectionId: number; words: string[] }>;
  close(): Promise<void>;

  // Extensions beyond the agreed API
  /** override /system/resource values, e.g. { 'cpu-load': '95', 'free-memory': '1048576' } */
  setResource(values: Record<string, string>): void;
  /** ends every active session of that PPP user */
  logoutPppUser(name: string): void;
  /** traffic through a hotspot user's session (ends it when a limit-bytes-* is reached) */
  addHotspotTraffic(name: string, bytesIn: number, bytesOut: number): void;
  /** run one API command in-process as `admin` (no network, no faults); returns reply sentences */
  exec(words: string[]): string[][];
  setScriptRunner(runner: ScriptRunner | null): void;
}

export async function startRouterSim(options: RouterSimOptions = {}): Promise<RouterSim> {
  const state = new RouterState({
    version: options.version ?? DEFAULT_VERSION,
    users: options.users ?? { admin: 'admin' },
    identity: options.identity ?? 'MikroTik',
    startTimeMs: options.startTimeMs ?? DEFAULT_START_MS,
  });
  state.inProcessExec = execInProcess;
  state.scriptRunner = options.scriptRunner === undefined ? interpretScript : options.scriptRunner;
  const server = await SimServer.start({
    state,
    port: options.port ?? 0,
    tls: options.tls,
    tagPosition: options.tagPosition ?? 'afterReplyWord',
    faults: options.faults ?? {},
  });

  const sessionsOf = <T extends { activeId: string }>(map: Map<string, T>, pick: (s: T) => boolean): string[] =>
    [...map.values()].filter(pick).map((s) => s.activeId);

  return {
    host: '127.0.0.1',
    port: server.port,
    tlsPort: server.tlsPort,
    setFaults: (faults) => server.setFaults(faults),
    setVersion: (version) => {
      state.version = version;
    },
    rows: (menu) => state.renderAll(menu),
    loginHotspotUser: (name, opts) => loginHotspot(state, name, opts),
    loginPppUser: (name, opts) => loginPpp(state, name, opts),
    logoutHotspotUser: (name) => {
      for (const id of sessionsOf(state.hotspotSessions, (s) => s.userName === name)) state.logoutHotspotSession(id);
    },
    logoutPppUser: (name) => {
      for (const id of sessionsOf(state.pppSessions, (s) => s.name === name)) state.logoutPppSession(id, 'disconnected');
    },
    advanceClock: (ms) => advanceClock(state, ms),
    nowMs: () => state.clock.now(),
    connectionCount: () => server.connectionCount(),
    commandLog: () => server.commandLog(),
    close: () => server.close(),
    setResource: (values) => {
      const row = state.table('/system/resource').get('*0');
      if (row) Object.assign(row.values, values);
      state.emitChange('/system/resource', '*0', false);
    },
    addHotspotTraffic: (name, bytesIn, bytesOut) => addHotspotTraffic(state, name, bytesIn, bytesOut),
    exec: (words) => execInProcess(state, words, 'admin'),
    setScriptRunner: (runner) => {
      state.scriptRunner = runner;
    },
  };
}
