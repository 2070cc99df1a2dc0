import { parseOptionalDuration } from './duration';
import { optional, type PreviewContext } from './preview-context';
import { parseProfileMetadata } from './profile-metadata';
import type { HotspotProfilePreview, RouterRow } from './types';

const MENU = '/ip/hotspot/user/profile';

/**
 * Hotspot profiles, with MikHmon's price/validity/mode when the on-login script carries them.
 * Unreadable metadata does not drop the profile (users still reference it): it is imported plain
 * and the reason is reported as a partial problem.
 */
export function previewHotspotProfiles(ctx: PreviewContext, rows: readonly RouterRow[]): HotspotProfilePreview[] {
  const out: HotspotProfilePreview[] = [];
  for (const row of ctx.validRows(MENU, rows)) {
    const metadata = parseProfileMetadata(row['on-login'], ctx.exponent);
    if (metadata !== null && !metadata.ok) ctx.partial(MENU, row, `MikHmon metadata left out: ${metadata.reason}`);

    const shared = row['shared-users'];
    let sharedUsers: HotspotProfilePreview['sharedUsers'] = null;
    if (shared === 'unlimited') sharedUsers = 'unlimited';
    else if (shared !== undefined && /^\d{1,6}$/.test(shared)) sharedUsers = Number(shared);
    else if (shared !== undefined && shared !== '') ctx.partial(MENU, row, `shared-users ${JSON.stringify(shared.slice(0, 20))} left out`);

    const sessionTimeout = parseOptionalDuration(row['session-timeout']);
    if (!sessionTimeout.ok) ctx.partial(MENU, row, `session-timeout left out: ${sessionTimeout.reason}`);

    out.push({
      naturalKey: ctx.key('hotspot-profile', row.name),
      routerItemId: row['.id'],
      name: row.name,
      rateLimit: optional(row['rate-limit']),
      sharedUsers,
      sessionTimeoutMs: sessionTimeout.ok ? sessionTimeout.value : null,
      addressPool: optional(row['address-pool']) === 'none' ? null : optional(row['address-pool']),
      parentQueue: optional(row['parent-queue']) === 'none' ? null : optional(row['parent-queue']),
      mikhmon: metadata !== null && metadata.ok ? metadata.value : null,
    });
  }
  return out;
}
