// Hotspot and PPP sessions: the test API logs users in, the router (or an API `remove`) logs them
// out. As on a real router, a hotspot user's uptime/bytes counters only change at logout; live
// usage is visible only in the active menu.
import { formatDuration, parseDuration } from './clock';
import type { RouterState } from './router-state';

export interface HotspotSession {
  activeId: string;
  userId: string;
  userName: string;
  loginAtMs: number;
  bytesIn: number;
  bytesOut: number;
  packetsIn: number;
  packetsOut: number;
}

export interface PppSession {
  activeId: string;
  secretId: string;
  name: string;
  callerId: string;
  loginAtMs: number;
}

const HOTSPOT_USERS = '/ip/hotspot/user';
const HOTSPOT_ACTIVE = '/ip/hotspot/active';
const HOTSPOT_PROFILES = '/ip/hotspot/user/profile';
const PPP_SECRETS = '/ppp/secret';
const PPP_ACTIVE = '/ppp/active';
const PPP_PROFILES = '/ppp/profile';

const durationMs = (v: string | undefined): number => (v === undefined ? 0 : (parseDuration(v) ?? 0));
const num = (v: string | undefined): number => (v === undefined || v === '' ? 0 : Number(v));

function findByName(state: RouterState, menu: string, field: string, name: string): { id: string; values: Record<string, string> } | undefined {
  return state.table(menu).all().find((r) => r.values[field] === name);
}

/** ms until this session must end (limit-uptime left, or the profile's session-timeout), or null */
export function activeHotspotRemaining(state: RouterState, s: HotspotSession): number | null {
  const sessionMs = state.clock.now() - s.loginAtMs;
  const user = state.table(HOTSPOT_USERS).get(s.userId);
  const limits: number[] = [];
  const limit = durationMs(user?.values['limit-uptime']);
  if (limit > 0) limits.push(limit - durationMs(user?.values.uptime) - sessionMs);
  const profile = user ? findByName(state, HOTSPOT_PROFILES, 'name', user.values.profile ?? 'default') : undefined;
  const timeout = durationMs(profile?.values['session-timeout']);
  if (timeout > 0) limits.push(timeout - sessionMs);
  return limits.length === 0 ? null : Math.max(0, Math.min(...limits));
}

function bytesLimitReached(values: Record<string, string>, extraIn: number, extraOut: number): boolean {
  const bin = num(values['bytes-in']) + extraIn;
  const bout = num(values['bytes-out']) + extraOut;
  const over = (limit: string | undefined, used: number): boolean => limit !== undefined && num(limit) > 0 && used >= num(limit);
  return over(values['limit-bytes-in'], bin) || over(values['limit-bytes-out'], bout) || over(values['limit-bytes-total'], bin + bout);
}

export function loginHotspot(state: RouterState, name: string, opts: { address?: string; macAddress?: string } = {}): string {
  const user = findByName(state, HOTSPOT_USERS, 'name', name);
  if (!user) throw new Error(`hotspot login refused: invalid username or password (${name})`);
  const v = user.values;
  if (v.disabled === 'true') throw new Error(`hotspot login refused: user ${name} is disabled`);
  if (v['mac-address'] !== undefined && opts.macAddress !== undefined && v['mac-address'] !== opts.macAddress.toUpperCase()) {
    throw new Error(`hotspot login refused: user ${name} is not allowed to log in from this MAC address`);
  }
  const limit = durationMs(v['limit-uptime']);
  if (limit > 0 && durationMs(v.uptime) >= limit) throw new Error(`hotspot login refused: uptime limit reached for ${name}`);
  if (bytesLimitReached(v, 0, 0)) throw new Error(`hotspot login refused: traffic limit reached for ${name}`);
  const profile = findByName(state, HOTSPOT_PROFILES, 'name', v.profile ?? 'default');
  const shared = profile?.values['shared-users'] ?? '1';
  const open = [...state.hotspotSessions.values()].filter((s) => s.userId === user.id).length;
  if (shared !== 'unlimited' && open >= Number(shared)) throw new Error(`hotspot login refused: no more sessions are allowed for user ${name}`);

  const n = state.nextAddressIndex();
  const servers = state.table('/ip/hotspot').all();
  const row = state.table(HOTSPOT_ACTIVE).insert({
    server: v.server === undefined || v.server === 'all' ? (servers[0]?.values.name ?? 'hotspot1') : v.server,
    user: name,
    address: opts.address ?? `10.5.50.${(n % 250) + 2}`,
    'mac-address': (opts.macAddress ?? `02:00:00:00:${((n >> 8) & 0xff).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`).toUpperCase(),
    'login-by': 'http-chap',
    'keepalive-timeout': '2m',
    radius: 'false',
  });
  state.hotspotSessions.set(row.id, {
    activeId: row.id,
    userId: user.id,
    userName: name,
    loginAtMs: state.clock.now(),
    bytesIn: 0,
    bytesOut: 0,
    packetsIn: 0,
    packetsOut: 0,
  });
  state.emitChange(HOTSPOT_ACTIVE, row.id, false);
  const onLogin = profile?.values['on-login'];
  if (onLogin) {
    const variables = { address: row.values.address ?? '', 'mac-address': row.values['mac-address'] ?? '', interface: 'bridge' };
    state.runScript({ trigger: 'hotspot-login', name: profile?.values.name ?? 'default', source: onLogin, user: name, variables });
  }
  return row.id;
}

export function logoutHotspot(state: RouterState, activeId: string): void {
  const active = state.table(HOTSPOT_ACTIVE);
  const s = state.hotspotSessions.get(activeId);
  state.hotspotSessions.delete(activeId);
  const existed = active.delete(activeId);
  if (!s) {
    if (existed) state.emitChange(HOTSPOT_ACTIVE, activeId, true);
    return;
  }
  const user = state.table(HOTSPOT_USERS).get(s.userId);
  if (user) {
    const v = user.values;
    v.uptime = formatDuration(durationMs(v.uptime) + (state.clock.now() - s.loginAtMs));
    v['bytes-in'] = String(num(v['bytes-in']) + s.bytesIn);
    v['bytes-out'] = String(num(v['bytes-out']) + s.bytesOut);
    v['packets-in'] = String(num(v['packets-in']) + s.packetsIn);
    v['packets-out'] = String(num(v['packets-out']) + s.packetsOut);
    state.emitChange(HOTSPOT_USERS, user.id, false);
  }
  state.emitChange(HOTSPOT_ACTIVE, activeId, true);
  const profile = user ? findByName(state, HOTSPOT_PROFILES, 'name', user.values.profile ?? 'default') : undefined;
  const onLogout = profile?.values['on-logout'];
  if (onLogout) state.runScript({ trigger: 'hotspot-logout', name: profile?.values.name ?? 'default', source: onLogout, user: s.userName });
}

/** test hook: traffic through a user's oldest session; ends it when a byte limit is reached */
export function addHotspotTraffic(state: RouterState, name: string, bytesIn: number, bytesOut: number): void {
  const s = [...state.hotspotSessions.values()].find((x) => x.userName === name);
  if (!s) throw new Error(`no active hotspot session for ${name}`);
  s.bytesIn += bytesIn;
  s.bytesOut += bytesOut;
  s.packetsIn += Math.ceil(bytesIn / 1500);
  s.packetsOut += Math.ceil(bytesOut / 1500);
  const user = state.table(HOTSPOT_USERS).get(s.userId);
  if (user && bytesLimitReached(user.values, s.bytesIn, s.bytesOut)) logoutHotspot(state, s.activeId);
}

export function loginPpp(state: RouterState, name: string, opts: { address?: string; callerId?: string } = {}): string {
  const secret = findByName(state, PPP_SECRETS, 'name', name);
  if (!secret) throw new Error(`ppp login refused: no secret named ${name}`);
  const v = secret.values;
  if (v.disabled === 'true') throw new Error(`ppp login refused: secret ${name} is disabled`);
  const profile = findByName(state, PPP_PROFILES, 'name', v.profile ?? 'default');
  const open = [...state.pppSessions.values()].filter((s) => s.secretId === secret.id).length;
  if (profile?.values['only-one'] === 'yes' && open > 0) throw new Error(`ppp login refused: ${name} is already connected (only-one)`);

  const n = state.nextAddressIndex();
  const callerId = opts.callerId ?? `02:00:00:01:${((n >> 8) & 0xff).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`.toUpperCase();
  const row = state.table(PPP_ACTIVE).insert({
    name,
    service: v.service === undefined || v.service === 'any' ? 'pppoe' : v.service,
    'caller-id': callerId,
    encoding: '',
    address: opts.address ?? v['remote-address'] ?? `10.10.${(n >> 8) & 0xff}.${(n & 0xff) + 2}`,
    'session-id': `0x${(0x81000000 + n).toString(16).toUpperCase()}`,
    radius: 'false',
    ...(v['limit-bytes-in'] !== undefined ? { 'limit-bytes-in': v['limit-bytes-in'] } : {}),
    ...(v['limit-bytes-out'] !== undefined ? { 'limit-bytes-out': v['limit-bytes-out'] } : {}),
  });
  state.pppSessions.set(row.id, { activeId: row.id, secretId: secret.id, name, callerId, loginAtMs: state.clock.now() });
  state.emitChange(PPP_ACTIVE, row.id, false);
  const onUp = profile?.values['on-up'];
  if (onUp) state.runScript({ trigger: 'ppp-up', name: profile?.values.name ?? 'default', source: onUp, user: name });
  return row.id;
}

export function logoutPpp(state: RouterState, activeId: string, reason: string): void {
  const s = state.pppSessions.get(activeId);
  state.pppSessions.delete(activeId);
  const existed = state.table(PPP_ACTIVE).delete(activeId);
  if (existed) state.emitChange(PPP_ACTIVE, activeId, true);
  if (!s) return;
  const secret = state.table(PPP_SECRETS).get(s.secretId);
  if (!secret) return;
  secret.values['last-logged-out'] = state.isoNow();
  secret.values['last-caller-id'] = s.callerId;
  secret.values['last-disconnect-reason'] = reason;
  state.emitChange(PPP_SECRETS, secret.id, false);
  const profile = findByName(state, PPP_PROFILES, 'name', secret.values.profile ?? 'default');
  const onDown = profile?.values['on-down'];
  if (onDown) state.runScript({ trigger: 'ppp-down', name: profile?.values.name ?? 'default', source: onDown, user: s.name });
}
