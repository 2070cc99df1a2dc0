import type { Sqlite } from '../../db/connection';
import type { Logger } from '../../core/logger';
import type { IsoDate } from '../../../src-shared/domain/civil-date';
import type { Cycle } from '../../../src-shared/ipc/schemas/billing';
import type { BatchInvoice, BillingDocuments, IssueContext } from '../documents';
import type { ServicePlanRow, ServicePlanService } from '../plans';
import type { SubscriptionService } from '../subscriptions';
import { arrearsOf, mayHaveArrears, type Arrear } from './arrears';
import type { DuePeriod, DuePeriodsMemo } from './periods';
import type { PlanLineMemo } from './plan-lines';
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
  /** The run's periodsDue answers (one asOf), shared by its chunks. */
  periods: DuePeriodsMemo;
  /** The run's plan lines per plan and period, shared by its chunks. */
  lines: PlanLineMemo;
}

/** What one chunk did: counts, and the subscriptions it changed (for the run's audit entry). */
export interface ChunkResult {
  counts: RunCounts;
  suspended: string[];
  reactivated: string[];
}

/**
 * How a chunk treats a failing subscription. `together`: no savepoints, the first failure throws and
 * the caller's transaction undoes the whole chunk. `isolated`: each subscription in its own savepoint,
 * failures are counted and logged. The runner tries `together` first (two statements fewer per
 * subscription, P6) and replays a failed chunk `isolated`; every step is idempotent, so the replay
 * cannot double anything.
 */
export type ChunkMode = 'together' | 'isolated';

function cycleOf(sub: RunSubscription): Cycle {
  return sub.cycleKind === 'monthly' ? { kind: 'monthly', billingDay: sub.billingDay ?? 1 } : { kind: 'days', days: sub.cycleDays ?? 30 };
}

/** Arrears of every subscription of the chunk, from its customers' ledgers as they were before the chunk. */
function chunkArrears(snapshot: RunSnapshot, subs: readonly RunSubscription[], asOf: IsoDate): Map<string, Arrear> {
  const grace = new Map(subs.map((sub) => [sub.id, sub.graceDays]));
  const found = new Map<string, Arrear>();
  for (const entries of snapshot.entriesOfPossiblyInArrears([...new Set(subs.map((sub) => sub.customerId))], asOf).values()) {
    if (!mayHaveArrears(entries)) continue;
    for (const [id, arrear] of arrearsOf(entries, grace, asOf)) found.set(id, arrear);
  }
  return found;
}

/**
 * One chunk of a billing run, inside the caller's transaction. Per subscription: lift an automatic
 * suspension whose arrears are paid, invoice every period due, then suspend if an invoice is open past
 * due + grace. Invoices issued here cannot change that test: they are the newest debits, due later.
 */
export function billChunk(deps: ChunkDeps, ids: readonly string[], request: ChunkRequest, mode: ChunkMode): ChunkResult {
  const subs = deps.snapshot.subscriptions(ids);
  const arrears = chunkArrears(deps.snapshot, subs, request.asOf);
  const plans = new Map<string, ServicePlanRow>();
  const planOf = (id: string): ServicePlanRow => plans.get(id) ?? plans.set(id, deps.plans.require(id)).get(id)!;
  const result: ChunkResult = { counts: { ...NO_COUNTS }, suspended: [], reactivated: [] };
  // Together, the chunk's invoices are issued as one batch at the end (one block of numbers); isolated,
  // each subscription's within its own savepoint.
  const batch: BatchInvoice[] = [];
  const issue = (invoices: readonly BatchInvoice[]): void =>
    deps.documents.issueInvoiceBatch(invoices, { now: request.at, createdBy: request.createdBy, memo: 'Scheduled billing' }, request.context);
  for (const sub of subs) {
    const work = workOf(sub, arrears.get(sub.id) ?? null, request);
    if (work === null) continue;
    if (mode === 'together') {
      record(result, sub.id, billSubscription(deps, sub, work, planOf, request, batch));
      continue;
    }
    try {
      const step = deps.sqlite.transaction(() => {
        const own: BatchInvoice[] = [];
        const done = billSubscription(deps, sub, work, planOf, request, own);
        issue(own);
        return done;
      })();
      record(result, sub.id, step);
    } catch (error) {
      result.counts.errors += 1;
      deps.logger.warn('billing run: subscription failed', { subscriptionId: sub.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  issue(batch);
  return result;
}

function record(result: ChunkResult, id: string, step: Step): void {
  result.counts.invoicesIssued += step.invoices;
  if (step.change === 'suspended') {
    result.suspended.push(id);
    result.counts.suspended += 1;
  }
  if (step.change === 'reactivated') {
    result.reactivated.push(id);
    result.counts.reactivated += 1;
  }
}

/** What a subscription needs today; null for most of them on most days (no savepoint, no write). */
interface Work {
  arrear: Arrear | null;
  due: readonly DuePeriod[];
}

function workOf(sub: RunSubscription, arrear: Arrear | null, request: ChunkRequest): Work | null {
  if (sub.status === 'suspended' && arrear) return null;
  const due = request.periods.periodsDue(cycleOf(sub), sub.startDate, sub.lastBilledEnd);
  if (sub.status === 'suspended') return { arrear: null, due };
  return arrear || due.length > 0 ? { arrear, due } : null;
}

interface Step {
  invoices: number;
  change: 'suspended' | 'reactivated' | null;
}

/** Reactivates, queues the periods' invoices into `invoices`, suspends: the caller issues the invoices. */
function billSubscription(
  deps: ChunkDeps,
  sub: RunSubscription,
  work: Work,
  planOf: (id: string) => ServicePlanRow,
  request: ChunkRequest,
  invoices: BatchInvoice[],
): Step {
  let change: Step['change'] = null;
  if (sub.status === 'suspended') {
    deps.subscriptions.reactivate(sub.id, request.at);
    change = 'reactivated';
  }
  const plan = planOf(sub.planId);
  for (const due of work.due) {
    invoices.push({ customerId: sub.customerId, subscriptionId: sub.id, lines: [request.lines.lineFor(plan, due, sub.id)] });
  }
  if (work.arrear) {
    const reason = `Unpaid invoice due ${work.arrear.dueDate}, ${work.arrear.graceDays} grace day(s) passed`;
    deps.subscriptions.suspend(sub.id, request.at, { kind: 'automatic', reason });
    change = 'suspended';
  }
  return { invoices: work.due.length, change };
}
