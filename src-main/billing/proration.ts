import type { IsoDate } from '../../src-shared/domain/civil-date';
import { prorate } from './amounts';
import { contains, cycleContaining, firstPeriod, periodDays, periodLabel, type Period } from './cycles';
import type { LineDraft } from './ledger';
import { planCycle, type ServicePlanRow } from './plans';

/** What a plan line of an invoice needs to be prorated later. */
export interface BilledLine {
  kind: string;
  netMinor: number;
  taxRateBp: number;
  periodStart: string | null;
  periodEnd: string | null;
}

/**
 * The first invoice of a subscription: the setup fee, and the plan from the start date to the end of
 * its cycle. A monthly plan started mid-cycle is charged for the days left of that cycle
 * (price × days left / days of the cycle); a plan counted in days starts a full cycle.
 */
export function firstInvoiceLines(plan: ServicePlanRow, subscriptionId: string, startDate: IsoDate): LineDraft[] {
  const { period, cycle } = firstPeriod(planCycle(plan), startDate);
  const lines: LineDraft[] = [];
  if (plan.setupFeeMinor > 0) {
    lines.push({ kind: 'setup_fee', description: `Setup: ${plan.name}`, netMinor: plan.setupFeeMinor, taxRateBp: plan.taxRateBp, subscriptionId, planId: plan.id });
  }
  lines.push(planLine('plan', plan, subscriptionId, period, prorate(plan.priceMinor, periodDays(period), periodDays(cycle))));
  return lines;
}

export function planLine(kind: LineDraft['kind'], plan: ServicePlanRow, subscriptionId: string, period: Period, netMinor: number): LineDraft {
  const label = kind === 'proration_credit' ? `Unused ${plan.name}` : plan.name;
  return {
    kind,
    description: `${label}, ${periodLabel(period)}`,
    netMinor,
    taxRateBp: plan.taxRateBp,
    subscriptionId,
    planId: plan.id,
    periodStart: period.start,
    periodEnd: period.end,
  };
}

export interface PlanChangeLines {
  credit: LineDraft | null;
  charge: LineDraft | null;
}

/**
 * Proration of a plan change on `today` (docs/decisions/0010): if a live invoice line already billed
 * the period containing today, the rest of it is credited at what was charged for it (line net ×
 * days left / days of the line), and the new plan is charged for the same days at its own price over
 * the full cycle (price × days left / days of the cycle). Nothing billed for today: nothing to prorate.
 */
export function planChangeLines(input: {
  billed: BilledLine | null;
  oldPlan: ServicePlanRow;
  newPlan: ServicePlanRow;
  subscriptionId: string;
  anchor: IsoDate;
  today: IsoDate;
}): PlanChangeLines {
  const { billed, oldPlan, newPlan, subscriptionId, today } = input;
  if (!billed || billed.periodStart === null || billed.periodEnd === null) return { credit: null, charge: null };
  const linePeriod: Period = { start: billed.periodStart, end: billed.periodEnd };
  if (!contains(linePeriod, today)) return { credit: null, charge: null };
  const rest: Period = { start: today, end: linePeriod.end };
  const daysLeft = periodDays(rest);
  const cycle = cycleContaining(planCycle(oldPlan), input.anchor, today);
  const creditNet = prorate(billed.netMinor, daysLeft, periodDays(linePeriod));
  const chargeNet = prorate(newPlan.priceMinor, Math.min(daysLeft, periodDays(cycle)), periodDays(cycle));
  return {
    credit: creditNet > 0 ? { ...planLine('proration_credit', oldPlan, subscriptionId, rest, creditNet), taxRateBp: billed.taxRateBp } : null,
    charge: chargeNet > 0 ? planLine('proration_charge', newPlan, subscriptionId, rest, chargeNet) : null,
  };
}

/** The live line that billed `today` most recently (a second change in one period credits the first change's charge). */
export function billedLineFor<T extends BilledLine>(lines: readonly T[], today: IsoDate): T | null {
  return (
    lines.find(
      (line) =>
        (line.kind === 'plan' || line.kind === 'proration_charge') &&
        line.periodStart !== null &&
        line.periodEnd !== null &&
        contains({ start: line.periodStart, end: line.periodEnd }, today),
    ) ?? null
  );
}
