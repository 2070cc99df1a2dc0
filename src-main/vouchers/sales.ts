import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { voucherPlans, voucherSales, vouchers } from '../db/schema';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';

/** A voucher can be sold while it is unsold: generated, on the router or printed. */
const SELLABLE = ['generated', 'on_router', 'printed'] as const;

export interface SaleRecord {
  id: string;
  voucherId: string;
  code: string;
  priceMinor: number;
  soldAt: number;
}

/**
 * The sale call the till (issue 6) will use: one insert-only ledger row plus the voucher's status,
 * inside the caller's transaction. The conditional status update is the guard against selling one card
 * twice (two tills at once): only the call that moved it from an unsold status writes a sale.
 */
export function sellVoucher(
  db: Db,
  input: { voucherId: string; priceMinor?: number; operatorId: string | null; shiftId?: string | null; now: number },
): SaleRecord {
  const voucher = db.select().from(vouchers).where(eq(vouchers.id, input.voucherId)).get();
  if (!voucher) throw new AppError('NOT_FOUND', 'No such voucher.', { id: input.voucherId });
  const plan = voucher.planId ? db.select().from(voucherPlans).where(eq(voucherPlans.id, voucher.planId)).get() : undefined;
  const price = input.priceMinor ?? plan?.priceMinor ?? null;
  if (price === null) throw new AppError('VALIDATION', 'This voucher’s plan has no price: price the plan first.');
  const moved = db
    .update(vouchers)
    .set({ status: 'sold', updatedAt: input.now })
    .where(and(eq(vouchers.id, voucher.id), inArray(vouchers.status, [...SELLABLE])))
    .run().changes;
  if (moved === 0) throw new AppError('CONFLICT', `Voucher ${voucher.code} is ${voucher.status}: it cannot be sold.`, { status: voucher.status });
  const sale = {
    id: newId(),
    voucherId: voucher.id,
    routerId: voucher.routerId,
    planId: voucher.planId,
    planName: plan?.name ?? voucher.profile,
    username: voucher.code,
    priceMinor: price,
    soldAt: input.now,
    source: 'till' as const,
    operatorId: input.operatorId,
    shiftId: input.shiftId ?? null,
    validityMs: plan?.validityMs ?? null,
    createdAt: input.now,
  };
  db.insert(voucherSales).values(sale).run();
  return { id: sale.id, voucherId: voucher.id, code: voucher.code, priceMinor: price, soldAt: input.now };
}
