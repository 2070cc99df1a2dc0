// Real-looking MikHmon router rows for the tests (shapes from MikHmon v3 and its RouterOS 7 fork).
import type { MikhmonSnapshot, RouterRow } from '../../src-main/routers/mikhmon';

/** An on-login script as MikHmon writes it: the `:put` record line, then a (shortened) script body. */
export function onLogin(record: string, body = ' {:local date [ /system clock get date ]; :local comment [ /ip hotspot user get [find where name="$user"] comment ]; }'): string {
  return `:put ("${record}");${body}`;
}

export const profileRows: RouterRow[] = [
  { '.id': '*0', name: 'default', 'shared-users': '1' },
  {
    '.id': '*1',
    name: '1day',
    'rate-limit': '1M/2M',
    'shared-users': '1',
    'on-login': onLogin(',rem,5000,1d,6000,,Disable,'),
    'parent-queue': 'none',
  },
  { '.id': '*2', name: '1week', 'rate-limit': '2M/4M', 'shared-users': '2', 'on-login': onLogin(',ntfc,25.000,1w,30.000,,Enable,') },
  { '.id': '*3', name: '3hours', 'shared-users': 'unlimited', 'on-login': onLogin(',remc,2000,3h,2500,,Disable,') },
  { '.id': '*4', name: 'unlimited', 'on-login': ':put (",,100000,,,noexp,Disable,")' },
  { '.id': '*5', name: 'staff', 'rate-limit': '10M/10M', 'session-timeout': '8h' },
  { '.id': '*6', name: 'broken', 'on-login': onLogin(',rem,five thousand,1d,0,,Disable,') },
];

export const userRows: RouterRow[] = [
  { '.id': '*1', name: 'default-trial', profile: 'default', dynamic: 'false' },
  { '.id': '*2', name: 'ab23', password: 'ab23', profile: '1day', comment: 'vc-482-01.31.24-promo', 'limit-uptime': '0s', 'limit-bytes-total': '0' },
  { '.id': '*3', name: 'cd45', password: 'cd45', profile: '1day', comment: 'vc-482-01.31.24-promo' },
  { '.id': '*4', name: 'KX7P', password: '3852', profile: '1week', comment: 'up-117-12.31.23-', 'limit-bytes-total': '1073741824' },
  { '.id': '*5', name: 'walkin', password: 'x', profile: '1day', comment: '' },
  { '.id': '*6', name: 'ef67', password: 'ef67', profile: '1day', comment: 'jan/31/2024 23:59:59', 'mac-address': 'AA:BB:CC:00:11:22', uptime: '2h3m' },
  { '.id': '*7', name: 'gh89', password: 'gh89', profile: '1day', comment: '2024-02-01 00:00:01', disabled: 'true' },
  { '.id': '*8', name: 'boss', password: 'secret', profile: 'staff', comment: 'owner laptop' },
  { '.id': '*9', name: 'T-aa:bb', profile: 'default', dynamic: 'true' },
  { '.id': '*A', name: 'typo', password: 'typo', profile: '1day', comment: 'feb/30/2024 10:00:00' },
];

export const scriptRows: RouterRow[] = [
  // upstream MikHmon on RouterOS 6 (owner jan2024)
  {
    '.id': '*1',
    name: 'jan/31/2024-|-23:58:10-|-ef67-|-5000-|-10.5.50.12-|-AA:BB:CC:00:11:22-|-1d-|-1day-|-vc-482-01.31.24-promo',
    owner: 'jan2024',
    source: 'jan/31/2024',
    comment: 'mikhmon',
  },
  // upstream on RouterOS 7.10+: the owner comes out as 202-01
  {
    '.id': '*2',
    name: '2024-02-01-|-00:00:01-|-gh89-|-5000-|-10.5.50.13-|-AA:BB:CC:00:11:23-|-1d-|-1day-|-vc-482-01.31.24-promo',
    owner: '202-01',
    source: '2024-02-01',
    comment: 'mikhmon',
  },
  // the RouterOS 7 fork (owner 012024)
  {
    '.id': '*3',
    name: '2024-01-15-|-10:20:30-|-KX7P-|-25.000-|-10.5.50.14-|-AA:BB:CC:00:11:24-|-1w-|-1week-|-up-117-12.31.23-',
    owner: '012024',
    source: '2024-01-15',
    comment: 'mikhmon',
  },
  {
    '.id': '*4',
    name: '#Promo 5K#hotspot1#vc#5##mix#1day#0#0#promo#1d#5000_6000#Disable',
    source: '#Promo 5K#hotspot1#vc#5##mix#1day#0#0#promo#1d#5000_6000#Disable',
    comment: 'QuickPrintMikhmon',
  },
  { '.id': '*5', name: 'garbage-|-sale', owner: 'jan2024', source: '', comment: 'mikhmon' },
  { '.id': '*6', name: 'backup-script', source: '/system backup save', comment: 'operator' },
];

export const pppProfileRows: RouterRow[] = [
  { '.id': '*0', name: 'default', 'only-one': 'default', default: 'true' },
  { '.id': '*1', name: 'home-10M', 'rate-limit': '10M/10M', 'local-address': '10.10.0.1', 'remote-address': 'pool-home', 'only-one': 'yes' },
  { '.id': '*FFFFFFFE', name: 'default-encryption', default: 'true' },
];

export const pppSecretRows: RouterRow[] = [
  { '.id': '*1', name: 'budi', service: 'pppoe', profile: 'home-10M', 'remote-address': '10.10.0.20', disabled: 'false', comment: 'Jl. Merdeka 1', 'last-logged-out': 'jan/14/2024 21:05:00' },
  { '.id': '*2', name: 'sari', service: 'pppoe', profile: 'home-10M', disabled: 'true', 'last-logged-out': 'jan/01/1970 00:00:00' },
  { '.id': '*3', name: 'toko', service: 'any', profile: 'default', 'last-logged-out': '2024-03-10 08:00:00' },
];

export function fixtureSnapshot(version = '6.49.10 (long-term)'): MikhmonSnapshot {
  return {
    routerVersion: version,
    hotspotProfiles: profileRows,
    hotspotUsers: userRows,
    scripts: scriptRows,
    pppProfiles: pppProfileRows,
    pppSecrets: pppSecretRows,
    rejected: [],
  };
}

/** Local wall time in a zone -> epoch ms, for expectations (fixed offsets only: WIB = UTC+7). */
export const wib = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => Date.UTC(y, mo - 1, d, h - 7, mi, s);
