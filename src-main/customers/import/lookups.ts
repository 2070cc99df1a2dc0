import { isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { customers, importedPppSecrets, routers, subscriptions } from '../../db/schema';
import type { ServicePlan } from '../../../src-shared/ipc/schemas/billing';
import { toCustomer } from '../rows';
import { identityKey } from './identity';

export interface RouterRef {
  id: string;
  name: string;
}

/**
 * What the checks compare rows with, read once per preview or commit (10,000 rows must not cost
 * 10,000 scans). Read inside the commit's transaction, so it is what the write will meet.
 */
export interface ImportLookups {
  today: string;
  /** Live plans by lower-case name, and by lower-case PPP profile (exports of other tools name profiles). */
  plansByName: Map<string, ServicePlan[]>;
  plansByProfile: Map<string, ServicePlan[]>;
  routersByName: Map<string, RouterRef>;
  routerName: Map<string, string>;
  /** Existing account numbers. */
  accountNumbers: Set<string>;
  /** Existing customers by `identityKey` → their account number (finds a re-import of rows without keys). */
  identities: Map<string, string>;
  /**
   * A live subscription holds the PPP name on the router: billing's rule (`usernameTaken` in
   * billing/credentials.ts), read for all routers at once; `SubscriptionService.create` still applies
   * it to every subscription it writes.
   */
  usernameTaken(routerId: string, username: string): boolean;
  /** The router holds a secret of that name that the app did not create (seen by Import from router). */
  operatorSecret(routerId: string, username: string): boolean;
}

function groupBy(plans: readonly ServicePlan[], key: (plan: ServicePlan) => string): Map<string, ServicePlan[]> {
  const map = new Map<string, ServicePlan[]>();
  for (const plan of plans) map.set(key(plan), [...(map.get(key(plan)) ?? []), plan]);
  return map;
}

export function loadLookups(db: Db, plans: readonly ServicePlan[], today: string): ImportLookups {
  const liveRouters = db.select({ id: routers.id, name: routers.name }).from(routers).where(isNull(routers.deletedAt)).all();
  const existing = db.select().from(customers).all().map(toCustomer);
  const liveNames = new Set(
    db
      .select({ routerId: subscriptions.routerId, name: subscriptions.pppUsername })
      .from(subscriptions)
      .where(ne(subscriptions.status, 'cancelled'))
      .all()
      .map((row) => `${row.routerId}\n${row.name}`),
  );
  const secrets = new Set(
    db
      .select({ routerId: importedPppSecrets.routerId, name: importedPppSecrets.name })
      .from(importedPppSecrets)
      .all()
      .map((row) => `${row.routerId}\n${row.name}`),
  );
  const routerName = new Map(liveRouters.map((router) => [router.id, router.name]));
  // A plan whose router was removed cannot take new subscribers.
  const usable = plans.filter((plan) => routerName.has(plan.routerId));
  return {
    today,
    plansByName: groupBy(usable, (plan) => plan.name.toLowerCase()),
    plansByProfile: groupBy(usable, (plan) => plan.pppProfile.toLowerCase()),
    routersByName: new Map(liveRouters.map((router) => [router.name.toLowerCase(), router])),
    routerName,
    accountNumbers: new Set(existing.map((customer) => customer.accountNumber)),
    identities: new Map(existing.map((customer) => [identityKey(customer), customer.accountNumber])),
    usernameTaken: (routerId, username) => liveNames.has(`${routerId}\n${username}`),
    operatorSecret: (routerId, username) => secrets.has(`${routerId}\n${username}`),
  };
}
