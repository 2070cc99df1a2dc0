import { prorate } from '../amounts';
import { periodDays } from '../cycles';
import type { LineDraft } from '../ledger';
import type { ServicePlanRow } from '../plans';
import { planLine } from '../proration';
import type { DuePeriod } from './periods';

/**
 * A run's plan lines, computed once per plan and due period (P6): the amount (proration over calendar
 * days) and the description depend only on those, and the run's DuePeriodsMemo hands the same period
 * object to every subscription on the same cycle. Only the subscription id differs per line.
 */
export class PlanLineMemo {
  private readonly known = new WeakMap<DuePeriod, Map<string, LineDraft>>();

  lineFor(plan: ServicePlanRow, due: DuePeriod, subscriptionId: string): LineDraft {
    let byPlan = this.known.get(due);
    if (!byPlan) {
      byPlan = new Map();
      this.known.set(due, byPlan);
    }
    let template = byPlan.get(plan.id);
    if (!template) {
      template = planLine('plan', plan, subscriptionId, due.period, prorate(plan.priceMinor, periodDays(due.period), periodDays(due.cycle)));
      byPlan.set(plan.id, template);
    }
    return { ...template, subscriptionId };
  }
}
