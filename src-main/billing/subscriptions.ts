import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { subscriptions, type SubscriptionStatus, type SuspensionKind } from '../db/schema';
import type { CustomerService } from '../customers/service';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';
import type { LedgerEntry, Subscription, SubscriptionCreateInput } from '../../src-shared/ipc/schemas/billing';
import { readDesired, removeDesiredItem, setDesiredItem } from '../routers/desired/store';
import { enqueueRouterJob } from '../routers/jobs/enqueue';
import type { BillingDocuments } from './documents';
import type { Ledger } from './ledger';
import type { ServicePlanRow, ServicePlanService } from './plans';
import { billedLineFor, firstInvoiceLines, planChangeLines } from './proration';
import { generatePppPassword, generatePppUsername, usernameTaken } from './credentials';

export type SubscriptionRow = typeof subscriptions.$inferSelect;
const SECRET_MENU = '/ppp/secret';

export function toSubscription(row: SubscriptionRow): Subscription {
  return { ...row };
}

/** The `/ppp/secret` a subscription keeps on its router; suspension is `disabled=yes`, not removal. */
function writeSecret(db: Db, sub: SubscriptionRow, plan: ServicePlanRow, now: number): void {
  setDesiredItem(
    db,
    sub.routerId,
    SECRET_MENU,
    {
      name: sub.pppUsername,
      attributes: {
        password: sub.pppPassword,
        service: 'pppoe',
        profile: plan.pppProfile,
        comment: `mb:sub ${sub.id}`,
        disabled: sub.status === 'suspended' ? 'yes' : 'no',
      },
    },
    now,
  );
}

/**
 * RouterOS applies a disabled, removed or re-profiled secret only to the next login: the subscriber's
 * live session is dropped so the change bites now (the CPE redials into the new state). Queued after
 * the secret's own job (same item key, so in order).
 */
function kickSession(db: Db, sub: SubscriptionRow, now: number): void {
  enqueueRouterJob(db, { routerId: sub.routerId, kind: 'session.kick', payload: { kind: 'ppp', user: sub.pppUsername }, now });
}

export interface SubscriptionWrite {
  subscription: SubscriptionRow;
  invoice: LedgerEntry | null;
  creditNote: LedgerEntry | null;
}

export interface SubscriptionDeps {
  db: Db;
  plans: ServicePlanService;
  customers: CustomerService;
  ledger: Ledger;
  documents: BillingDocuments;
}

/**
 * Subscriptions: every change writes the desired PPP secret (and queues its router job) and any ledger
 * documents in the caller's transaction, so the router change, the money and the audit entry commit
 * together or not at all.
 */
export class SubscriptionService {
  private prepared: ReturnType<typeof prepareStatements> | undefined;

  constructor(private readonly deps: SubscriptionDeps) {}

  /** Prepared once: a billing run suspends or reactivates thousands in one go (P6). */
  private get statements(): ReturnType<typeof prepareStatements> {
    this.prepared ??= prepareStatements(this.deps.db);
    return this.prepared;
  }

  list(filter: { customerId?: string | undefined; status?: SubscriptionStatus | undefined }): Subscription[] {
    const conditions: SQL[] = [];
    if (filter.customerId) conditions.push(eq(subscriptions.customerId, filter.customerId));
    if (filter.status) conditions.push(eq(subscriptions.status, filter.status));
    return this.deps.db.select().from(subscriptions).where(and(...conditions)).orderBy(subscriptions.createdAt).all().map(toSubscription);
  }

  require(id: string): SubscriptionRow {
    const row = this.statements.byId.get({ id });
    if (!row) throw new AppError('NOT_FOUND', 'No such subscription.', { id });
    return row;
  }

  create(input: SubscriptionCreateInput, actor: { createdBy: string | null; now: number }): SubscriptionWrite {
    const { db, plans, customers, documents } = this.deps;
    const customer = customers.require(input.customerId);
    const plan = plans.require(input.planId);
    const username = input.pppUsername ?? generatePppUsername(db, plan.routerId, customer.accountNumber);
    if (usernameTaken(db, plan.routerId, username)) throw new AppError('CONFLICT', `PPP user ${username} already exists on this router.`, { username });
    const row: SubscriptionRow = {
      id: newId(),
      customerId: customer.id,
      planId: plan.id,
      routerId: plan.routerId,
      pppUsername: username,
      pppPassword: input.pppPassword ?? generatePppPassword(),
      startDate: input.startDate ?? documents.today(actor.now),
      status: 'active',
      createdAt: actor.now,
      updatedAt: actor.now,
      suspendedAt: null,
      suspensionKind: null,
      suspensionReason: null,
      cancelledAt: null,
    };
    db.insert(subscriptions).values(row).run();
    writeSecret(db, row, plan, actor.now);
    const invoice = input.invoiceNow
      ? documents.issueInvoice(customer.id, firstInvoiceLines(plan, row.id, row.startDate), { ...actor, subscriptionId: row.id, memo: 'First invoice' })
      : null;
    return { subscription: row, invoice, creditNote: null };
  }

  changePlan(id: string, planId: string, actor: { createdBy: string | null; now: number }): SubscriptionWrite {
    const { db, plans, ledger, documents } = this.deps;
    const current = this.require(id);
    if (current.status === 'cancelled') throw new AppError('CONFLICT', 'A cancelled subscription cannot change plan.');
    if (current.planId === planId) throw new AppError('CONFLICT', 'The subscription is already on this plan.');
    const oldPlan = plans.require(current.planId);
    const newPlan = plans.require(planId);
    if (newPlan.routerId !== current.routerId && usernameTaken(db, newPlan.routerId, current.pppUsername)) {
      throw new AppError('CONFLICT', `PPP user ${current.pppUsername} already exists on the new plan's router.`);
    }
    const today = documents.today(actor.now);
    const billed = billedLineFor(ledger.liveSubscriptionLines(id), today);
    const lines = planChangeLines({ billed, oldPlan, newPlan, subscriptionId: id, anchor: current.startDate, today });
    const next: SubscriptionRow = { ...current, planId: newPlan.id, routerId: newPlan.routerId, updatedAt: actor.now };
    db.update(subscriptions).set({ planId: next.planId, routerId: next.routerId, updatedAt: actor.now }).where(eq(subscriptions.id, id)).run();
    if (next.routerId !== current.routerId) removeDesiredItem(db, current.routerId, SECRET_MENU, current.pppUsername, actor.now);
    writeSecret(db, next, newPlan, actor.now);
    kickSession(db, next, actor.now);
    const options = { ...actor, subscriptionId: id, memo: `Plan change: ${oldPlan.name} → ${newPlan.name}` };
    const creditNote = lines.credit ? documents.issueCreditNote(current.customerId, [lines.credit], options) : null;
    const invoice = lines.charge ? documents.issueInvoice(current.customerId, [lines.charge], options) : null;
    return { subscription: next, invoice, creditNote };
  }

  /** A manager's suspension stays until a manager lifts it; an automatic one (arrears) lifts itself when paid. */
  suspend(id: string, now: number, why: { kind: SuspensionKind; reason: string } = { kind: 'manual', reason: '' }): SubscriptionRow {
    return this.moveStatus(id, ['active'], 'suspended', now, why);
  }

  reactivate(id: string, now: number): SubscriptionRow {
    return this.moveStatus(id, ['suspended'], 'active', now, null);
  }

  /** Cancelling removes the secret from the router; unused time is not credited automatically (a credit note does that). */
  cancel(id: string, now: number): SubscriptionRow {
    const current = this.require(id);
    if (current.status === 'cancelled') throw new AppError('CONFLICT', 'The subscription is already cancelled.');
    const next: SubscriptionRow = { ...current, status: 'cancelled', cancelledAt: now, updatedAt: now };
    this.deps.db.update(subscriptions).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(eq(subscriptions.id, id)).run();
    removeDesiredItem(this.deps.db, current.routerId, SECRET_MENU, current.pppUsername, now);
    kickSession(this.deps.db, current, now);
    return next;
  }

  /**
   * A change made in another office and pulled here, where the subscription's router is owned: this office
   * commands the router, so it brings the secret in line (and drops the live session when access changed).
   */
  followSyncedChange(id: string, now: number): void {
    const sub = this.require(id);
    const before = readDesired(this.deps.db, sub.routerId, SECRET_MENU).get(sub.pppUsername);
    if (sub.status === 'cancelled') {
      if (!before) return;
      removeDesiredItem(this.deps.db, sub.routerId, SECRET_MENU, sub.pppUsername, now);
      kickSession(this.deps.db, sub, now);
      return;
    }
    const plan = this.deps.plans.require(sub.planId);
    writeSecret(this.deps.db, sub, plan, now);
    const accessChanged = before?.['disabled'] !== (sub.status === 'suspended' ? 'yes' : 'no') || before['profile'] !== plan.pppProfile;
    if (before && accessChanged) kickSession(this.deps.db, sub, now);
  }

  private moveStatus(
    id: string,
    from: readonly SubscriptionStatus[],
    to: 'active' | 'suspended',
    now: number,
    why: { kind: SuspensionKind; reason: string } | null,
  ): SubscriptionRow {
    const current = this.require(id);
    if (!from.includes(current.status)) throw new AppError('CONFLICT', `The subscription is ${current.status}: it cannot become ${to}.`);
    const change = {
      status: to,
      suspendedAt: to === 'suspended' ? now : null,
      suspensionKind: why?.kind ?? null,
      suspensionReason: why?.reason ?? null,
      updatedAt: now,
    };
    const next: SubscriptionRow = { ...current, ...change };
    this.statements.moveStatus.run({ id, ...change });
    writeSecret(this.deps.db, next, this.deps.plans.require(next.planId), now);
    if (to === 'suspended') kickSession(this.deps.db, next, now);
    return next;
  }
}

// `set` takes no bare placeholder; wrapped in sql`` it binds as a parameter like any other.
function prepareStatements(db: Db) {
  return {
    byId: db.select().from(subscriptions).where(eq(subscriptions.id, sql.placeholder('id'))).prepare(),
    moveStatus: db
      .update(subscriptions)
      .set({
        status: sql`${sql.placeholder('status')}`,
        suspendedAt: sql`${sql.placeholder('suspendedAt')}`,
        suspensionKind: sql`${sql.placeholder('suspensionKind')}`,
        suspensionReason: sql`${sql.placeholder('suspensionReason')}`,
        updatedAt: sql`${sql.placeholder('updatedAt')}`,
      })
      .where(eq(subscriptions.id, sql.placeholder('id')))
      .prepare(),
  };
}
