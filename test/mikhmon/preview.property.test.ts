// Random and half-valid router rows: the preview never throws, and every row is accounted for
// exactly once (in the preview, in `skipped`, or as a `skipped` problem).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildImportPreview, type ImportPreview, type MikhmonSnapshot, type SnapshotMenu } from '../../src-main/routers/mikhmon';
import { fixtureSnapshot } from './fixtures';

const FIELDS = [
  '.id', 'name', 'password', 'profile', 'server', 'comment', 'disabled', 'dynamic', 'uptime', 'limit-uptime', 'limit-bytes-total',
  'mac-address', 'on-login', 'rate-limit', 'shared-users', 'session-timeout', 'owner', 'source', 'service', 'remote-address',
  'last-logged-out', 'default', 'only-one', 'local-address', 'address-pool', 'parent-queue',
];

/** Fragments that steer random text into the interesting branches of every parser. */
const FRAGMENTS = [
  '', '*1', '*A', '*FFFFFFFE', 'default-trial', 'true', 'false', 'yes', 'mikhmon', 'QuickPrintMikhmon', 'vc-', 'up-',
  'vc-123-01.31.24-x', 'jan/31/2024 23:59:59', '2024-02-29 00:00:00', 'feb/30/2024 10:00:00', '2024-13-01', '-|-', '#', '_',
  ':put (",rem,5000,1d,6000,,Disable,");', ':put (",', ',noexp,', '1d', '2d09:29:51', '00:30:00', '5.000', '5,000', '12.50',
  'jan2024', '012024', '202-15', 'unlimited', 'none', 'Enable', 'Disable', '0', '99999999999999999999', 'ΩΩ', '\u0000', '"',
];

const text = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const validishId = fc.oneof(fc.nat({ max: 0xfff }).map((n) => `*${n.toString(16).toUpperCase()}`), text);

const row = fc
  .record(
    {
      id: validishId,
      name: text,
      extra: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), text, { maxKeys: 10 }),
    },
    { requiredKeys: [] },
  )
  .map(({ id, name, extra }) => ({ ...extra, ...(id === undefined ? {} : { '.id': id }), ...(name === undefined ? {} : { name }) }));

/** Rows that are not even string records (a tampered snapshot file). */
const hostile = fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.record({ '.id': fc.integer(), name: fc.boolean() }));

const rows = fc.array(fc.oneof({ weight: 9, arbitrary: row }, { weight: 1, arbitrary: hostile }), { maxLength: 25 });

const snapshot = fc.record({
  routerVersion: fc.oneof(fc.constantFrom('6.49.10 (long-term)', '7.9', '7.16.2 (stable)'), text),
  hotspotProfiles: rows,
  hotspotUsers: rows,
  scripts: rows,
  pppProfiles: rows,
  pppSecrets: rows,
  rejected: fc.constant([]),
}) as unknown as fc.Arbitrary<MikhmonSnapshot>;

function accounted(preview: ImportPreview, menu: SnapshotMenu): number {
  const inPreview: Record<SnapshotMenu, number> = {
    '/ip/hotspot/user/profile': preview.profiles.length,
    '/ip/hotspot/user':
      preview.voucherBatches.reduce((n, b) => n + b.vouchers.length, 0) + preview.usedVouchers.length + preview.otherUsers.length,
    '/system/script': preview.sales.length + preview.quickPrintPackages.length,
    '/ppp/profile': preview.pppProfiles.length,
    '/ppp/secret': preview.pppSecrets.length,
  };
  const skipped = preview.skipped.filter((s) => s.menu === menu).length;
  const problems = preview.problems.filter((p) => p.menu === menu && p.outcome === 'skipped').length;
  return inPreview[menu] + skipped + problems;
}

const MENUS: Array<[SnapshotMenu, keyof MikhmonSnapshot]> = [
  ['/ip/hotspot/user/profile', 'hotspotProfiles'],
  ['/ip/hotspot/user', 'hotspotUsers'],
  ['/system/script', 'scripts'],
  ['/ppp/profile', 'pppProfiles'],
  ['/ppp/secret', 'pppSecrets'],
];

function numbersAreSafe(preview: ImportPreview): boolean {
  const values: Array<number | null> = [
    ...preview.profiles.flatMap((p) => [p.sessionTimeoutMs, p.mikhmon?.priceMinor ?? null, p.mikhmon?.validityMs ?? null]),
    ...preview.usedVouchers.map((v) => v.expiresAtMs),
    ...preview.sales.flatMap((s) => [s.soldAtMs, s.priceMinor]),
    ...preview.pppSecrets.map((s) => s.lastLoggedOutMs),
  ];
  return values.every((v) => v === null || Number.isSafeInteger(v));
}

describe('buildImportPreview on random rows', () => {
  it('never throws and accounts for every row', () => {
    fc.assert(
      fc.property(snapshot, fc.constantFrom(0, 2, 3), fc.constantFrom('Asia/Jakarta', 'UTC', 'Europe/Berlin'), (snap, exponent, timeZone) => {
        const preview = buildImportPreview(snap, { currencyExponent: exponent, timeZone, routerId: 'r' });
        for (const [menu, field] of MENUS) {
          expect(accounted(preview, menu), menu).toBe((snap[field] as unknown[]).length);
        }
        const keys = [
          ...preview.profiles, ...preview.usedVouchers, ...preview.sales, ...preview.quickPrintPackages,
          ...preview.pppProfiles, ...preview.pppSecrets, ...preview.voucherBatches.flatMap((b) => b.vouchers),
        ].map((item) => item.naturalKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(numbersAreSafe(preview)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('mutating one field of a real row never throws and keeps the count', () => {
    const base = fixtureSnapshot();
    fc.assert(
      fc.property(fc.constantFrom(...MENUS), fc.nat(), fc.constantFrom(...FIELDS), text, ([menu, field], index, key, value) => {
        const list = [...(base[field] as Array<Record<string, string>>)];
        const at = index % list.length;
        list[at] = { ...list[at], [key]: value };
        const snap = { ...base, [field]: list };
        const preview = buildImportPreview(snap, { currencyExponent: 0, timeZone: 'Asia/Jakarta' });
        expect(accounted(preview, menu)).toBe(list.length);
      }),
      { numRuns: 400 },
    );
  });
});
