// End to end over the wire: seed a simulated router the way MikHmon leaves it, read it with the
// RouterOS client and check the preview holds exactly what was seeded, on a pre-7.10 and a 7.10+ router.
import { afterEach, describe, expect, it } from 'vitest';
import { RouterConnection } from '../../src-main/routers/client';
import { buildImportPreview, readMikhmonSnapshot } from '../../src-main/routers/mikhmon';
import { startRouterSim, type RouterSim } from '../router-sim';
import { mikhmonOnLogin, routerDate } from './mikhmon-emulator';

const START = Date.UTC(2026, 0, 15, 10, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const open: Array<{ close(): void | Promise<void> }> = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

const onLogin = (record: string): string => `:put ("${record}"); {:local comment [ /ip hotspot user get [find where name="$user"] comment ]; }`;

async function seed(sim: RouterSim, iso: boolean): Promise<RouterConnection> {
  const conn = await RouterConnection.open({ host: sim.host, port: sim.port, username: 'admin', password: 'admin' });
  open.push(conn);
  const add = async (menu: string, attributes: Record<string, string>): Promise<void> => {
    await conn.command({ command: `${menu}/add`, attributes });
  };

  await add('/ip/hotspot/user/profile', { name: '1day', 'rate-limit': '1M/2M', 'shared-users': '1', 'on-login': onLogin(',rem,5000,1d,6000,,Disable,') });
  await add('/ip/hotspot/user/profile', { name: '3hours', 'shared-users': '2', 'on-login': onLogin(',remc,2000,3h,2500,,Enable,') });
  await add('/ip/hotspot/user/profile', { name: 'monthly', 'on-login': ':put (",,150000,,,noexp,Disable,")' });
  await add('/ip/hotspot/user/profile', { name: 'staff', 'rate-limit': '10M/10M', 'session-timeout': '8h' });

  await add('/ip/hotspot/user', { name: 'default-trial', profile: 'default' });
  for (const name of ['ab23', 'cd45', 'ef67']) {
    await add('/ip/hotspot/user', { name, password: name, profile: '1day', comment: 'vc-482-01.14.26-promo' });
  }
  await add('/ip/hotspot/user', { name: '00123', password: '0123', profile: '3hours', comment: 'up-117-01.15.26-', 'limit-bytes-total': '1073741824' });
  await add('/ip/hotspot/user', { name: 'KX7P', password: '3852', profile: '3hours', comment: 'up-117-01.15.26-' });
  await add('/ip/hotspot/user', { name: 'walkin', password: 'w', profile: '1day', 'limit-uptime': '1h' });
  await add('/ip/hotspot/user', { name: 'boss', password: 'secret', profile: 'staff', comment: 'owner laptop', disabled: 'yes' });

  // History from before this router's current firmware: both owner styles and both date styles.
  await add('/system/script', {
    name: 'dec/31/2025-|-23:59:00-|-old1-|-5000-|-10.5.50.2-|-AA:00:00:00:00:01-|-1d-|-1day-|-vc-100-12.30.25-',
    owner: 'dec2025',
    source: 'dec/31/2025',
    comment: 'mikhmon',
  });
  await add('/system/script', {
    name: '2026-01-01-|-00:00:30-|-old2-|-2000-|-10.5.50.3-|-AA:00:00:00:00:02-|-3h-|-3hours-|-up-101-12.31.25-',
    owner: '012026',
    source: '2026-01-01',
    comment: 'mikhmon',
  });
  await add('/system/script', { name: 'Promo', source: '#Promo#all#vc#5##mix#1day#0#0#promo#1d#5000_6000#Disable', comment: 'QuickPrintMikhmon' });
  await add('/system/script', { name: 'backup', source: '/system backup save name=daily' });

  await add('/ppp/profile', { name: 'home-10M', 'rate-limit': '10M/10M', 'local-address': '10.10.0.1', 'remote-address': '10.10.0.0/24' });
  await add('/ppp/secret', { name: 'budi', password: 'pw', service: 'pppoe', profile: 'home-10M', 'remote-address': '10.10.0.20', comment: 'Jl. Merdeka 1' });
  await add('/ppp/secret', { name: 'sari', password: 'pw', service: 'pppoe', profile: 'home-10M', disabled: 'yes' });

  // First logins run MikHmon's on-login (emulated): expiry comments and, for 3hours, a sales record.
  sim.setScriptRunner(mikhmonOnLogin(iso));
  sim.loginHotspotUser('ef67', { address: '10.5.50.12', macAddress: 'AA:BB:CC:00:11:22' });
  sim.advanceClock(90_000);
  sim.loginHotspotUser('KX7P', { address: '10.5.50.13', macAddress: 'AA:BB:CC:00:11:23' });
  sim.loginPppUser('budi', { address: '10.10.0.20', callerId: 'AA:BB:CC:00:00:99' });
  sim.advanceClock(30_000);
  sim.logoutPppUser('budi');
  return conn;
}

describe.each([
  ['6.49.10', false],
  ['7.16.2', true],
])('MikHmon import from RouterOS %s', (version, iso) => {
  it('previews exactly what was seeded', async () => {
    const sim = await startRouterSim({ version, startTimeMs: START });
    open.push(sim);
    const conn = await seed(sim, iso);

    const snapshot = await readMikhmonSnapshot(conn);
    expect(snapshot.rejected).toEqual([]);
    const preview = buildImportPreview(snapshot, { currencyExponent: 0, timeZone: 'UTC', routerId: 'sim' });

    expect(preview.router).toEqual({ version: `${version} (stable)`, isoDates: iso });
    expect(preview.problems).toEqual([]);

    expect(preview.profiles.map((p) => [p.name, p.mikhmon?.mode ?? null, p.mikhmon?.priceMinor ?? null, p.mikhmon?.validityMs ?? null, p.mikhmon?.macLock ?? null])).toEqual([
      ['default', null, null, null, null],
      ['1day', 'rem', 5000, DAY, false],
      ['3hours', 'remc', 2000, 3 * HOUR, true],
      ['monthly', '0', 150000, null, false],
      ['staff', null, null, null, null],
    ]);
    expect(preview.profiles.find((p) => p.name === 'staff')).toMatchObject({ rateLimit: '10M/10M', sessionTimeoutMs: 8 * HOUR });

    expect(preview.voucherBatches.map((b) => [b.comment, b.info?.userMode ?? null, b.vouchers.map((v) => [v.name, v.password])])).toEqual([
      ['vc-482-01.14.26-promo', 'vc', [['ab23', 'ab23'], ['cd45', 'cd45']]],
      ['up-117-01.15.26-', 'up', [['00123', '0123']]],
      ['', null, [['walkin', 'w']]],
    ]);
    expect(preview.voucherBatches[1]?.vouchers[0]).toMatchObject({ limitBytesTotal: 1073741824, profile: '3hours' });
    expect(preview.voucherBatches[2]?.vouchers[0]).toMatchObject({ limitUptimeMs: HOUR });

    const loginKx = START + 90_000;
    expect(preview.usedVouchers.map((u) => [u.name, u.expiresAtMs, u.expiryText.includes('/') ? 'legacy' : 'iso'])).toEqual([
      ['ef67', START + DAY, iso ? 'iso' : 'legacy'],
      ['KX7P', loginKx + 3 * HOUR, iso ? 'iso' : 'legacy'],
    ]);
    expect(preview.otherUsers).toEqual([expect.objectContaining({ name: 'boss', comment: 'owner laptop' })]);
    // The operator's own script is never fetched: the reader asks only for MikHmon's comments.
    expect(snapshot.scripts.map((s) => s.name)).not.toContain('backup');
    expect(preview.skipped.map((s) => s.name)).toEqual(['default-trial']);

    expect(preview.sales.map((s) => [s.user, s.soldAtMs, s.priceMinor, s.profile, s.ownerFormat, s.comment])).toEqual([
      ['old1', Date.UTC(2025, 11, 31, 23, 59, 0), 5000, '1day', 'mon-yyyy', 'vc-100-12.30.25-'],
      ['old2', Date.UTC(2026, 0, 1, 0, 0, 30), 2000, '3hours', 'mm-yyyy', 'up-101-12.31.25-'],
      ['KX7P', loginKx, 2000, '3hours', iso ? 'broken-7.10' : 'mon-yyyy', 'up-117-01.15.26-'],
    ]);
    expect(preview.sales[2]).toMatchObject({ address: '10.5.50.13', macAddress: 'AA:BB:CC:00:11:23', validityMs: 3 * HOUR, owner: iso ? '202-15' : 'jan2026' });
    expect(preview.sales[2]?.soldAtText.startsWith(routerDate(loginKx, iso))).toBe(true);

    expect(preview.quickPrintPackages).toEqual([expect.objectContaining({ scriptName: 'Promo', packageName: 'Promo', priceMinor: 5000, sellingPriceMinor: 6000 })]);

    expect(preview.pppProfiles.map((p) => [p.name, p.builtin])).toEqual([['default', true], ['home-10M', false], ['default-encryption', true]]);
    expect(preview.pppProfiles[1]).toMatchObject({ rateLimit: '10M/10M', localAddress: '10.10.0.1', remoteAddress: '10.10.0.0/24' });
    expect(preview.pppSecrets).toEqual([
      { naturalKey: 'mikhmon:sim:ppp-secret:budi', routerItemId: expect.stringMatching(/^\*/), name: 'budi', service: 'pppoe', profile: 'home-10M', remoteAddress: '10.10.0.20', disabled: false, comment: 'Jl. Merdeka 1', lastLoggedOutMs: START + 120_000 },
      expect.objectContaining({ name: 'sari', disabled: true, lastLoggedOutMs: null }),
    ]);

    // A second read of an unchanged router yields the same natural keys: importing twice adds nothing.
    const again = buildImportPreview(await readMikhmonSnapshot(conn), { currencyExponent: 0, timeZone: 'UTC', routerId: 'sim' });
    expect(again).toEqual(preview);

    // Every print asked for a .proplist.
    const prints = sim.commandLog().filter((c) => c.words[0]?.endsWith('/print'));
    expect(prints.length).toBeGreaterThanOrEqual(12);
    for (const print of prints) expect(print.words.some((w) => w.startsWith('=.proplist=')), print.words[0]).toBe(true);
  });
});
