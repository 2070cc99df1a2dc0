import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { routers, voucherPlans, vouchers } from '../db/schema';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';
import type { Plan } from '../../src-shared/ipc/schemas/vouchers';
import { putDesiredItems, removeDesiredItem, setDesiredItem } from '../routers/desired/store';
import { onLoginBody, schedulerItem, schedulerName } from './expiry/scripts';

type PlanRow = typeof voucherPlans.$inferSelect;
const PROFILE_MENU = '/ip/hotspot/user/profile';
const SCHEDULER_MENU = '/system/scheduler';

export interface PlanFields {
  name: string;
  priceMinor: number;
  validityMs: number | null;
  timeLimitMs: number | null;
  dataLimitBytes: number | null;
  rateLimit: string | null;
  sharedUsers: number | null;
  macLock: boolean;
  expiryMode: 'remove' | 'disable' | 'none';
  /** The till generates a card on the spot when none is left (absent on create: off). */
  tillOnTheSpot?: boolean;
}

export function toPlan(row: PlanRow): Plan {
  return {
    id: row.id,
    routerId: row.routerId,
    name: row.name,
    hotspotProfile: row.hotspotProfile,
    priceMinor: row.priceMinor,
    validityMs: row.validityMs,
    timeLimitMs: row.timeLimitMs,
    dataLimitBytes: row.dataLimitBytes,
    rateLimit: row.rateLimit,
    sharedUsers: row.sharedUsers,
    macLock: row.macLock,
    tillOnTheSpot: row.tillOnTheSpot,
    expiryMode: row.expiryMode,
    source: row.source,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The hotspot user profile an app plan wants on its router. `on-login` starts with the plan's marker
 * line (0005: a profile is app-owned when its on-login starts with `# mb:`), followed by the script
 * that records first login and expiry on the user (docs/decisions/0009). Limits per voucher (uptime,
 * bytes) live on the users, not the profile: RouterOS keeps them there.
 */
export function profileAttributes(plan: PlanRow): Record<string, string> {
  const attributes: Record<string, string> = { 'on-login': `# mb:plan ${plan.id}\n${onLoginBody(plan)}`, 'rate-limit': plan.rateLimit ?? '' };
  if (plan.sharedUsers !== null) attributes['shared-users'] = plan.sharedUsers === 0 ? 'unlimited' : String(plan.sharedUsers);
  return attributes;
}

/**
 * The plan's expiry scheduler follows the plan (written in the same transaction). Schedulers have no
 * job kind: they reach the router with the next reconcile of its hotspot profiles (a voucher push,
 * `routers.reconcile`, or the usage refresh).
 */
function writeScheduler(db: Db, plan: PlanRow, now: number): void {
  if (plan.source !== 'app' || !plan.routerId) return;
  const item = plan.deletedAt === null ? schedulerItem(plan) : null;
  if (item) putDesiredItems(db, plan.routerId, SCHEDULER_MENU, [item], now);
  else removeDesiredItem(db, plan.routerId, SCHEDULER_MENU, schedulerName(plan), now);
}

/** Live vouchers keep using their profile: a plan with any of them cannot be removed. */
const LIVE_STATUSES = ['generated', 'on_router', 'printed', 'sold', 'used'] as const;

/**
 * Voucher plans. Every write of an app plan also writes its desired hotspot profile and queues the
 * profile job, inside the caller's transaction (`db` is the core's connection, the handler wraps the
 * call in `services.transaction`). Imported plans stay the operator's on the router (0006): editing
 * one changes price and limits in the db only, until the expiry step takes its profile over.
 */
export class PlanService {
  constructor(private readonly db: Db) {}

  list(routerId?: string): Plan[] {
    const where = routerId ? and(isNull(voucherPlans.deletedAt), eq(voucherPlans.routerId, routerId)) : isNull(voucherPlans.deletedAt);
    return this.db.select().from(voucherPlans).where(where).orderBy(voucherPlans.name).all().map(toPlan);
  }

  require(id: string): PlanRow {
    const row = this.db.select().from(voucherPlans).where(and(eq(voucherPlans.id, id), isNull(voucherPlans.deletedAt))).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such voucher plan.', { id });
    return row;
  }

  create(input: PlanFields & { routerId: string; hotspotProfile: string }, now: number): PlanRow {
    const router = this.db.select({ id: routers.id }).from(routers).where(and(eq(routers.id, input.routerId), isNull(routers.deletedAt))).get();
    if (!router) throw new AppError('NOT_FOUND', 'No such router.', { id: input.routerId });
    const taken = this.db
      .select({ id: voucherPlans.id })
      .from(voucherPlans)
      .where(and(eq(voucherPlans.routerId, input.routerId), eq(voucherPlans.hotspotProfile, input.hotspotProfile), isNull(voucherPlans.deletedAt)))
      .get();
    if (taken) throw new AppError('CONFLICT', `Profile ${input.hotspotProfile} already belongs to another plan on this router.`);
    const row: PlanRow = {
      id: newId(),
      routerId: input.routerId,
      name: input.name,
      hotspotProfile: input.hotspotProfile,
      priceMinor: input.priceMinor,
      sellingPriceMinor: null,
      validityMs: input.validityMs,
      expiryMode: input.expiryMode,
      mikhmonMode: null,
      timeLimitMs: input.timeLimitMs,
      dataLimitBytes: input.dataLimitBytes,
      rateLimit: input.rateLimit,
      sharedUsers: input.sharedUsers,
      sessionTimeoutMs: null,
      macLock: input.macLock,
      tillOnTheSpot: input.tillOnTheSpot ?? false,
      source: 'app',
      naturalKey: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    this.db.insert(voucherPlans).values(row).run();
    setDesiredItem(this.db, input.routerId, PROFILE_MENU, { name: row.hotspotProfile, attributes: profileAttributes(row) }, now);
    writeScheduler(this.db, row, now);
    return row;
  }

  update(id: string, changes: Partial<PlanFields>, now: number): PlanRow {
    const current = this.require(id);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<PlanFields>;
    const row: PlanRow = { ...current, ...defined, updatedAt: now };
    this.db.update(voucherPlans).set({ ...defined, updatedAt: now }).where(eq(voucherPlans.id, id)).run();
    if (row.source === 'app' && row.routerId) {
      setDesiredItem(this.db, row.routerId, PROFILE_MENU, { name: row.hotspotProfile, attributes: profileAttributes(row) }, now);
      writeScheduler(this.db, row, now);
    }
    return row;
  }

  remove(id: string, now: number): PlanRow {
    const current = this.require(id);
    const live = this.db
      .select({ n: sql<number>`count(*)` })
      .from(vouchers)
      .where(and(eq(vouchers.planId, id), inArray(vouchers.status, [...LIVE_STATUSES])))
      .get();
    if ((live?.n ?? 0) > 0) {
      throw new AppError('CONFLICT', `The plan still has ${live?.n} vouchers in use or for sale: delete their batches first.`, { live: live?.n });
    }
    this.db.update(voucherPlans).set({ deletedAt: now, updatedAt: now }).where(eq(voucherPlans.id, id)).run();
    if (current.source === 'app' && current.routerId) removeDesiredItem(this.db, current.routerId, PROFILE_MENU, current.hotspotProfile, now);
    writeScheduler(this.db, { ...current, deletedAt: now }, now);
    return { ...current, deletedAt: now, updatedAt: now };
  }
}
