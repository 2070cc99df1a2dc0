/**
 * `buildImportPreview`: turns a raw MikHmon snapshot into the typed preview the import wizard
 * shows and the importer writes. Pure and total over rows: every row lands in the preview, in
 * `skipped` (left out on purpose) or in `problems` with a reason; bad rows never throw.
 */
import { PreviewContext } from './preview-context';
import { previewHotspotProfiles } from './preview-hotspot-profiles';
import { previewHotspotUsers } from './preview-hotspot-users';
import { previewPppProfiles, previewPppSecrets } from './preview-ppp';
import { previewScripts } from './preview-scripts';
import { usesIsoDates } from './router-version';
import type { ImportPreview, ImportPreviewOptions, MikhmonSnapshot } from './types';
import { isValidTimeZone } from './zoned-time';

/**
 * Throws `RangeError` only for bad options (a programming or settings error, not router data):
 * an exponent outside 0-4 or a time zone Intl does not know.
 */
export function buildImportPreview(snapshot: MikhmonSnapshot, options: ImportPreviewOptions): ImportPreview {
  const { currencyExponent, timeZone } = options;
  if (!Number.isInteger(currencyExponent) || currencyExponent < 0 || currencyExponent > 4) {
    throw new RangeError(`currency exponent must be 0-4, got ${String(currencyExponent)}`);
  }
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone ${JSON.stringify(timeZone)}`);

  const ctx = new PreviewContext(currencyExponent, timeZone, options.routerId ?? '');
  const version = options.routerVersion ?? (typeof snapshot.routerVersion === 'string' ? snapshot.routerVersion : '');

  for (const rejected of Array.isArray(snapshot.rejected) ? snapshot.rejected : []) {
    ctx.problems.push({ menu: rejected.menu, rowId: rejected.rowId, name: null, reason: rejected.reason, outcome: 'skipped' });
  }

  const profiles = previewHotspotProfiles(ctx, snapshot.hotspotProfiles);
  const users = previewHotspotUsers(ctx, snapshot.hotspotUsers);
  const scripts = previewScripts(ctx, snapshot.scripts);
  const pppProfiles = previewPppProfiles(ctx, snapshot.pppProfiles);
  const pppSecrets = previewPppSecrets(ctx, snapshot.pppSecrets);

  return {
    router: { version, isoDates: usesIsoDates(version) },
    profiles,
    voucherBatches: users.voucherBatches,
    usedVouchers: users.usedVouchers,
    otherUsers: users.otherUsers,
    sales: scripts.sales,
    quickPrintPackages: scripts.quickPrintPackages,
    pppProfiles,
    pppSecrets,
    skipped: ctx.skipped,
    problems: ctx.problems,
  };
}
