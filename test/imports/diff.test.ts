// New-versus-existing, without a db: the pure diff the preview and the apply share.
import { describe, expect, it } from 'vitest';
import { diffImport, type ExistingItems } from '../../src-main/imports/diff';
import { buildImportPreview } from '../../src-main/routers/mikhmon';
import { fixtureSnapshot } from '../mikhmon/fixtures';

const preview = buildImportPreview(fixtureSnapshot(), { currencyExponent: 0, timeZone: 'Asia/Jakarta', routerId: 'r1' });
const key = (kind: string, name: string): string => `mikhmon:r1:${kind}:${name}`;

function existing(partial: Partial<ExistingItems> = {}): ExistingItems {
  return {
    planKeys: new Set(),
    batchKeys: new Set(),
    saleKeys: new Set(),
    pppProfileKeys: new Set(),
    pppSecretKeys: new Set(),
    plansByProfile: new Map(),
    vouchersByCode: new Map(),
    ...partial,
  };
}

describe('diffImport', () => {
  it('an empty db makes everything new, and counts add up to the preview', () => {
    const diff = diffImport(preview, existing());
    expect(diff.counts.profiles).toEqual({ total: preview.profiles.length, new: preview.profiles.length, imported: 0, update: 0, conflict: 0 });
    const unused = preview.voucherBatches.reduce((n, b) => n + b.vouchers.length, 0);
    expect(diff.counts.unusedVouchers.total).toBe(unused);
    expect(diff.counts.usedVouchers.new).toBe(preview.usedVouchers.length);
    expect(diff.counts.sales.new).toBe(preview.sales.length);
    expect(diff.counts.pppSecrets.new).toBe(preview.pppSecrets.length);
    expect([...diff.profiles, ...diff.usedVouchers, ...diff.sales, ...diff.batches].every((d) => d.state === 'new')).toBe(true);
  });

  it('finds what exists by natural key', () => {
    const diff = diffImport(
      preview,
      existing({
        planKeys: new Set([key('hotspot-profile', '1day')]),
        batchKeys: new Set([key('voucher-batch', 'vc-482-01.31.24-promo')]),
        saleKeys: new Set([preview.sales[0]!.naturalKey]),
        pppProfileKeys: new Set([key('ppp-profile', 'home-10M')]),
        pppSecretKeys: new Set(preview.pppSecrets.map((s) => s.naturalKey)),
        plansByProfile: new Map([['1day', key('hotspot-profile', '1day')]]),
        vouchersByCode: new Map([['ab23', { naturalKey: key('hotspot-user', 'ab23'), status: 'on_router' }]]),
      }),
    );
    expect(diff.profiles.find((p) => p.item.name === '1day')?.state).toBe('imported');
    expect(diff.profiles.find((p) => p.item.name === '1week')?.state).toBe('new');
    const promo = diff.batches.find((b) => b.item.comment === 'vc-482-01.31.24-promo');
    expect(promo?.state).toBe('imported');
    expect(promo?.vouchers.map((v) => [v.item.name, v.state])).toEqual([
      ['ab23', 'imported'],
      ['cd45', 'new'],
    ]);
    expect(diff.sales.map((s) => s.state)).toEqual(['imported', ...Array<string>(preview.sales.length - 1).fill('new')]);
    expect(diff.pppProfiles.find((p) => p.item.name === 'home-10M')?.state).toBe('imported');
    expect(diff.counts.pppSecrets).toMatchObject({ new: 0, imported: preview.pppSecrets.length });
  });

  it('a voucher imported unused and now used is an update; used stays imported; no downgrade', () => {
    const ef = key('hotspot-user', 'ef67');
    const gh = key('hotspot-user', 'gh89');
    const ab = key('hotspot-user', 'ab23');
    const diff = diffImport(
      preview,
      existing({
        vouchersByCode: new Map([
          ['ef67', { naturalKey: ef, status: 'on_router' }],
          ['gh89', { naturalKey: gh, status: 'expired' }],
          ['ab23', { naturalKey: ab, status: 'used' }],
        ]),
      }),
    );
    expect(diff.usedVouchers.map((u) => [u.item.name, u.state])).toEqual([
      ['ef67', 'update'],
      ['gh89', 'imported'],
    ]);
    expect(diff.batches.flatMap((b) => b.vouchers).find((v) => v.item.name === 'ab23')?.state).toBe('imported');
    expect(diff.counts.usedVouchers).toMatchObject({ update: 1, imported: 1, new: 0 });
  });

  it('the app’s own plan on a profile, or its own voucher with the same code, is a conflict left alone', () => {
    const diff = diffImport(
      preview,
      existing({
        plansByProfile: new Map([['1week', null]]),
        vouchersByCode: new Map([
          ['cd45', { naturalKey: null, status: 'printed' }],
          ['ef67', { naturalKey: 'mikhmon:other-router:hotspot-user:ef67', status: 'on_router' }],
        ]),
      }),
    );
    expect(diff.profiles.find((p) => p.item.name === '1week')?.state).toBe('conflict');
    expect(diff.batches.flatMap((b) => b.vouchers).find((v) => v.item.name === 'cd45')?.state).toBe('conflict');
    expect(diff.usedVouchers.find((u) => u.item.name === 'ef67')?.state).toBe('conflict');
    expect(diff.counts.profiles.conflict).toBe(1);
    expect(diff.counts.unusedVouchers.conflict).toBe(1);
  });
});
