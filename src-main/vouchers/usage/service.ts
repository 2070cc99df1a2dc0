import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { voucherPlans, vouchers } from '../../db/schema';
import type { RouterCommandRunner } from '../../routers/client';
import { enqueueRouterJob } from '../../routers/jobs/enqueue';
import { ON_ROUTER_STATUSES, voucherDesiredUsers } from '../../routers/desired/voucher-users';
import { removeItem, setItemDisabled } from '../../routers/items/apply';
import { kickUser } from '../../routers/live/sessions';
import { decideUsage, type UsageDecision, type UsageVoucher, type VoucherPatch } from './decide';
import { readRouterUsage } from './read';

const USER_MENU = '/ip/hotspot/user';
const LIVE = ON_ROUTER_STATUSES;
const LIST_CAP = 50;

export interface UsageSummary {
  routerId: string;
  /** the router's clock (UTC epoch ms) at the read */
  routerTime: number;
  /** live app vouchers of the router that were compared */
  read: number;
  firstLogins: number;
  /** ended by the router's scheduler */
  expired: number;
  /** expired but still active on the router: removed or disabled by the app */
  endedByApp: number;
  /** expected on the router but absent, with no known expiry (reported only) */
  missing: number;
  /** codes, at most 50 per list, for the audit entry */
  codes: { firstLogins: string[]; expired: string[]; endedByApp: string[]; missing: string[] };
}

export interface UsageDeps {
  db: Db;
  transaction<T>(fn: () => T): T;
}

/**
 * Reads usage back from one router and records it (docs/decisions/0009): first login and expiry
 * written by the on-login script, uptime and bytes, and expiries. Vouchers the router's scheduler
 * missed (scheduler disabled, router clock jumped) are ended by the app: desired state and job in
 * the same transaction as the voucher rows, then applied at once over the same connection (the
 * queued job finds the work done later). `record` runs inside the transaction (the audit entry).
 */
export async function refreshUsage(
  deps: UsageDeps,
  runner: RouterCommandRunner,
  routerId: string,
  now: number,
  record: (summary: UsageSummary) => void,
): Promise<UsageSummary> {
  const snap = await readRouterUsage(runner);
  const { summary, decision } = deps.transaction(() => {
    const live = liveVouchers(deps.db, routerId);
    const made = decideUsage(live, snap, now);
    writePatches(deps.db, made.patches, now);
    // Desired users are derived from the voucher rows just patched (expired: gone, or disabled in disable
    // mode), so reconcile already agrees; the jobs deliver the change even if this connection drops.
    for (const end of made.endByApp) queueEnd(deps.db, routerId, end.code, end.mode, now);
    const result = summarize(routerId, snap.routerNowMs, live.length, made);
    record(result);
    return { summary: result, decision: made };
  });
  for (const end of decision.endByApp) {
    if (end.mode === 'remove') await removeItem(runner, USER_MENU, end.code);
    else await setItemDisabled(runner, USER_MENU, end.code, true);
    await kickUser(runner, 'hotspot', end.code);
  }
  return summary;
}

function liveVouchers(db: Db, routerId: string): UsageVoucher[] {
  return db
    .select({
      id: vouchers.id,
      code: vouchers.code,
      status: vouchers.status,
      firstLoginAt: vouchers.firstLoginAt,
      expiresAt: vouchers.expiresAt,
      uptimeMs: vouchers.uptimeMs,
      bytesIn: vouchers.bytesIn,
      bytesOut: vouchers.bytesOut,
      expiryMode: voucherPlans.expiryMode,
    })
    .from(vouchers)
    .innerJoin(voucherPlans, eq(vouchers.planId, voucherPlans.id))
    .where(and(eq(vouchers.routerId, routerId), eq(vouchers.source, 'app'), inArray(vouchers.status, [...LIVE])))
    .all() as UsageVoucher[];
}

function writePatches(db: Db, patches: readonly VoucherPatch[], now: number): void {
  for (const { id, ...change } of patches) {
    db.update(vouchers)
      .set({ ...change, usageReadAt: now, updatedAt: now })
      .where(eq(vouchers.id, id))
      .run();
  }
}

/** Remove mode: a remove job. Disable mode: an upsert job with the derived (now disabled) user. */
function queueEnd(db: Db, routerId: string, code: string, mode: 'remove' | 'disable', now: number): void {
  if (mode === 'remove') {
    enqueueRouterJob(db, { routerId, kind: 'hotspot-user.remove', payload: { name: code }, now });
    return;
  }
  const attributes = voucherDesiredUsers(db, routerId, [code]).get(code);
  if (attributes) enqueueRouterJob(db, { routerId, kind: 'hotspot-user.upsert', payload: { name: code, attributes }, now });
}

function summarize(routerId: string, routerTime: number, read: number, d: UsageDecision): UsageSummary {
  const ended = d.endByApp.map((e) => e.code);
  return {
    routerId,
    routerTime,
    read,
    firstLogins: d.firstLogins.length,
    expired: d.expired.length,
    endedByApp: ended.length,
    missing: d.missing.length,
    codes: {
      firstLogins: d.firstLogins.slice(0, LIST_CAP),
      expired: d.expired.slice(0, LIST_CAP),
      endedByApp: ended.slice(0, LIST_CAP),
      missing: d.missing.slice(0, LIST_CAP),
    },
  };
}
