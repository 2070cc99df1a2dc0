import { optional, type PreviewContext } from './preview-context';
import { routerDateTimeToEpochMs } from './router-date';
import type { PppProfilePreview, PppSecretPreview, RouterRow } from './types';

const BUILTIN_PPP_PROFILE_IDS = new Set(['*0', '*FFFFFFFE']);

/** PPP profiles (rate limit and addresses); the built-ins are marked so an importer can map, not create, them. */
export function previewPppProfiles(ctx: PreviewContext, rows: readonly RouterRow[]): PppProfilePreview[] {
  const menu = '/ppp/profile';
  return ctx.validRows(menu, rows).map((row) => ({
    naturalKey: ctx.key('ppp-profile', row.name),
    routerItemId: row['.id'],
    name: row.name,
    rateLimit: optional(row['rate-limit']),
    localAddress: optional(row['local-address']),
    remoteAddress: optional(row['remote-address']),
    onlyOne: optional(row['only-one']),
    builtin: BUILTIN_PPP_PROFILE_IDS.has(row['.id'].toUpperCase()) || ctx.flag(menu, row, 'default'),
  }));
}

/**
 * PPP secrets become subscribers-to-be. The password is deliberately not read: the import does
 * not need it to link a subscriber to the router's secret, and not copying it keeps it out of the
 * local database.
 */
export function previewPppSecrets(ctx: PreviewContext, rows: readonly RouterRow[]): PppSecretPreview[] {
  const menu = '/ppp/secret';
  return ctx.validRows(menu, rows).map((row) => {
    let lastLoggedOutMs: number | null = null;
    const text = optional(row['last-logged-out']);
    // RouterOS prints the epoch (`jan/01/1970 00:00:00`) for a secret that never logged out.
    if (text !== null && !/^(jan\/01\/1970|1970-01-01)\b/i.test(text.trim())) {
      const parsed = routerDateTimeToEpochMs(text, ctx.timeZone);
      if (parsed.ok) lastLoggedOutMs = parsed.value;
      else ctx.partial(menu, row, `last-logged-out left out: ${parsed.reason}`);
    }
    return {
      naturalKey: ctx.key('ppp-secret', row.name),
      routerItemId: row['.id'],
      name: row.name,
      service: optional(row.service) ?? 'any',
      profile: optional(row.profile) ?? 'default',
      remoteAddress: optional(row['remote-address']),
      disabled: ctx.flag(menu, row, 'disabled'),
      comment: row.comment ?? '',
      lastLoggedOutMs,
    };
  });
}
