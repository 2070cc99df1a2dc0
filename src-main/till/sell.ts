import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { AppError } from '../../src-shared/ipc/result';
import { voucherPlans } from '../db/schema';
import { sellVoucher } from '../vouchers/sales';
import type { SellItem, TenderInput } from '../../src-shared/ipc/schemas/till';
import { EMPTY_ENTRY, type EntryDraft, type TillLedger } from './ledger';
import { pickVouchers, type OnTheSpot, type PickedVoucher } from './pick';
import { settle } from './tender';

export interface SellContext {
  db: Db;
  ledger: TillLedger;
  shiftId: string;
  operatorId: string | null;
  now: number;
  /** Cards for plans with the on-the-spot option whose stock ran out; absent: such a sale is refused. */
  onTheSpot?: OnTheSpot;
}

export interface SoldVoucher {
  entryId: string;
  saleId: string;
  voucherId: string;
  routerId: string;
  code: string;
  password: string;
  planName: string;
  priceMinor: number;
}

export interface SaleOutcome {
  receiptId: string;
  totalMinor: number;
  tenderedMinor: number;
  changeMinor: number;
  vouchers: SoldVoucher[];
}

/**
 * One sale, all or nothing, inside the caller's transaction: pick the vouchers, sell each through the
 * voucher domain's own sale call (status guard + voucher_sales row, now with the shift), settle the
 * payments, then write the receipt with one item entry per voucher and one money entry per method.
 */
export function sellVouchers(ctx: SellContext, input: { items: readonly SellItem[]; payments: readonly TenderInput[] }): SaleOutcome {
  const picked = pickVouchers(ctx.db, input.items, ctx.onTheSpot);
  const priced = picked.map((voucher) => ({ voucher, ...planOf(ctx.db, voucher) }));
  // Payments are checked before any voucher changes hands: a refused payment writes nothing at all.
  const total = priced.reduce((sum, item) => sum + item.priceMinor, 0);
  const settlement = settle(total, input.payments);
  const sales = priced.map((item) => ({
    ...item,
    sale: sellVoucher(ctx.db, { voucherId: item.voucher.id, operatorId: ctx.operatorId, shiftId: ctx.shiftId, now: ctx.now }),
  }));
  const items: EntryDraft[] = sales.map(({ voucher, sale, planName }) => ({
    ...EMPTY_ENTRY,
    kind: 'sale',
    amountMinor: sale.priceMinor,
    description: `${planName} ${voucher.code}`,
    voucherId: voucher.id,
    voucherSaleId: sale.id,
    voucherPriorStatus: voucher.status,
    planId: voucher.planId,
    planName,
  }));
  const money: EntryDraft[] = settlement.tenders.map((tender) => ({
    ...EMPTY_ENTRY,
    kind: 'tender',
    method: tender.method,
    amountMinor: tender.amountMinor,
    reference: tender.reference,
  }));
  const written = ctx.ledger.write(
    { shiftId: ctx.shiftId, operatorId: ctx.operatorId, kind: 'sale', totalMinor: total, tenderedMinor: settlement.tenderedMinor, changeMinor: settlement.changeMinor, now: ctx.now },
    [...items, ...money],
  );
  return {
    receiptId: written.receipt.id,
    totalMinor: total,
    tenderedMinor: settlement.tenderedMinor,
    changeMinor: settlement.changeMinor,
    vouchers: sales.map(({ voucher, sale, planName }, i) => ({
      entryId: written.entries[i]?.id ?? '',
      saleId: sale.id,
      voucherId: voucher.id,
      routerId: voucher.routerId,
      code: voucher.code,
      password: voucher.password,
      planName,
      priceMinor: sale.priceMinor,
    })),
  };
}

/** The plan name voucher_sales copies (a plan-less imported voucher: its profile) and the plan's price. */
export function planOf(db: Db, voucher: PickedVoucher): { planName: string; priceMinor: number } {
  const plan = voucher.planId ? db.select().from(voucherPlans).where(eq(voucherPlans.id, voucher.planId)).get() : undefined;
  if (plan?.priceMinor === null || plan?.priceMinor === undefined) {
    throw new AppError('VALIDATION', `Voucher ${voucher.code} has no priced plan: price the plan first.`, { code: voucher.code });
  }
  return { planName: plan.name, priceMinor: plan.priceMinor };
}
