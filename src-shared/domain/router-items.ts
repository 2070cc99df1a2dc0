import { z } from 'zod';

/**
 * RouterOS menus whose items the app creates and keeps in line with its desired state, with the
 * attributes it may write. Anything else on those items (counters, operator settings) is left alone.
 */
export const MANAGED_MENUS = {
  '/ip/hotspot/user': [
    'password',
    'profile',
    'server',
    'mac-address',
    'limit-uptime',
    'limit-bytes-total',
    'limit-bytes-in',
    'limit-bytes-out',
    'comment',
    'disabled',
  ],
  '/ip/hotspot/user/profile': [
    'rate-limit',
    'shared-users',
    'session-timeout',
    'idle-timeout',
    'address-pool',
    'parent-queue',
    'on-login',
    'on-logout',
  ],
  '/ppp/secret': ['password', 'service', 'profile', 'remote-address', 'local-address', 'comment', 'disabled'],
  '/ppp/profile': ['rate-limit', 'local-address', 'remote-address', 'only-one', 'parent-queue', 'comment'],
  // Voucher expiry (docs/decisions/0009): one scheduler per plan. start-date/start-time are left to the
  // router (they print in a version-dependent format and would never compare equal).
  '/system/scheduler': ['on-event', 'interval', 'comment', 'disabled'],
} as const;

export type ManagedMenu = keyof typeof MANAGED_MENUS;
export const MANAGED_MENU_NAMES = Object.keys(MANAGED_MENUS) as ManagedMenu[];
export const managedMenuSchema = z.enum(MANAGED_MENU_NAMES as [ManagedMenu, ...ManagedMenu[]]);

/**
 * RouterOS stores raw bytes and our client refuses non-ASCII (docs/decisions/0003): values sent to a
 * router are printable ASCII plus tab/newline (scripts), bounded in size.
 */
export const routerValueSchema = z
  .string()
  .max(4096)
  .regex(/^[\t\n\r\x20-\x7e]*$/, 'ASCII characters only');

/** An item name on the router (user, secret, profile): printable ASCII, no leading/trailing space. */
export const routerItemNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/, 'printable ASCII, no surrounding spaces');

/** Attributes for one menu: only the keys the app manages, string values. */
const attributeSchemas = new Map<ManagedMenu, z.ZodType<Record<string, string>>>();

/** Built once per menu: building a zod schema costs far more than using it (a billing run validates thousands). */
export function attributesSchema(menu: ManagedMenu): z.ZodType<Record<string, string>> {
  let schema = attributeSchemas.get(menu);
  if (!schema) {
    const allowed = new Set<string>(MANAGED_MENUS[menu]);
    schema = z.record(z.string(), routerValueSchema).refine((attrs) => Object.keys(attrs).every((key) => allowed.has(key)), {
      message: `only these attributes: ${[...allowed].join(', ')}`,
    });
    attributeSchemas.set(menu, schema);
  }
  return schema;
}

export const JOB_KINDS = [
  'hotspot-user.upsert',
  'hotspot-user.remove',
  'hotspot-profile.upsert',
  'hotspot-profile.remove',
  'ppp-secret.upsert',
  'ppp-secret.remove',
  'ppp-secret.enable',
  'ppp-secret.disable',
  'ppp-profile.upsert',
  'ppp-profile.remove',
  'session.kick',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export const jobKindSchema = z.enum(JOB_KINDS);

export const JOB_STATUSES = ['pending', 'running', 'failed', 'done', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const jobStatusSchema = z.enum(JOB_STATUSES);
