// The menus a billing desk touches, as data: properties, defaults, built-in rows, verbs and the live
// (computed) read-only values. Behaviour that spans menus (logins, counters, schedulers) lives in
// sessions.ts / scheduler.ts; the generic add/set/remove rules live in crud.ts.
import { formatBuildTime, formatDate, formatDuration, formatRelativeDateTime, formatTime, msToIsoDate } from './clock';
import { t, type FieldSpec } from './fields';
import type { RouterState } from './router-state';
import { nextRunMs } from './scheduler';
import { activeHotspotRemaining } from './sessions';
import type { StoredRow } from './table';
import { displayVersion } from './version';

export type Verb =
  | 'print'
  | 'getall'
  | 'add'
  | 'set'
  | 'unset'
  | 'remove'
  | 'enable'
  | 'disable'
  | 'listen'
  | 'reset-counters'
  | 'run';

export interface MenuSpec {
  path: string;
  /** single-row settings menu (identity, resource, clock): no ids, `set` needs no item */
  single?: boolean;
  verbs: readonly Verb[];
  fields: readonly FieldSpec[];
  /** property that `numbers=` may use to address an item by name, and that references resolve to */
  keyField?: string;
  builtins?: ReadonlyArray<{ id: string; values: Record<string, string> }>;
  /** defaults that depend on the moment or the logged-in API user (scheduler start, owner) */
  dynamicDefaults?: (state: RouterState, apiUser: string) => Record<string, string>;
  /** two rows that may not coexist, and the trap RouterOS gives for it */
  duplicate?: { message: string; clash: (a: Record<string, string>, b: Record<string, string>) => boolean };
  /** trap message for removing a built-in row */
  builtinRemoveMessage?: string;
  /** live read-only values; stored values take precedence (that is how setResource overrides) */
  computed?: (state: RouterState, row: StoredRow) => Record<string, string>;
  /** replaces the plain delete, e.g. removing an active session is a logout */
  remove?: (state: RouterState, row: StoredRow) => void;
  /** side effects before a plain delete, e.g. a removed hotspot user's sessions end */
  beforeRemove?: (state: RouterState, row: StoredRow) => void;
}

const TABLE_VERBS: readonly Verb[] = ['print', 'getall', 'add', 'set', 'unset', 'remove', 'listen'];
const TOGGLE_VERBS: readonly Verb[] = [...TABLE_VERBS, 'enable', 'disable'];
const READ_VERBS: readonly Verb[] = ['print', 'getall', 'listen'];

const sameName = (a: Record<string, string>, b: Record<string, string>): boolean => a.name !== undefined && a.name === b.name;

const hotspotServers: MenuSpec = {
  path: '/ip/hotspot',
  verbs: READ_VERBS,
  keyField: 'name',
  fields: [
    { name: 'name', type: t.str() },
    { name: 'interface', type: t.str() },
    { name: 'address-pool', type: t.str() },
    { name: 'profile', type: t.str() },
    { name: 'idle-timeout', type: t.duration('none') },
    { name: 'keepalive-timeout', type: t.duration('none') },
    { name: 'addresses-per-mac', type: t.int('unlimited') },
    { name: 'invalid', type: t.bool(), readOnly: true },
    { name: 'HTTPS', type: t.bool(), readOnly: true },
    { name: 'disabled', type: t.bool() },
  ],
  builtins: [
    {
      id: '*1',
      values: {
        name: 'hotspot1',
        interface: 'bridge',
        'address-pool': 'hs-pool-1',
        profile: 'hsprof1',
        'idle-timeout': '5m',
        'keepalive-timeout': 'none',
        'addresses-per-mac': '2',
        invalid: 'false',
        HTTPS: 'false',
        disabled: 'false',
      },
    },
  ],
};

const hotspotUsers: MenuSpec = {
  path: '/ip/hotspot/user',
  verbs: [...TOGGLE_VERBS, 'reset-counters'],
  keyField: 'name',
  fields: [
    { name: 'server', type: t.ref('/ip/hotspot', 'all'), default: 'all' },
    { name: 'name', type: t.str() },
    { name: 'password', type: t.str() },
    { name: 'address', type: t.str() },
    { name: 'mac-address', type: t.mac() },
    { name: 'profile', type: t.ref('/ip/hotspot/user/profile'), default: 'default' },
    { name: 'routes', type: t.str() },
    { name: 'email', type: t.str() },
    { name: 'limit-uptime', type: t.duration() },
    { name: 'limit-bytes-in', type: t.int() },
    { name: 'limit-bytes-out', type: t.int() },
    { name: 'limit-bytes-total', type: t.int() },
    { name: 'uptime', type: t.duration(), readOnly: true, default: '0s' },
    { name: 'bytes-in', type: t.int(), readOnly: true, default: '0' },
    { name: 'bytes-out', type: t.int(), readOnly: true, default: '0' },
    { name: 'packets-in', type: t.int(), readOnly: true, default: '0' },
    { name: 'packets-out', type: t.int(), readOnly: true, default: '0' },
    { name: 'dynamic', type: t.bool(), readOnly: true, default: 'false' },
    { name: 'disabled', type: t.bool(), default: 'false' },
    { name: 'comment', type: t.str() },
  ],
  duplicate: {
    message: 'failure: already have user with this name for this server',
    clash: (a, b) => sameName(a, b) && (a.server === b.server || a.server === 'all' || b.server === 'all'),
  },
  beforeRemove: (state, row) => {
    for (const s of [...state.hotspotSessions.values()]) if (s.userId === row.id) state.logoutHotspotSession(s.activeId);
  },
};

const hotspotProfiles: MenuSpec = {
  path: '/ip/hotspot/user/profile',
  verbs: TABLE_VERBS,
  keyField: 'name',
  fields: [
    { name: 'name', type: t.str() },
    { name: 'address-pool', type: t.str() },
    { name: 'idle-timeout', type: t.duration('none'), default: 'none' },
    { name: 'keepalive-timeout', type: t.duration('none'), default: '2m' },
    { name: 'status-autorefresh', type: t.duration('none'), default: '1m' },
    { name: 'shared-users', type: t.int('unlimited'), default: '1' },
    { name: 'rate-limit', type: t.str() },
    { name: 'session-timeout', type: t.duration() },
    { name: 'add-mac-cookie', type: t.bool(), default: 'true' },
    { name: 'mac-cookie-timeout', type: t.duration(), default: '3d' },
    { name: 'address-list', type: t.str() },
    { name: 'incoming-filter', type: t.str() },
    { name: 'outgoing-filter', type: t.str() },
    { name: 'parent-queue', type: t.str() },
    { name: 'transparent-proxy', type: t.bool(), default: 'false' },
    { name: 'on-login', type: t.str() },
    { name: 'on-logout', type: t.str() },
    { name: 'default', type: t.bool(), readOnly: true, default: 'false' },
  ],
  builtins: [
    {
      id: '*0',
      values: {
        name: 'default',
        'idle-timeout': 'none',
        'keepalive-timeout': '2m',
        'status-autorefresh': '1m',
        'shared-users': '1',
        'add-mac-cookie': 'true',
        'mac-cookie-timeout': '3d',
        'transparent-proxy': 'false',
        default: 'true',
      },
    },
  ],
  duplicate: { message: 'failure: already have such entry', clash: sameName },
  builtinRemoveMessage: 'failure: can not remove default profile',
};

const hotspotActive: MenuSpec = {
  path: '/ip/hotspot/active',
  verbs: ['print', 'getall', 'remove', 'listen'],
  keyField: 'user',
  fields: [
    { name: 'server', type: t.str(), readOnly: true },
    { name: 'user', type: t.str(), readOnly: true },
    { name: 'address', type: t.str(), readOnly: true },
    { name: 'mac-address', type: t.str(), readOnly: true },
    { name: 'login-by', type: t.str(), readOnly: true },
    { name: 'uptime', type: t.duration(), readOnly: true },
    { name: 'idle-time', type: t.duration(), readOnly: true },
    { name: 'session-time-left', type: t.duration(), readOnly: true },
    { name: 'keepalive-timeout', type: t.duration(), readOnly: true },
    { name: 'bytes-in', type: t.int(), readOnly: true },
    { name: 'bytes-out', type: t.int(), readOnly: true },
    { name: 'packets-in', type: t.int(), readOnly: true },
    { name: 'packets-out', type: t.int(), readOnly: true },
    { name: 'radius', type: t.bool(), readOnly: true },
  ],
  computed: (state, row) => {
    const s = state.hotspotSessions.get(row.id);
    if (!s) return {};
    const out: Record<string, string> = {
      uptime: formatDuration(state.clock.now() - s.loginAtMs),
      'idle-time': '0s',
      'bytes-in': String(s.bytesIn),
      'bytes-out': String(s.bytesOut),
      'packets-in': String(s.packetsIn),
      'packets-out': String(s.packetsOut),
    };
    const left = activeHotspotRemaining(state, s);
    if (left !== null) out['session-time-left'] = formatDuration(left);
    return out;
  },
  remove: (state, row) => state.logoutHotspotSession(row.id),
};

const pppSecrets: MenuSpec = {
  path: '/ppp/secret',
  verbs: TOGGLE_VERBS,
  keyField: 'name',
  fields: [
    { name: 'name', type: t.str() },
    { name: 'service', type: t.enumOf('any', 'async', 'l2tp', 'ovpn', 'pppoe', 'pptp', 'sstp'), default: 'any' },
    { name: 'caller-id', type: t.str() },
    { name: 'password', type: t.str() },
    { name: 'profile', type: t.ref('/ppp/profile'), default: 'default' },
    { name: 'local-address', type: t.str() },
    { name: 'remote-address', type: t.str() },
    { name: 'routes', type: t.str() },
    { name: 'limit-bytes-in', type: t.int() },
    { name: 'limit-bytes-out', type: t.int() },
    { name: 'last-logged-out', type: t.datetime(), readOnly: true },
    { name: 'last-caller-id', type: t.str(), readOnly: true },
    { name: 'last-disconnect-reason', type: t.str(), readOnly: true },
    { name: 'disabled', type: t.bool(), default: 'false' },
    { name: 'comment', type: t.str() },
  ],
  duplicate: { message: 'failure: secret with the same name already exists', clash: sameName },
  beforeRemove: (state, row) => {
    for (const s of [...state.pppSessions.values()]) if (s.secretId === row.id) state.logoutPppSession(s.activeId);
  },
};

const YES_NO_DEFAULT = ['yes', 'no', 'default'] as const;

const pppProfileBuiltin = (name: string, encryption: string): Record<string, string> => ({
  name,
  'use-mpls': 'default',
  'use-compression': 'default',
  'use-encryption': encryption,
  'only-one': 'default',
  'change-tcp-mss': 'yes',
  'use-upnp': 'default',
  'address-list': '',
  'on-up': '',
  'on-down': '',
  default: 'true',
});

const pppProfiles: MenuSpec = {
  path: '/ppp/profile',
  verbs: TABLE_VERBS,
  keyField: 'name',
  fields: [
    { name: 'name', type: t.str() },
    { name: 'local-address', type: t.str() },
    { name: 'remote-address', type: t.str() },
    { name: 'bridge', type: t.str() },
    { name: 'dns-server', type: t.str() },
    { name: 'rate-limit', type: t.str() },
    { name: 'parent-queue', type: t.str() },
    { name: 'session-timeout', type: t.duration() },
    { name: 'idle-timeout', type: t.duration() },
    { name: 'use-mpls', type: t.enumOf(...YES_NO_DEFAULT, 'required'), default: 'default' },
    { name: 'use-compression', type: t.enumOf(...YES_NO_DEFAULT), default: 'default' },
    { name: 'use-encryption', type: t.enumOf(...YES_NO_DEFAULT, 'required'), default: 'default' },
    { name: 'only-one', type: t.enumOf(...YES_NO_DEFAULT), default: 'default' },
    { name: 'change-tcp-mss', type: t.enumOf(...YES_NO_DEFAULT), default: 'default' },
    { name: 'use-upnp', type: t.enumOf(...YES_NO_DEFAULT), default: 'default' },
    { name: 'address-list', type: t.str(), default: '' },
    { name: 'on-up', type: t.str(), default: '' },
    { name: 'on-down', type: t.str(), default: '' },
    { name: 'comment', type: t.str() },
    { name: 'default', type: t.bool(), readOnly: true, default: 'false' },
  ],
  builtins: [
    { id: '*0', values: pppProfileBuiltin('default', 'default') },
    { id: '*FFFFFFFE', values: pppProfileBuiltin('default-encryption', 'yes') },
  ],
  duplicate: { message: 'failure: already have such entry', clash: sameName },
  builtinRemoveMessage: 'failure: can not remove default profile',
};

const pppActive: MenuSpec = {
  path: '/ppp/active',
  verbs: ['print', 'getall', 'remove', 'listen'],
  keyField: 'name',
  fields: [
    { name: 'name', type: t.str(), readOnly: true },
    { name: 'service', type: t.str(), readOnly: true },
    { name: 'caller-id', type: t.str(), readOnly: true },
    { name: 'encoding', type: t.str(), readOnly: true },
    { name: 'address', type: t.str(), readOnly: true },
    { name: 'uptime', type: t.duration(), readOnly: true },
    { name: 'session-id', type: t.str(), readOnly: true },
    { name: 'limit-bytes-in', type: t.int(), readOnly: true },
    { name: 'limit-bytes-out', type: t.int(), readOnly: true },
    { name: 'radius', type: t.bool(), readOnly: true },
  ],
  computed: (state, row): Record<string, string> => {
    const s = state.pppSessions.get(row.id);
    return s ? { uptime: formatDuration(state.clock.now() - s.loginAtMs) } : {};
  },
  remove: (state, row) => state.logoutPppSession(row.id, 'disconnected'),
};

/** a fixed moment for build-time, so prints are reproducible */
const BUILD_TIME_MS = Date.UTC(2024, 9, 31, 10, 36, 15);

const systemResource: MenuSpec = {
  path: '/system/resource',
  single: true,
  verbs: READ_VERBS,
  fields: [
    'uptime',
    'version',
    'build-time',
    'factory-software',
    'free-memory',
    'total-memory',
    'cpu',
    'cpu-count',
    'cpu-frequency',
    'cpu-load',
    'free-hdd-space',
    'total-hdd-space',
    'write-sect-since-reboot',
    'write-sect-total',
    'bad-blocks',
    'architecture-name',
    'board-name',
    'platform',
  ].map((name) => ({ name, type: t.str(), readOnly: true })),
  builtins: [
    {
      id: '*0',
      values: {
        'factory-software': '6.44.6',
        'free-memory': '201326592',
        'total-memory': '268435456',
        cpu: 'MIPS 1004Kc V2.15',
        'cpu-count': '4',
        'cpu-frequency': '880',
        'cpu-load': '3',
        'free-hdd-space': '4333568',
        'total-hdd-space': '16777216',
        'write-sect-since-reboot': '1286',
        'write-sect-total': '51520',
        'bad-blocks': '0',
        'architecture-name': 'mmips',
        'board-name': 'RB750Gr3',
        platform: 'MikroTik',
      },
    },
  ],
  computed: (state) => ({
    uptime: formatDuration(state.clock.now() - state.clock.bootMs),
    version: displayVersion(state.version),
    'build-time': formatBuildTime(BUILD_TIME_MS, state.traits().isoDates),
  }),
};

const systemIdentity: MenuSpec = {
  path: '/system/identity',
  single: true,
  verbs: ['print', 'getall', 'set', 'listen'],
  fields: [{ name: 'name', type: t.str() }],
};

const systemClock: MenuSpec = {
  path: '/system/clock',
  single: true,
  verbs: READ_VERBS,
  fields: ['time', 'date', 'time-zone-autodetect', 'time-zone-name', 'gmt-offset', 'dst-active'].map((name) => ({
    name,
    type: t.str(),
    readOnly: true,
  })),
  builtins: [
    {
      id: '*0',
      values: { 'time-zone-autodetect': 'false', 'time-zone-name': 'manual', 'gmt-offset': '+00:00', 'dst-active': 'false' },
    },
  ],
  computed: (state) => ({
    time: formatTime(state.clock.now()),
    date: formatDate(state.clock.now(), state.traits().isoDates),
  }),
};

const DEFAULT_POLICY = 'ftp,reboot,read,write,policy,test,password,sniff,sensitive,romon';

const systemScheduler: MenuSpec = {
  path: '/system/scheduler',
  verbs: TOGGLE_VERBS,
  keyField: 'name',
  fields: [
    { name: 'name', type: t.str() },
    { name: 'start-date', type: t.date() },
    { name: 'start-time', type: t.time() },
    { name: 'interval', type: t.duration(), default: '0s' },
    { name: 'on-event', type: t.str(), default: '' },
    { name: 'owner', type: t.str(), readOnly: true },
    { name: 'policy', type: t.str(), default: DEFAULT_POLICY },
    { name: 'run-count', type: t.int(), readOnly: true, default: '0' },
    { name: 'next-run', type: t.str(), readOnly: true },
    { name: 'disabled', type: t.bool(), default: 'false' },
    { name: 'comment', type: t.str() },
  ],
  // Without start-date/start-time the scheduler starts now (MikHmon relies on next-run = now + interval).
  dynamicDefaults: (state, apiUser) => ({
    'start-date': msToIsoDate(state.clock.now()),
    'start-time': formatTime(state.clock.now()),
    owner: apiUser,
  }),
  duplicate: { message: 'failure: already have such entry', clash: sameName },
  computed: (state, row): Record<string, string> => {
    const next = nextRunMs(row.values, state.clock.now());
    return next === null ? {} : { 'next-run': formatRelativeDateTime(next, state.clock.now(), state.traits().isoDates) };
  },
};

const systemScript: MenuSpec = {
  path: '/system/script',
  verbs: [...TABLE_VERBS, 'run'],
  keyField: 'name',
  fields: [
    { name: 'name', type: t.str() },
    // owner is writable here: MikHmon stores its month key ('jan2024') in a sales record's owner
    { name: 'owner', type: t.str() },
    { name: 'policy', type: t.str(), default: DEFAULT_POLICY },
    { name: 'dont-require-permissions', type: t.bool(), default: 'false' },
    { name: 'last-started', type: t.datetime(), readOnly: true },
    { name: 'run-count', type: t.int(), readOnly: true, default: '0' },
    { name: 'source', type: t.str(), default: '' },
    { name: 'invalid', type: t.bool(), readOnly: true, default: 'false' },
    { name: 'comment', type: t.str() },
  ],
  dynamicDefaults: (_state, apiUser) => ({ owner: apiUser }),
  duplicate: { message: 'failure: already have such entry', clash: sameName },
};

/** RouterOS's log; the simulator writes script errors here (topics `script,error`) */
const systemLog: MenuSpec = {
  path: '/log',
  verbs: READ_VERBS,
  fields: [
    { name: 'time', type: t.datetime(), readOnly: true },
    { name: 'topics', type: t.str(), readOnly: true },
    { name: 'message', type: t.str(), readOnly: true },
  ],
};

export const MENUS: readonly MenuSpec[] = [
  hotspotServers,
  hotspotUsers,
  hotspotProfiles,
  hotspotActive,
  pppSecrets,
  pppProfiles,
  pppActive,
  systemResource,
  systemIdentity,
  systemClock,
  systemScheduler,
  systemScript,
  systemLog,
];

/** every directory prefix of a known menu ('/ip', '/ip/hotspot', ...), to name the bad segment in traps */
export function knownPrefixes(menus: readonly MenuSpec[]): Set<string> {
  const out = new Set<string>();
  for (const m of menus) {
    const segs = m.path.split('/').filter(Boolean);
    for (let i = 1; i <= segs.length; i++) out.add(`/${segs.slice(0, i).join('/')}`);
  }
  return out;
}

