import type { Sqlite } from '../../db/connection';
import type { Logger } from '../../core/logger';
import type { IsoDate } from '../../../src-shared/domain/civil-date';
import type { Cycle } from '../../../src-shared/ipc/schemas/billing';
import { prorate } from '../amounts';
import { periodDays } from '../cycles';
import type { BillingDocuments, IssueContext } from '../documents';
import type { ServicePlanRow, ServicePlanService } from '../plans';
import { planLine } from '../proration';
import type { SubscriptionService } from '../subscriptions';
import { arrearsOf, mayHaveArrears, type Arrear } from './arrears';
import { periodsDue } from './periods';
import type { RunSnapshot, RunSubscription } from './snapshot';
import { NO_COUNTS, type RunCounts } from './store';

export interface ChunkDeps {
  sqlite: Sqlite;
  logger: Logger;
  snapshot: RunSnapshot;
  plans: ServicePlanService;
  documents: BillingDocuments;
  subscriptions: SubscriptionService;
}

/** What one run carries into each of its chunks. */
export interface ChunkRequest {
  asOf: IsoDate;
  /** The instant invoices and status changes carry: the run's own day, also during catch-up. */
  at: number;
  createdBy: string | null;
  context: IssueContext;
}

/** Subscriptions changed by a chunk, for the run's audit entry. */
export interface ChunkChanges {
  suspended: string[];
  reactivated: string[];
}

function cycleOf(sub: RunSubscription): Cycle {
  return sub.cycleKind === 'monthly' ? { kind: 'monthly', billingDay: sub.billingDay ?? 1 } : { kind: 'days', days: sub.cycleDays ?? 30 };
}

/** Arrears of every subscription of the chunk, from its customers' ledgers as they were before the chunk. */
function chunkArrears(snapshot: RunSnapshot, subs: readonly RunSubscription[], asOf: IsoDate): Map<string, Arrear> {
  const grace = new Map(subs.map((sub) => [sub.id, sub.graceDays]));
  const found = new Map<string, Arrear>();
  for (const entries of snapshot.entriesByCustomer([...new Set(subs.map((sub) => sub.customerId))]).values()) {
    if (!mayHaveArrears(entries)) continue;
    for (const [id, arrear] of arrearsOf(entries, grace, asOf)) found.set(id, arrear);
  }
  return found;
}

/**
 * One chunk of a billing run, inside the caller's transaction. Per subscription: lift an automatic
 * suspension whose arrears are paid, invoice every period due, then suspend if an invoice is open past
 * due + grace. Invoices issued here cannot change that test: they are the newest debits, due later.
 * Each subscription runs in its own savepoint, so one failure (say its router was deleted) is counted
 * and logged without undoing the rest of the chunk.
 */
export function billChunk(deps: ChunkDeps, ids: readonly string[], request: ChunkRequest, changes: ChunkChanges): RunCounts {
  const subs = deps.snapshot.subscriptions(ids);
  const arrears = chunkArrears(deps.snapshot, subs, request.asOf);
  const plans = new Map<string, ServicePlanRow>();
  const planOf = (id: string): ServicePlanRow => plans.get(id) ?? plans.set(id, deps.plans.require(id)).get(id)!;
  const counts = { ...NO_COUNTS };
  for (const sub of subs) {
    if (!hasWork(sub, arrears.has(sub.id), request.asOf)) continue;
    try {
      const step = deps.sqlite.transaction(() => billSubscription(deps, sub, arrears.get(sub.id) ?? null, planOf, request))();
      counts.invoicesIssued += step.invoices;
      if (step.change === 'suspended') changes.suspended.push(sub.id);
      if (step.change === 'reactivated') changes.reactivated.push(sub.id);
      if (step.change === 'suspended') counts.suspended += 1;
      if (step.change === 'reactivated') counts.reactivated += 1;
    } catch (error) {
      counts.errors += 1;
      deps.logger.warn('billing run: subscription failed', { subscriptionId: sub.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return counts;
}

/** Most subscriptions on most days owe nothing: they skip the savepoint and every write. */
function hasWork(sub: RunSubscription, inArrears: boolean, asOf: IsoDate): boolean {
  if (sub.status === 'suspended') return !inArrears;
  return inArrears || periodsDue(cycleOf(sub), sub.startDate, sub.lastBilledEnd, asOf).length > 0;
}

interface Step {
  invoices: number;
  change: 'suspended' | 'reactivated' | null;
}

function billSubscription(deps: ChunkDeps, sub: RunSubscription, arrear: Arrear | null, planOf: (id: string) => ServicePlanRow, request: ChunkRequest): Step {
  let change: Step['change'] = null;
  if (sub.status === 'suspended') {
    if (arrear) return { invoices: 0, change: null };
    deps.subscriptions.reactivate(sub.id, request.at);
    change = 'reactivated';
  }
  const plan = planOf(sub.planId);
  const due = periodsDue(cycleOf(sub), sub.startDate, sub.lastBilledEnd, request.asOf);
  for (const { period, cycle } of due) {
    const line = planLine('plan', plan, sub.id, period, prorate(plan.priceMinor, periodDays(period), periodDays(cycle)));
    const options = { now: request.at, createdBy: request.createdBy, subscriptionId: sub.id, memo: 'Scheduled billing' };
    deps.documents.issueInvoice(sub.customerId, [line], options, request.context);
  }
  if (arrear) {
    const reason = `Unpaid invoice due ${arrear.dueDate}, ${arrear.graceDays} grace day(s) passed`;
    deps.subscriptions.suspend(sub.id, request.at, { kind: 'automatic', reason });
    change = 'suspended';
  }
  return { invoices: due.length, change };
}
