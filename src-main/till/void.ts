import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { ledgerEntries, tillShifts, voucherSales, vouchers, type VoucherStatus } from '../db/schema';
import type { BillingService } from '../billing/service';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';
import type { TillMethodName } from '../../src-shared/ipc/schemas/till';
import { EMPTY_ENTRY, type EntryRow, type TillLedger } from './ledger';

export interface VoidContext {
  db: Db;
  ledger: TillLedger;
  billing: BillingService;
  operatorId: string | null;
  now: number;
}

export interface VoidRequest {
  entryId: string;
  reason: string;
  voucherDisposition?: 'restock' | 'disable' | undefined;
  refundMethod?: TillMethodName | undefined;
}

export interface VoidOutcome {
  receiptId: string;
  voidEntryId: string;
  refundEntryId: string;
  amountMinor: number;
  refundMethod: TillMethodName;
  /** Set for voucher voids: the router whose desired users changed. */
  routerId: string | null;
}

const RESTOCKABLE: readonly VoucherStatus[] = ['generated', 'on_router', 'printed'];

/** Checks that refuse before anything is written: item entries only, once, within their open shift. */
function requireVoidable(ctx: VoidContext, request: VoidRequest): EntryRow {
  const original = ctx.ledger.requireEntry(request.entryId);
  if (original.kind !== 'sale' && original.kind !== 'payment') {
    throw new AppError('VALIDATION', 'Only a sold voucher or a customer payment can be voided.', { kind: original.kind });
  }
  const existing = ctx.ledger.voidOf(original.id);
  if (existing) throw new AppError('CONFLICT', 'This entry is already voided.', { voidEntryId: existing.id });
  const shift = ctx.db.select({ closedAt: tillShifts.closedAt }).from(tillShifts).where(eq(tillShifts.id, original.shiftId)).get();
  if (!shift || shift.closedAt !== null) throw new AppError('CONFLICT', 'Voids happen within the shift: this shift is closed.', { shiftId: original.shiftId });
  if (original.kind === 'sale' && request.voucherDisposition === undefined) {
    throw new AppError('VALIDATION', 'Choose whether the voucher goes back to stock or is disabled on the router.', { field: 'voucherDisposition' });
  }
  return original;
}

/** Refunds go back the way the money came when that was one method; a split receipt refunds cash. */
function defaultRefundMethod(ctx: VoidContext, original: EntryRow): TillMethodName {
  if (original.kind === 'payment' && original.ledgerEntryId) {
    const method = ctx.db.select({ method: ledgerEntries.method }).from(ledgerEntries).where(eq(ledgerEntries.id, original.ledgerEntryId)).get()?.method;
    if (method) return method;
  }
  const methods = new Set(ctx.ledger.receiptEntries(original.receiptId).flatMap((entry) => (entry.kind === 'tender' && entry.method ? [entry.method] : [])));
  const [only] = methods;
  return methods.size === 1 && only ? only : 'cash';
}

/** The voucher side of a void: a reversing voucher_sales row, then back to stock or disabled. */
function reverseVoucherSale(ctx: VoidContext, original: EntryRow, disposition: 'restock' | 'disable'): string {
  const sale = ctx.db.select().from(voucherSales).where(eq(voucherSales.id, original.voucherSaleId ?? '')).get();
  const voucher = ctx.db.select().from(vouchers).where(eq(vouchers.id, original.voucherId ?? '')).get();
  if (!sale || !voucher) throw new AppError('NOT_FOUND', 'The sold voucher is gone.', { entryId: original.id });
  if (disposition === 'restock') {
    const prior = RESTOCKABLE.find((status) => status === original.voucherPriorStatus) ?? 'on_router';
    const moved = ctx.db
      .update(vouchers)
      .set({ status: prior, updatedAt: ctx.now })
      .where(and(eq(vouchers.id, voucher.id), eq(vouchers.status, 'sold')))
      .run().changes;
    if (moved === 0) throw new AppError('CONFLICT', `Voucher ${voucher.code} is ${voucher.status}: it cannot go back to stock; disable it instead.`, { status: voucher.status });
  } else {
    // Derived router users follow the row: the next reconcile disables the hotspot user.
    ctx.db.update(vouchers).set({ disabled: true, updatedAt: ctx.now }).where(eq(vouchers.id, voucher.id)).run();
  }
  ctx.db
    .insert(voucherSales)
    .values({ ...sale, id: newId(), priceMinor: -sale.priceMinor, soldAt: ctx.now, source: 'till', naturalKey: null, operatorId: ctx.operatorId, reversesSaleId: sale.id, createdAt: ctx.now })
    .run();
  return voucher.routerId;
}

/**
 * A void inside the caller's transaction: a reversing item entry and a refund on a new receipt in the
 * original entry's shift, plus the reversal in the owning domain (voucher_sales or the billing ledger).
 */
export function voidEntry(ctx: VoidContext, request: VoidRequest): VoidOutcome {
  const original = requireVoidable(ctx, request);
  const refundMethod = request.refundMethod ?? defaultRefundMethod(ctx, original);
  let routerId: string | null = null;
  if (original.kind === 'sale') routerId = reverseVoucherSale(ctx, original, request.voucherDisposition ?? 'disable');
  if (original.kind === 'payment' && original.ledgerEntryId) ctx.billing.voidEntry(original.ledgerEntryId, request.reason, { createdBy: ctx.operatorId, now: ctx.now });
  const amount = -original.amountMinor;
  const written = ctx.ledger.write(
    { shiftId: original.shiftId, operatorId: ctx.operatorId, kind: 'void', customerId: original.customerId, totalMinor: amount, tenderedMinor: 0, changeMinor: 0, note: request.reason, now: ctx.now },
    [
      { ...pickCopied(original), kind: 'void', amountMinor: amount, description: `Void: ${original.description}`, voidsEntryId: original.id },
      { ...EMPTY_ENTRY, kind: 'refund', method: refundMethod, amountMinor: amount },
    ],
  );
  const [voidRow, refundRow] = written.entries;
  return { receiptId: written.receipt.id, voidEntryId: voidRow?.id ?? '', refundEntryId: refundRow?.id ?? '', amountMinor: amount, refundMethod, routerId };
}

/** What a void entry copies from the entry it reverses (so reports can group it by plan or customer). */
function pickCopied(original: EntryRow): Omit<EntryRow, 'id' | 'receiptId' | 'shiftId' | 'operatorId' | 'createdAt' | 'kind' | 'amountMinor' | 'description' | 'voidsEntryId'> {
  return {
    method: null,
    reference: null,
    voucherId: original.voucherId,
    voucherSaleId: original.voucherSaleId,
    voucherPriorStatus: original.voucherPriorStatus,
    planId: original.planId,
    planName: original.planName,
    customerId: original.customerId,
    ledgerEntryId: original.ledgerEntryId,
  };
}
