import type { ServicePlan } from '../../../src-shared/ipc/schemas/billing';
import type { ImportIssue } from '../../../src-shared/ipc/schemas/customer-import';
import { issue } from './issues';
import type { ImportLookups, RouterRef } from './lookups';

export interface ResolvedPlan {
  plan: ServicePlan | null;
  router: RouterRef | null;
  issues: ImportIssue[];
}

/**
 * The plan a row names: by plan name, else by PPP profile name (case-insensitive), narrowed to the
 * router column when it is filled. A name on several routers needs the router column; a router the
 * plan is not on is a mismatch, not a silent pick.
 */
export function resolvePlan(planText: string, routerText: string | null, lookups: ImportLookups): ResolvedPlan {
  const candidates = lookups.plansByName.get(planText.toLowerCase()) ?? lookups.plansByProfile.get(planText.toLowerCase()) ?? [];
  const router = routerText === null ? null : (lookups.routersByName.get(routerText.toLowerCase()) ?? null);
  if (routerText !== null && router === null) {
    const known = [...lookups.routerName.values()].join(', ') || 'none yet';
    return { plan: null, router: null, issues: [issue('router', 'unknown', `No router named ${routerText} (routers: ${known}).`, routerText)] };
  }
  if (candidates.length === 0) {
    return { plan: null, router, issues: [issue('plan', 'unknown', `No service plan named ${planText}.`, planText)] };
  }
  const onRouter = router === null ? candidates : candidates.filter((plan) => plan.routerId === router.id);
  const [only, ...others] = onRouter;
  if (only === undefined) {
    return { plan: null, router, issues: [issue('plan', 'mismatch', `Plan ${planText} is not on router ${router?.name ?? ''}.`, router?.name ?? null)] };
  }
  if (others.length > 0) {
    const where = router === null ? 'on several routers: fill the router column' : `more than once on router ${router.name}`;
    return { plan: null, router, issues: [issue('plan', 'ambiguous', `Plan ${planText} exists ${where}.`, planText)] };
  }
  const planRouter = router ?? { id: only.routerId, name: lookups.routerName.get(only.routerId) ?? '' };
  return { plan: only, router: planRouter, issues: [] };
}
