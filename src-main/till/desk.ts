import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { voucherPlans, vouchers } from '../db/schema';
import type { ScannedVoucher, TillPlan } from '../../src-shared/ipc/schemas/till';
import { pickScanned } from './pick';
import { planOf } from './sell';

/** The statuses a sale may take a card from (pick.ts's order: on the router, not pushed yet, printed). */
const UNSOLD = ['on_router', 'generated', 'printed'] as const;

/**
 * The plan buttons of the till: every live plan with a price (a plan without one cannot be sold) and
 * how many enabled, unsold cards it still has. One grouped read over the (plan_id, status) index.
 */
export function tillPlans(db: Db): TillPlan[] {
  const plans = db
    .select({ id: voucherPlans.id, name: voucherPlans.name, priceMinor: voucherPlans.priceMinor, onTheSpot: voucherPlans.tillOnTheSpot })
    .from(voucherPlans)
    .where(and(isNull(voucherPlans.deletedAt), isNotNull(voucherPlans.priceMinor)))
    .orderBy(asc(voucherPlans.name), asc(voucherPlans.id))
    .all();
  if (plans.length === 0) return [];
  const counts = db
    .select({ planId: vouchers.planId, available: sql<number>`count(*)` })
    .from(vouchers)
    .where(
      and(
        inArray(
          vouchers.planId,
          plans.map((plan) => plan.id),
        ),
        inArray(vouchers.status, [...UNSOLD]),
        eq(vouchers.disabled, false),
      ),
    )
    .groupBy(vouchers.planId)
    .all();
  const byPlan = new Map(counts.map((row) => [row.planId, row.available]));
  return plans.map((plan) => ({ id: plan.id, name: plan.name, priceMinor: plan.priceMinor ?? 0, available: byPlan.get(plan.id) ?? 0, onTheSpot: plan.onTheSpot }));
}

/**
 * A scanned or typed card, checked the way a sale checks it (sellable, priced), so the cart shows its
 * plan and price before payment. Nothing is reserved: the sale checks again in its own transaction.
 */
export function scanVoucher(db: Db, text: string): ScannedVoucher {
  const voucher = pickScanned(db, text);
  const { planName, priceMinor } = planOf(db, voucher);
  return { voucherId: voucher.id, code: voucher.code, serial: voucher.serial, batchId: voucher.batchId, planId: voucher.planId, planName, priceMinor };
}
