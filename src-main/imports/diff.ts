/**
 * New-versus-existing: which items of a MikHmon import preview are already in the db. Pure: the
 * store reads what exists (`ExistingItems`) and this decides, so it is unit-tested without a db and
 * the same function serves the preview (shown to the operator) and the apply (inside its transaction).
 */
import type { ImportKind, ImportItemState, StateCounts } from '../../src-shared/ipc/schemas/imports';
import { IMPORT_KINDS } from '../../src-shared/ipc/schemas/imports';
import type {
  HotspotProfilePreview,
  ImportPreview,
  PppProfilePreview,
  PppSecretPreview,
  SalePreview,
  UnusedVoucherPreview,
  UsedVoucherPreview,
  VoucherBatchPreview,
} from '../routers/mikhmon';

/** Voucher statuses before first login: an imported voucher in one of these may still become used. */
export const UNUSED_STATUSES: ReadonlySet<string> = new Set(['generated', 'on_router', 'printed', 'sold']);

/** What the db already holds for one router, keyed the way the diff needs it. */
export interface ExistingItems {
  /** Natural keys present per table (any router: keys carry the router id). */
  planKeys: ReadonlySet<string>;
  batchKeys: ReadonlySet<string>;
  saleKeys: ReadonlySet<string>;
  pppProfileKeys: ReadonlySet<string>;
  pppSecretKeys: ReadonlySet<string>;
  /** Live plans on this router by hotspot profile name, with their natural key (NULL for app plans). */
  plansByProfile: ReadonlyMap<string, string | null>;
  /** Vouchers on this router by code. */
  vouchersByCode: ReadonlyMap<string, { naturalKey: string | null; status: string }>;
}

export interface Diffed<T> {
  item: T;
  state: ImportItemState;
}

export interface DiffedBatch {
  item: VoucherBatchPreview;
  state: ImportItemState;
  vouchers: Array<Diffed<UnusedVoucherPreview>>;
}

export interface ImportDiff {
  profiles: Array<Diffed<HotspotProfilePreview>>;
  batches: DiffedBatch[];
  usedVouchers: Array<Diffed<UsedVoucherPreview>>;
  sales: Array<Diffed<SalePreview>>;
  pppProfiles: Array<Diffed<PppProfilePreview>>;
  pppSecrets: Array<Diffed<PppSecretPreview>>;
  counts: Record<ImportKind, StateCounts>;
}

const byKey = (keys: ReadonlySet<string>, key: string): ImportItemState => (keys.has(key) ? 'imported' : 'new');

function profileState(existing: ExistingItems, profile: HotspotProfilePreview): ImportItemState {
  if (existing.planKeys.has(profile.naturalKey)) return 'imported';
  // A live plan on the same profile that came from elsewhere (the app's own): leave it alone.
  return existing.plansByProfile.has(profile.name) ? 'conflict' : 'new';
}

function voucherState(existing: ExistingItems, naturalKey: string, code: string, used: boolean): ImportItemState {
  const found = existing.vouchersByCode.get(code);
  if (!found) return 'new';
  if (found.naturalKey !== naturalKey) return 'conflict';
  return used && UNUSED_STATUSES.has(found.status) ? 'update' : 'imported';
}

export function emptyCounts(): StateCounts {
  return { total: 0, new: 0, imported: 0, update: 0, conflict: 0 };
}

function tally(states: Iterable<ImportItemState>): StateCounts {
  const counts = emptyCounts();
  for (const state of states) {
    counts.total += 1;
    counts[state] += 1;
  }
  return counts;
}

export function diffImport(preview: ImportPreview, existing: ExistingItems): ImportDiff {
  const profiles = preview.profiles.map((item) => ({ item, state: profileState(existing, item) }));
  const batches = preview.voucherBatches.map((item) => ({
    item,
    state: byKey(existing.batchKeys, item.naturalKey),
    vouchers: item.vouchers.map((voucher) => ({ item: voucher, state: voucherState(existing, voucher.naturalKey, voucher.name, false) })),
  }));
  const usedVouchers = preview.usedVouchers.map((item) => ({ item, state: voucherState(existing, item.naturalKey, item.name, true) }));
  const sales = preview.sales.map((item) => ({ item, state: byKey(existing.saleKeys, item.naturalKey) }));
  const pppProfiles = preview.pppProfiles.map((item) => ({ item, state: byKey(existing.pppProfileKeys, item.naturalKey) }));
  const pppSecrets = preview.pppSecrets.map((item) => ({ item, state: byKey(existing.pppSecretKeys, item.naturalKey) }));
  const counts = Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, emptyCounts()])) as Record<ImportKind, StateCounts>;
  counts.profiles = tally(profiles.map((p) => p.state));
  counts.batches = tally(batches.map((b) => b.state));
  counts.unusedVouchers = tally(batches.flatMap((b) => b.vouchers.map((v) => v.state)));
  counts.usedVouchers = tally(usedVouchers.map((u) => u.state));
  counts.sales = tally(sales.map((s) => s.state));
  counts.pppProfiles = tally(pppProfiles.map((p) => p.state));
  counts.pppSecrets = tally(pppSecrets.map((p) => p.state));
  return { profiles, batches, usedVouchers, sales, pppProfiles, pppSecrets, counts };
}

export { tally as tallyStates };
