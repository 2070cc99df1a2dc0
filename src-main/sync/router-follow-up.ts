import type { Sqlite } from '../db/connection';
import type { BillingService } from '../billing/service';
import type { Logger } from '../core/logger';
import type { Services } from '../core/services';
import type { RouterRegistry } from '../routers/registry/service';
import type { ApplyOutcome } from './apply';

/**
 * A router is commanded only by the office that owns it (docs/decisions/0015-sync.md). Another office may
 * change the data (suspend a subscriber, take the payment that lifts an arrears suspension, edit a
 * plan): there the router job is recorded as not this office's to run (routers/jobs/enqueue.ts). When the
 * owner pulls such a change, this brings its routers in line: secrets and profiles follow, and a payment
 * taken elsewhere lifts the automatic suspensions on the owner's routers at once. One transaction per page.
 */
export interface RouterFollowUpDeps {
  sqlite: Sqlite;
  registry: RouterRegistry;
  billing: BillingService;
  reactivatePaidUp(customerId: string, now: number): string[];
  transaction<T>(fn: () => T): T;
  now(): number;
  logger: Logger;
}

const MONEY_IN = new Set(['payment', 'credit_note', 'adjustment', 'void']);

function ownRouterIds(deps: RouterFollowUpDeps): Set<string> {
  return new Set(deps.registry.listCommandable().map((row) => row.id));
}

function routerOf(sqlite: Sqlite, table: 'subscriptions' | 'service_plans', id: string): string | null {
  const row = sqlite.prepare(`SELECT router_id AS routerId FROM ${table} WHERE id = ?`).get(id) as { routerId: string } | undefined;
  return row?.routerId ?? null;
}

/** Customers of pulled money-in entries who have an arrears suspension on one of our routers. */
function customersToReactivate(deps: RouterFollowUpDeps, entryIds: readonly string[], own: Set<string>): string[] {
  if (entryIds.length === 0) return [];
  const rows = deps.sqlite
    .prepare(
      `SELECT DISTINCT e.customer_id AS customerId, e.kind, s.router_id AS routerId
       FROM ledger_entries e JOIN subscriptions s ON s.customer_id = e.customer_id
       WHERE e.id IN (SELECT value FROM json_each(?)) AND s.status = 'suspended' AND s.suspension_kind = 'automatic'`,
    )
    .all(JSON.stringify(entryIds)) as Array<{ customerId: string; kind: string; routerId: string }>;
  return [...new Set(rows.filter((row) => MONEY_IN.has(row.kind) && own.has(row.routerId)).map((row) => row.customerId))];
}

/** The `afterApply` hook of the core's sync: follow-up errors are logged, never fail the committed pull. */
export function routerFollowUp(services: Pick<Services, 'sqlite' | 'routers' | 'billing' | 'billingRuns' | 'transaction' | 'clock'>, logger: Logger) {
  const deps: RouterFollowUpDeps = {
    sqlite: services.sqlite,
    registry: services.routers,
    billing: services.billing,
    reactivatePaidUp: (customerId, now) => services.billingRuns.reactivatePaidUp(customerId, now),
    transaction: (fn) => services.transaction(fn),
    now: () => services.clock.now(),
    logger,
  };
  return (changed: ApplyOutcome['changed']): void => {
    try {
      followUpPulledChanges(deps, changed);
    } catch (error) {
      // The pulled page is committed either way; the router's next reconcile catches up.
      logger.warn('router follow-up of pulled changes failed', { message: error instanceof Error ? error.message : String(error) });
    }
  };
}

export function followUpPulledChanges(deps: RouterFollowUpDeps, changed: ApplyOutcome['changed']): void {
  const plans = changed.service_plans ?? [];
  const subscriptions = changed.subscriptions ?? [];
  const entries = changed.ledger_entries ?? [];
  if (plans.length + subscriptions.length + entries.length === 0) return;
  const own = ownRouterIds(deps);
  if (own.size === 0) return;
  const now = deps.now();
  deps.transaction(() => {
    for (const id of plans) {
      const router = routerOf(deps.sqlite, 'service_plans', id);
      if (router && own.has(router)) deps.billing.plans.followSyncedChange(id, now);
    }
    for (const id of subscriptions) {
      const router = routerOf(deps.sqlite, 'subscriptions', id);
      if (router && own.has(router)) deps.billing.subscriptions.followSyncedChange(id, now);
    }
    for (const customerId of customersToReactivate(deps, entries, own)) {
      const lifted = deps.reactivatePaidUp(customerId, now);
      if (lifted.length > 0) deps.logger.info('reactivated after a payment taken in another office', { customerId, subscriptions: lifted.length });
    }
  });
}
