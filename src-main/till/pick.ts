import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { routers, voucherBatches, voucherPlans, vouchers } from '../db/schema';
import { AppError } from '../../src-shared/ipc/result';
import type { SellItem } from '../../src-shared/ipc/schemas/till';

export type PickedVoucher = typeof vouchers.$inferSelect;
type PlanRow = typeof voucherPlans.$inferSelect;

/** Makes `count` new cards of a plan with the on-the-spot option whose stock ran out (till/on-the-spot.ts). */
export type OnTheSpot = (plan: PlanRow, count: number) => PickedVoucher[];

/**
 * Which unsold voucher a plan button hands out: ones already on the router first (usable at once),
 * then ones not pushed yet, printed cards last, so a card lying in the drawer is not sold from under
 * the cashier by a plan pick and then refused when scanned.
 */
const PLAN_PICK_ORDER = ['on_router', 'generated', 'printed'] as const;
const SELLABLE = new Set<string>(PLAN_PICK_ORDER);

function refuseUnsellable(row: PickedVoucher): void {
  if (!SELLABLE.has(row.status)) throw new AppError('CONFLICT', `Voucher ${row.code} is ${row.status}: it cannot be sold.`, { status: row.status });
  if (row.disabled) throw new AppError('CONFLICT', `Voucher ${row.code} is disabled: enable its batch first.`);
}

/** Scanned or typed code: the (router, code) index is probed once per router, never a table scan. */
function byCode(db: Db, code: string): PickedVoucher {
  const rows = db
    .select()
    .from(vouchers)
    .where(and(inArray(vouchers.routerId, db.select({ id: routers.id }).from(routers)), eq(vouchers.code, code)))
    .all();
  const live = rows.filter((row) => SELLABLE.has(row.status));
  const found = live.length === 1 ? live[0] : rows.length === 1 ? rows[0] : undefined;
  if (!found) {
    if (rows.length === 0) throw new AppError('NOT_FOUND', `No voucher has the code ${code}.`, { code });
    throw new AppError('CONFLICT', `Several routers hold a voucher ${code}: pick it from its batch.`, { code });
  }
  refuseUnsellable(found);
  return found;
}

/** A serial is unique per batch only: without the batch it must name exactly one unsold card. */
function bySerial(db: Db, serial: number, batchId: string | undefined): PickedVoucher {
  const batches = batchId ? [batchId] : db.select({ id: voucherBatches.id }).from(voucherBatches);
  const rows = db
    .select()
    .from(vouchers)
    .where(and(inArray(vouchers.batchId, batches), eq(vouchers.serial, serial)))
    .all();
  const live = rows.filter((row) => SELLABLE.has(row.status) && !row.disabled);
  const found = live.length === 1 ? live[0] : rows.length === 1 ? rows[0] : undefined;
  if (!found) {
    if (rows.length === 0) throw new AppError('NOT_FOUND', `No voucher has the serial ${serial}.`, { serial });
    throw new AppError('CONFLICT', `Serial ${serial} is on cards of several batches: scan the code or choose the batch.`, { serial, matches: rows.length });
  }
  refuseUnsellable(found);
  return found;
}

function byPlan(db: Db, planId: string, quantity: number, taken: ReadonlySet<string>, onTheSpot: OnTheSpot | undefined): PickedVoucher[] {
  const plan = db.select().from(voucherPlans).where(eq(voucherPlans.id, planId)).get();
  if (!plan || plan.deletedAt !== null) throw new AppError('NOT_FOUND', 'No such voucher plan.', { planId });
  const picked: PickedVoucher[] = [];
  for (const status of PLAN_PICK_ORDER) {
    if (picked.length === quantity) break;
    const exclude = [...taken, ...picked.map((row) => row.id)];
    // The (plan, status) index holds rowids in order: the oldest unsold rows come first without a sort.
    const rows = db
      .select()
      .from(vouchers)
      .where(
        and(
          eq(vouchers.planId, planId),
          eq(vouchers.status, status),
          eq(vouchers.disabled, false),
          exclude.length > 0 ? notInArray(vouchers.id, exclude) : undefined,
        ),
      )
      .orderBy(asc(sql`${vouchers}.rowid`))
      .limit(quantity - picked.length)
      .all();
    picked.push(...rows);
  }
  // Stock ran out: a plan with the on-the-spot option makes the missing cards in this sale's transaction.
  if (picked.length < quantity && plan.tillOnTheSpot && onTheSpot) picked.push(...onTheSpot(plan, quantity - picked.length));
  if (picked.length < quantity) {
    throw new AppError('CONFLICT', `Only ${picked.length} unsold vouchers of plan ${plan.name} are left.`, { planId, available: picked.length });
  }
  return picked;
}

/** Serials printed on cards stay far below this; longer digit strings are codes only. */
const MAX_SERIAL = 10_000_000;

/**
 * What a scanner typed: a voucher's code first (codes may be all digits), else, for digits only, the
 * serial printed on the card. The same checks as a sale, so a card the sale would refuse is refused here.
 */
export function pickScanned(db: Db, text: string): PickedVoucher {
  try {
    return byCode(db, text);
  } catch (error) {
    const serial = /^\d{1,8}$/.test(text) ? Number(text) : Number.NaN;
    const notFound = error instanceof AppError && error.code === 'NOT_FOUND';
    if (!notFound || !Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) throw error;
    try {
      return bySerial(db, serial, undefined);
    } catch (serialError) {
      // Nothing by either: name what was typed, as a code (the usual case).
      if (serialError instanceof AppError && serialError.code === 'NOT_FOUND') throw error;
      throw serialError;
    }
  }
}

/**
 * Resolves every item to distinct vouchers: scanned cards first, then plan picks that skip them. Any
 * item that cannot be served refuses the whole sale (the caller's transaction writes nothing).
 */
export function pickVouchers(db: Db, items: readonly SellItem[], onTheSpot?: OnTheSpot): PickedVoucher[] {
  const chosen = new Map<string, PickedVoucher>();
  for (const item of items) {
    if ('planId' in item) continue;
    const row = 'code' in item ? byCode(db, item.code) : bySerial(db, item.serial, item.batchId);
    if (chosen.has(row.id)) throw new AppError('VALIDATION', `Voucher ${row.code} is in the sale twice.`, { code: row.code });
    chosen.set(row.id, row);
  }
  const taken = new Set(chosen.keys());
  const fromPlans: PickedVoucher[] = [];
  for (const item of items) {
    if (!('planId' in item)) continue;
    const rows = byPlan(db, item.planId, item.quantity, taken, onTheSpot);
    for (const row of rows) taken.add(row.id);
    fromPlans.push(...rows);
  }
  return [...chosen.values(), ...fromPlans];
}
