import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { routers, servicePlans } from '../db/schema';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';
import type { Cycle, ServicePlan, ServicePlanCreateInput, ServicePlanFields } from '../../src-shared/ipc/schemas/billing';
import { setDesiredItem } from '../routers/desired/store';

export type ServicePlanRow = typeof servicePlans.$inferSelect;
const PROFILE_MENU = '/ppp/profile';

export function planCycle(row: ServicePlanRow): Cycle {
  return row.cycleKind === 'monthly' ? { kind: 'monthly', billingDay: row.billingDay ?? 1 } : { kind: 'days', days: row.cycleDays ?? 30 };
}

export function toServicePlan(row: ServicePlanRow): ServicePlan {
  return {
    id: row.id,
    routerId: row.routerId,
    name: row.name,
    priceMinor: row.priceMinor,
    cycle: planCycle(row),
    pppProfile: row.pppProfile,
    rateLimit: row.rateLimit,
    addressPool: row.addressPool,
    localAddress: row.localAddress,
    setupFeeMinor: row.setupFeeMinor,
    taxRateBp: row.taxRateBp,
    graceDays: row.graceDays,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * The `/ppp/profile` a plan keeps on its router. The `mb:` comment marks it app-owned (0005), so
 * reconcile manages it; unset addresses are left out rather than written empty.
 */
export function pppProfileAttributes(plan: ServicePlanRow): Record<string, string> {
  return {
    'rate-limit': plan.rateLimit ?? '',
    comment: `mb:plan ${plan.id}`,
    ...(plan.addressPool !== null ? { 'remote-address': plan.addressPool } : {}),
    ...(plan.localAddress !== null ? { 'local-address': plan.localAddress } : {}),
  };
}

/** Service plans. Writes run inside the caller's transaction and queue the profile job with them. */
export class ServicePlanService {
  private liveByIdStatement: ReturnType<typeof prepareLiveById> | undefined;

  constructor(private readonly db: Db) {}

  /** Prepared once: every suspension of a billing run reads its plan (P6). */
  private liveById(): ReturnType<typeof prepareLiveById> {
    this.liveByIdStatement ??= prepareLiveById(this.db);
    return this.liveByIdStatement;
  }

  list(routerId?: string): ServicePlan[] {
    const where = routerId ? and(isNull(servicePlans.archivedAt), eq(servicePlans.routerId, routerId)) : isNull(servicePlans.archivedAt);
    return this.db.select().from(servicePlans).where(where).orderBy(servicePlans.name).all().map(toServicePlan);
  }

  require(id: string): ServicePlanRow {
    const row = this.liveById().get({ id });
    if (!row) throw new AppError('NOT_FOUND', 'No such service plan.', { id });
    return row;
  }

  create(input: ServicePlanCreateInput, now: number): ServicePlanRow {
    const router = this.db.select({ id: routers.id }).from(routers).where(and(eq(routers.id, input.routerId), isNull(routers.deletedAt))).get();
    if (!router) throw new AppError('NOT_FOUND', 'No such router.', { id: input.routerId });
    const taken = this.db
      .select({ id: servicePlans.id })
      .from(servicePlans)
      .where(and(eq(servicePlans.routerId, input.routerId), eq(servicePlans.pppProfile, input.pppProfile), isNull(servicePlans.archivedAt)))
      .get();
    if (taken) throw new AppError('CONFLICT', `PPP profile ${input.pppProfile} already belongs to another plan on this router.`);
    const row: ServicePlanRow = {
      id: newId(),
      routerId: input.routerId,
      name: input.name,
      priceMinor: input.priceMinor,
      cycleKind: input.cycle.kind,
      billingDay: input.cycle.kind === 'monthly' ? input.cycle.billingDay : null,
      cycleDays: input.cycle.kind === 'days' ? input.cycle.days : null,
      pppProfile: input.pppProfile,
      rateLimit: input.rateLimit,
      addressPool: input.addressPool,
      localAddress: input.localAddress,
      setupFeeMinor: input.setupFeeMinor,
      taxRateBp: input.taxRateBp,
      graceDays: input.graceDays,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    };
    this.db.insert(servicePlans).values(row).run();
    setDesiredItem(this.db, row.routerId, PROFILE_MENU, { name: row.pppProfile, attributes: pppProfileAttributes(row) }, now);
    return row;
  }

  /** A plan changed in another office, pulled here where its router is owned: the profile follows. */
  followSyncedChange(id: string, now: number): void {
    const row = this.db.select().from(servicePlans).where(eq(servicePlans.id, id)).get();
    if (!row || row.archivedAt !== null) return;
    setDesiredItem(this.db, row.routerId, PROFILE_MENU, { name: row.pppProfile, attributes: pppProfileAttributes(row) }, now);
  }

  /** Price changes apply to the next period billed; what is already invoiced stays as invoiced. */
  update(id: string, changes: Partial<ServicePlanFields>, now: number): ServicePlanRow {
    const current = this.require(id);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<ServicePlanFields>;
    const row: ServicePlanRow = { ...current, ...defined, updatedAt: now };
    this.db.update(servicePlans).set({ ...defined, updatedAt: now }).where(eq(servicePlans.id, id)).run();
    setDesiredItem(this.db, row.routerId, PROFILE_MENU, { name: row.pppProfile, attributes: pppProfileAttributes(row) }, now);
    return row;
  }
}

function prepareLiveById(db: Db) {
  return db
    .select()
    .from(servicePlans)
    .where(and(eq(servicePlans.id, sql.placeholder('id')), isNull(servicePlans.archivedAt)))
    .prepare();
}
