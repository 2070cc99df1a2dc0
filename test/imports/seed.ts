// A simulated router left the way MikHmon leaves it (same content as test/mikhmon/import.integration.test.ts,
// seeded in-process): MikHmon and plain profiles, two batches plus uncommented users, used vouchers whose
// expiry was written by the emulated on-login script, sales records in both owner formats, PPP profiles
// and secrets, and an operator user and script that must not be imported.
import type { RouterSim } from '../router-sim';
import { mikhmonOnLogin } from '../mikhmon/mikhmon-emulator';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const onLogin = (record: string): string => `:put ("${record}"); {:local comment [ /ip hotspot user get [find where name="$user"] comment ]; }`;

export function simAdd(sim: RouterSim, menu: string, attributes: Record<string, string>): void {
  const reply = sim.exec([`${menu}/add`, ...Object.entries(attributes).map(([key, value]) => `=${key}=${value}`)]);
  if (reply.some((sentence) => sentence[0] === '!trap')) throw new Error(`seed ${menu} failed: ${JSON.stringify(reply)}`);
}

/** What `seedMikhmonRouter` put on the router, as the import should count it. */
export const SEEDED = {
  profiles: ['default', '1day', '3hours', 'monthly', 'staff'],
  batches: ['vc-482-01.14.26-promo', 'up-117-01.15.26-', ''],
  unusedVouchers: ['ab23', 'cd45', '00123', 'walkin'],
  usedVouchers: ['ef67', 'KX7P'],
  sales: ['old1', 'old2', 'KX7P'],
  pppProfiles: ['default', 'home-10M', 'default-encryption'],
  pppSecrets: ['budi', 'sari'],
} as const;

/** Seeds the router; returns the first-login time of KX7P (its sale time). */
export function seedMikhmonRouter(sim: RouterSim, iso: boolean): { loginKx: number; loginEf: number } {
  const add = (menu: string, attributes: Record<string, string>): void => simAdd(sim, menu, attributes);
  add('/ip/hotspot/user/profile', { name: '1day', 'rate-limit': '1M/2M', 'shared-users': '1', 'on-login': onLogin(',rem,5000,1d,6000,,Disable,') });
  add('/ip/hotspot/user/profile', { name: '3hours', 'shared-users': '2', 'on-login': onLogin(',remc,2000,3h,2500,,Enable,') });
  add('/ip/hotspot/user/profile', { name: 'monthly', 'on-login': ':put (",,150000,,,noexp,Disable,")' });
  add('/ip/hotspot/user/profile', { name: 'staff', 'rate-limit': '10M/10M', 'session-timeout': '8h' });

  add('/ip/hotspot/user', { name: 'default-trial', profile: 'default' });
  for (const name of ['ab23', 'cd45', 'ef67']) add('/ip/hotspot/user', { name, password: name, profile: '1day', comment: 'vc-482-01.14.26-promo' });
  add('/ip/hotspot/user', { name: '00123', password: '0123', profile: '3hours', comment: 'up-117-01.15.26-', 'limit-bytes-total': '1073741824' });
  add('/ip/hotspot/user', { name: 'KX7P', password: '3852', profile: '3hours', comment: 'up-117-01.15.26-' });
  add('/ip/hotspot/user', { name: 'walkin', password: 'w', profile: '1day', 'limit-uptime': '1h' });
  add('/ip/hotspot/user', { name: 'boss', password: 'secret', profile: 'staff', comment: 'owner laptop', disabled: 'yes' });

  add('/system/script', {
    name: 'dec/31/2025-|-23:59:00-|-old1-|-5000-|-10.5.50.2-|-AA:00:00:00:00:01-|-1d-|-1day-|-vc-100-12.30.25-',
    owner: 'dec2025',
    source: 'dec/31/2025',
    comment: 'mikhmon',
  });
  add('/system/script', {
    name: '2026-01-01-|-00:00:30-|-old2-|-2000-|-10.5.50.3-|-AA:00:00:00:00:02-|-3h-|-3hours-|-up-101-12.31.25-',
    owner: '012026',
    source: '2026-01-01',
    comment: 'mikhmon',
  });
  add('/system/script', { name: 'Promo', source: '#Promo#all#vc#5##mix#1day#0#0#promo#1d#5000_6000#Disable', comment: 'QuickPrintMikhmon' });
  add('/system/script', { name: 'backup', source: '/system backup save name=daily' });

  add('/ppp/profile', { name: 'home-10M', 'rate-limit': '10M/10M', 'local-address': '10.10.0.1', 'remote-address': '10.10.0.0/24' });
  add('/ppp/secret', { name: 'budi', password: 'pw', service: 'pppoe', profile: 'home-10M', 'remote-address': '10.10.0.20', comment: 'Jl. Merdeka 1' });
  add('/ppp/secret', { name: 'sari', password: 'pw', service: 'pppoe', profile: 'home-10M', disabled: 'yes' });

  sim.setScriptRunner(mikhmonOnLogin(iso));
  const loginEf = sim.nowMs();
  sim.loginHotspotUser('ef67', { address: '10.5.50.12', macAddress: 'AA:BB:CC:00:11:22' });
  sim.advanceClock(90_000);
  const loginKx = sim.nowMs();
  sim.loginHotspotUser('KX7P', { address: '10.5.50.13', macAddress: 'AA:BB:CC:00:11:23' });
  sim.loginPppUser('budi', { address: '10.10.0.20', callerId: 'AA:BB:CC:00:00:99' });
  sim.advanceClock(30_000);
  sim.logoutPppUser('budi');
  return { loginKx, loginEf };
}
