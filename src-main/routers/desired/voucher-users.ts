import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import { voucherBatches, voucherPlans, vouchers } from '../../db/schema';

/** Vouchers the router should hold: not yet sold, sold, in use. */
export const ON_ROUTER_STATUSES = ['generated', 'on_router', 'printed', 'sold', 'used'] as const;

const sharedJson = z.record(z.string(), z.string());

/**
 * The desired hotspot users of the app's vouchers, derived from the voucher rows and their batch's
 * shared attributes instead of copied into router_desired_items (a 100k batch would write every row
 * twice; docs/decisions/0007). An expired voucher of a disable-mode plan stays on the router, disabled.
 */
export function voucherDesiredUsers(db: Db, routerId: string, codes?: readonly string[]): Map<string, Record<string, string>> {
  const rows = db
    .select({
      code: vouchers.code,
      password: vouchers.password,
      disabled: vouchers.disabled,
      status: vouchers.status,
      shared: voucherBatches.userAttributes,
    })
    .from(vouchers)
    .innerJoin(voucherBatches, eq(voucherBatches.id, vouchers.batchId))
    .leftJoin(voucherPlans, eq(voucherPlans.id, vouchers.planId))
    .where(
      and(
        eq(vouchers.routerId, routerId),
        eq(vouchers.source, 'app'),
        isNotNull(voucherBatches.userAttributes),
        codes ? inArray(vouchers.code, [...codes]) : undefined,
        or(inArray(vouchers.status, [...ON_ROUTER_STATUSES]), and(eq(vouchers.status, 'expired'), eq(voucherPlans.expiryMode, 'disable'))),
      ),
    )
    .all();
  const cache = new Map<string, Record<string, string>>();
  const users = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const json = row.shared ?? '{}';
    let shared = cache.get(json);
    if (!shared) {
      shared = sharedJson.parse(JSON.parse(json));
      cache.set(json, shared);
    }
    // `disabled` is always stated: the app owns these users, and re-enabling a batch must reach the router.
    const disabled = row.disabled || row.status === 'expired' ? 'yes' : 'no';
    users.set(row.code, { password: row.password, ...shared, disabled });
  }
  return users;
}
