import { describe, expect, it } from 'vitest';
import { buildImportPreview, type ImportPreview, type RouterRow } from '../../src-main/routers/mikhmon';
import { fixtureSnapshot, wib } from './fixtures';

const OPTIONS = { currencyExponent: 0, timeZone: 'Asia/Jakarta', routerId: 'r-1' };
const DAY = 86_400_000;

function build(version?: string): ImportPreview {
  return buildImportPreview(fixtureSnapshot(version), OPTIONS);
}

describe('buildImportPreview on a MikHmon router', () => {
  it('imports profiles with and without MikHmon metadata', () => {
    const { profiles, problems } = build();
    expect(profiles.map((p) => p.name)).toEqual(['default', '1day', '1week', '3hours', 'unlimited', 'staff', 'broken']);
    expect(profiles.find((p) => p.name === '1day')).toEqual({
      naturalKey: 'mikhmon:r-1:hotspot-profile:1day',
      routerItemId: '*1',
      name: '1day',
      rateLimit: '1M/2M',
      sharedUsers: 1,
      sessionTimeoutMs: null,
      addressPool: null,
      parentQueue: null,
      mikhmon: { mode: 'rem', priceMinor: 5000, sellingPriceMinor: 6000, validityMs: DAY, validityText: '1d', macLock: false },
    });
    expect(profiles.find((p) => p.name === '1week')?.mikhmon).toMatchObject({ mode: 'ntfc', priceMinor: 25000, sellingPriceMinor: 30000, macLock: true });
    expect(profiles.find((p) => p.name === '3hours')).toMatchObject({ sharedUsers: 'unlimited', mikhmon: { mode: 'remc' } });
    expect(profiles.find((p) => p.name === 'unlimited')?.mikhmon).toMatchObject({ mode: '0', validityMs: null, priceMinor: 100000 });
    expect(profiles.find((p) => p.name === 'staff')).toMatchObject({ mikhmon: null, rateLimit: '10M/10M', sessionTimeoutMs: 8 * 3_600_000 });
    // broken metadata: the profile stays (users reference it), the problem is reported as partial
    expect(profiles.find((p) => p.name === 'broken')?.mikhmon).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({ menu: '/ip/hotspot/user/profile', rowId: '*6', name: 'broken', outcome: 'partial', reason: expect.stringMatching(/price/) }));
  });

  it('groups unused vouchers by batch comment', () => {
    const { voucherBatches } = build();
    expect(voucherBatches.map((b) => [b.comment, b.vouchers.map((v) => v.name)])).toEqual([
      ['vc-482-01.31.24-promo', ['ab23', 'cd45']],
      ['up-117-12.31.23-', ['KX7P']],
      ['', ['walkin']],
    ]);
    const promo = voucherBatches[0];
    expect(promo?.info).toEqual({ userMode: 'vc', code: '482', generatedOn: { year: 2024, month: 1, day: 31 }, note: 'promo' });
    expect(promo?.profiles).toEqual(['1day']);
    expect(promo?.naturalKey).toBe('mikhmon:r-1:voucher-batch:vc-482-01.31.24-promo');
    expect(promo?.vouchers[0]).toEqual({
      naturalKey: 'mikhmon:r-1:hotspot-user:ab23',
      routerItemId: '*2',
      name: 'ab23',
      password: 'ab23',
      profile: '1day',
      server: 'all',
      limitUptimeMs: null,
      limitBytesTotal: null,
      disabled: false,
    });
    expect(voucherBatches[1]?.vouchers[0]).toMatchObject({ name: 'KX7P', password: '3852', limitBytesTotal: 1073741824 });
  });

  it('reads used vouchers with their expiry in both date formats', () => {
    const { usedVouchers } = build();
    expect(usedVouchers).toEqual([
      {
        naturalKey: 'mikhmon:r-1:hotspot-user:ef67',
        routerItemId: '*6',
        name: 'ef67',
        password: 'ef67',
        profile: '1day',
        server: 'all',
        expiresAtMs: wib(2024, 1, 31, 23, 59, 59),
        expiryText: 'jan/31/2024 23:59:59',
        macAddress: 'AA:BB:CC:00:11:22',
        uptimeMs: 2 * 3_600_000 + 3 * 60_000,
        disabled: false,
      },
      expect.objectContaining({ name: 'gh89', expiresAtMs: wib(2024, 2, 1, 0, 0, 1), disabled: true }),
    ]);
  });

  it('reports operator users, leaves out default-trial and dynamic users, and flags bad expiries', () => {
    const { otherUsers, skipped, problems } = build();
    expect(otherUsers).toEqual([{ routerItemId: '*8', name: 'boss', profile: 'staff', comment: 'owner laptop' }]);
    expect(skipped.filter((s) => s.menu === '/ip/hotspot/user').map((s) => s.name)).toEqual(['default-trial', 'T-aa:bb']);
    expect(problems).toContainEqual(expect.objectContaining({ menu: '/ip/hotspot/user', name: 'typo', outcome: 'skipped', reason: expect.stringMatching(/expiry date/) }));
  });

  it('reads sales in every owner and date format', () => {
    const { sales, problems } = build();
    expect(sales.map((s) => [s.user, s.ownerFormat, s.soldAtMs, s.priceMinor])).toEqual([
      ['ef67', 'mon-yyyy', wib(2024, 1, 31, 23, 58, 10), 5000],
      ['gh89', 'broken-7.10', wib(2024, 2, 1, 0, 0, 1), 5000],
      ['KX7P', 'mm-yyyy', wib(2024, 1, 15, 10, 20, 30), 25000],
    ]);
    expect(sales[0]).toMatchObject({
      naturalKey: `mikhmon:r-1:sale:${sales[0]?.scriptName ?? ''}`,
      profile: '1day',
      comment: 'vc-482-01.31.24-promo',
      address: '10.5.50.12',
      macAddress: 'AA:BB:CC:00:11:22',
      validityMs: DAY,
      soldAtText: 'jan/31/2024 23:58:10',
    });
    expect(problems).toContainEqual(expect.objectContaining({ menu: '/system/script', rowId: '*5', outcome: 'skipped' }));
    // the broken owner matches its date (202 = 2024's first digits, 01 = the day): no problem for it
    expect(problems.filter((p) => p.rowId === '*2' && p.menu === '/system/script')).toEqual([]);
  });

  it('reads quick-print packages and leaves other scripts out', () => {
    const { quickPrintPackages, skipped } = build();
    expect(quickPrintPackages).toEqual([
      expect.objectContaining({ naturalKey: 'mikhmon:r-1:quick-print:#Promo 5K#hotspot1#vc#5##mix#1day#0#0#promo#1d#5000_6000#Disable', packageName: 'Promo 5K', profile: '1day', priceMinor: 5000, sellingPriceMinor: 6000 }),
    ]);
    expect(skipped).toContainEqual(expect.objectContaining({ menu: '/system/script', name: 'backup-script' }));
  });

  it('reads PPP profiles and secrets as subscribers-to-be', () => {
    const { pppProfiles, pppSecrets } = build();
    expect(pppProfiles.map((p) => [p.name, p.builtin])).toEqual([['default', true], ['home-10M', false], ['default-encryption', true]]);
    expect(pppProfiles[1]).toMatchObject({ rateLimit: '10M/10M', localAddress: '10.10.0.1', remoteAddress: 'pool-home', onlyOne: 'yes' });
    expect(pppSecrets).toEqual([
      { naturalKey: 'mikhmon:r-1:ppp-secret:budi', routerItemId: '*1', name: 'budi', service: 'pppoe', profile: 'home-10M', remoteAddress: '10.10.0.20', disabled: false, comment: 'Jl. Merdeka 1', lastLoggedOutMs: wib(2024, 1, 14, 21, 5, 0) },
      expect.objectContaining({ name: 'sari', disabled: true, lastLoggedOutMs: null, remoteAddress: null }),
      expect.objectContaining({ name: 'toko', lastLoggedOutMs: wib(2024, 3, 10, 8, 0, 0) }),
    ]);
  });

  it('accounts for every row: preview, skipped or problem', () => {
    const preview = build();
    const users = preview.voucherBatches.flatMap((b) => b.vouchers).length + preview.usedVouchers.length + preview.otherUsers.length;
    const skippedUsers = preview.skipped.filter((s) => s.menu === '/ip/hotspot/user').length;
    const problemUsers = preview.problems.filter((p) => p.menu === '/ip/hotspot/user' && p.outcome === 'skipped').length;
    expect(users + skippedUsers + problemUsers).toBe(fixtureSnapshot().hotspotUsers.length);
  });

  it('is deterministic: same snapshot, same keys (so a second import finds the first)', () => {
    const keys = (p: ImportPreview): string[] => [
      ...p.profiles.map((x) => x.naturalKey),
      ...p.voucherBatches.flatMap((b) => [b.naturalKey, ...b.vouchers.map((v) => v.naturalKey)]),
      ...p.usedVouchers.map((x) => x.naturalKey),
      ...p.sales.map((x) => x.naturalKey),
      ...p.quickPrintPackages.map((x) => x.naturalKey),
      ...p.pppProfiles.map((x) => x.naturalKey),
      ...p.pppSecrets.map((x) => x.naturalKey),
    ];
    const first = keys(build());
    expect(keys(build())).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    const otherRouter = buildImportPreview(fixtureSnapshot(), { ...OPTIONS, routerId: 'r:2' });
    expect(otherRouter.profiles[0]?.naturalKey).toBe('mikhmon:r%3A2:hotspot-profile:default');
  });

  it('tells the router date style from the version', () => {
    expect(build('6.49.10 (long-term)').router).toEqual({ version: '6.49.10 (long-term)', isoDates: false });
    expect(build('7.9').router.isoDates).toBe(false);
    expect(build('7.10').router.isoDates).toBe(true);
    expect(buildImportPreview(fixtureSnapshot('7.16.2 (stable)'), OPTIONS).router.isoDates).toBe(true);
    expect(buildImportPreview(fixtureSnapshot('7.16.2 (stable)'), { ...OPTIONS, routerVersion: '6.48' }).router.isoDates).toBe(false);
  });

  it('reads the same snapshot in another zone and currency', () => {
    const preview = buildImportPreview(fixtureSnapshot(), { currencyExponent: 2, timeZone: 'UTC' });
    expect(preview.sales[0]).toMatchObject({ soldAtMs: Date.UTC(2024, 0, 31, 23, 58, 10), priceMinor: 500000 });
    expect(preview.profiles[0]?.naturalKey).toBe('mikhmon::hotspot-profile:default');
  });

  it('reports rows the reader rejected and rows that fail validation', () => {
    const hotspotProfiles: RouterRow[] = [{ '.id': '4', name: 'position-not-id' }, { '.id': '*9', name: '' }, { '.id': '*A', name: 'x', 'rate-limit': 5 as unknown as string }];
    const snapshot = {
      ...fixtureSnapshot(),
      hotspotProfiles,
      rejected: [{ menu: '/ppp/secret' as const, index: 3, rowId: null, reason: 'name is empty' }],
    };
    const { profiles, problems } = buildImportPreview(snapshot, OPTIONS);
    expect(profiles).toEqual([]);
    expect(problems.filter((p) => p.menu === '/ip/hotspot/user/profile').map((p) => p.reason)).toEqual([
      expect.stringMatching(/\.id is not a RouterOS id/),
      expect.stringMatching(/name is empty/),
      expect.stringMatching(/rate-limit/),
    ]);
    expect(problems).toContainEqual({ menu: '/ppp/secret', rowId: null, name: null, reason: 'name is empty', outcome: 'skipped' });
  });

  it('drops a second row with the same name, keeping natural keys unique', () => {
    const snapshot = { ...fixtureSnapshot(), pppSecrets: [{ '.id': '*1', name: 'budi' }, { '.id': '*2', name: 'budi' }] };
    const preview = buildImportPreview(snapshot, OPTIONS);
    expect(preview.pppSecrets).toHaveLength(1);
    expect(preview.problems).toContainEqual(expect.objectContaining({ menu: '/ppp/secret', rowId: '*2', reason: expect.stringMatching(/same name/) }));
  });

  it('throws only for bad options', () => {
    expect(() => buildImportPreview(fixtureSnapshot(), { currencyExponent: 0, timeZone: 'Nowhere/Land' })).toThrow(RangeError);
    expect(() => buildImportPreview(fixtureSnapshot(), { currencyExponent: 1.5, timeZone: 'UTC' })).toThrow(RangeError);
  });
});
