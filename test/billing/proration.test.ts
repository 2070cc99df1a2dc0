import { describe, expect, it } from 'vitest';
import { cycleContaining, firstPeriod, periodDays } from '../../src-main/billing/cycles';
import { mulDivRound, prorate, taxOf } from '../../src-main/billing/amounts';
import { billedLineFor, firstInvoiceLines, planChangeLines } from '../../src-main/billing/proration';
import type { ServicePlanRow } from '../../src-main/billing/plans';

const monthly = (billingDay: number) => ({ kind: 'monthly', billingDay }) as const;

function plan(overrides: Partial<ServicePlanRow>): ServicePlanRow {
  return {
    id: '01940000-0000-7000-8000-000000000001',
    routerId: '01940000-0000-7000-8000-0000000000ff',
    name: 'Home',
    priceMinor: 150_000,
    cycleKind: 'monthly',
    billingDay: 1,
    cycleDays: null,
    pppProfile: 'home',
    rateLimit: null,
    addressPool: null,
    localAddress: null,
    setupFeeMinor: 0,
    taxRateBp: 0,
    graceDays: 0,
    createdAt: 0,
    updatedAt: 0,
    archivedAt: null,
    ...overrides,
  };
}

describe('billing cycles', () => {
  it('monthly cycles run billing day to billing day: 31, 28, 29 and 30 days', () => {
    expect(cycleContaining(monthly(15), '2026-01-01', '2026-01-20')).toEqual({ start: '2026-01-15', end: '2026-02-15' });
    expect(periodDays(cycleContaining(monthly(15), '2026-01-01', '2026-01-20'))).toBe(31);
    expect(periodDays(cycleContaining(monthly(15), '2026-01-01', '2026-02-20'))).toBe(28);
    expect(periodDays(cycleContaining(monthly(15), '2026-01-01', '2028-02-20'))).toBe(29);
    expect(periodDays(cycleContaining(monthly(15), '2026-01-01', '2026-04-20'))).toBe(30);
    // Before the billing day, the cycle started last month (across the year end too).
    expect(cycleContaining(monthly(15), '2026-01-01', '2027-01-03')).toEqual({ start: '2026-12-15', end: '2027-01-15' });
  });

  it('billing days past a short month clamp to its last day', () => {
    expect(cycleContaining(monthly(31), '2026-01-01', '2026-02-10')).toEqual({ start: '2026-01-31', end: '2026-02-28' });
    expect(cycleContaining(monthly(31), '2026-01-01', '2026-03-05')).toEqual({ start: '2026-02-28', end: '2026-03-31' });
    expect(cycleContaining(monthly(31), '2026-01-01', '2026-04-30')).toEqual({ start: '2026-04-30', end: '2026-05-31' });
    expect(cycleContaining(monthly(30), '2028-01-01', '2028-02-29')).toEqual({ start: '2028-02-29', end: '2028-03-30' });
  });

  it('day-count cycles are counted from the subscription start', () => {
    expect(cycleContaining({ kind: 'days', days: 30 }, '2026-01-10', '2026-03-01')).toEqual({ start: '2026-02-09', end: '2026-03-11' });
    expect(cycleContaining({ kind: 'days', days: 7 }, '2026-01-10', '2026-01-10')).toEqual({ start: '2026-01-10', end: '2026-01-17' });
    expect(firstPeriod({ kind: 'days', days: 30 }, '2026-01-10').period).toEqual({ start: '2026-01-10', end: '2026-02-09' });
  });
});

describe('integer money arithmetic', () => {
  it('rounds half up without floats, even past 2^53 in the product', () => {
    expect(mulDivRound(5, 1, 2)).toBe(3);
    expect(mulDivRound(4, 1, 3)).toBe(1);
    expect(taxOf(58_065, 1100)).toBe(6387); // 6387.15
    expect(taxOf(45, 1000)).toBe(5); // 4.5 rounds up
    expect(prorate(9_000_000_000_000, 29, 31)).toBe(8_419_354_838_710); // 8,419,354,838,709.68
    expect(() => prorate(100, 32, 31)).toThrow(RangeError);
    expect(() => mulDivRound(1.5, 1, 2)).toThrow(RangeError);
  });
});

describe('proration', () => {
  it('a monthly plan started mid-cycle is charged for the days left of the cycle', () => {
    const lines = firstInvoiceLines(plan({ setupFeeMinor: 50_000, taxRateBp: 1100 }), 'sub', '2026-01-15');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ kind: 'setup_fee', netMinor: 50_000, taxRateBp: 1100 });
    // 17 of January's 31 days: 150000 × 17 / 31 = 82258.06
    expect(lines[1]).toMatchObject({ kind: 'plan', netMinor: 82_258, periodStart: '2026-01-15', periodEnd: '2026-02-01' });
    expect(firstInvoiceLines(plan({}), 'sub', '2026-02-01')[0]).toMatchObject({ netMinor: 150_000, periodEnd: '2026-03-01' });
  });

  it.each([
    // [billed period, change day, days left, days in cycle]
    ['2026-01-01', '2026-02-01', '2026-01-20', 12, 31],
    ['2026-02-01', '2026-03-01', '2026-02-20', 9, 28],
    ['2028-02-01', '2028-03-01', '2028-02-15', 15, 29],
    ['2026-04-01', '2026-05-01', '2026-04-30', 1, 30],
  ])('period %s..%s changed on %s: credits and charges %i of %i days', (start, end, today, left, days) => {
    const oldPlan = plan({ priceMinor: 150_000, taxRateBp: 1100 });
    const newPlan = plan({ id: '01940000-0000-7000-8000-000000000002', name: 'Fast', priceMinor: 250_000, taxRateBp: 1000 });
    const billed = { kind: 'plan', netMinor: 150_000, taxRateBp: 1100, periodStart: start, periodEnd: end };
    const { credit, charge } = planChangeLines({ billed, oldPlan, newPlan, subscriptionId: 'sub', anchor: start, today });
    expect(credit).toMatchObject({ kind: 'proration_credit', netMinor: Math.round((150_000 * left) / days), taxRateBp: 1100, periodStart: today, periodEnd: end });
    expect(charge).toMatchObject({ kind: 'proration_charge', netMinor: Math.round((250_000 * left) / days), taxRateBp: 1000, periodStart: today, periodEnd: end });
  });

  it('credits a partial first period at what it actually charged', () => {
    // First period Jan 15 – Feb 1 billed 82258 for 17 days; a change on Jan 25 leaves 7 of those 17 days.
    const billed = { kind: 'plan', netMinor: 82_258, taxRateBp: 0, periodStart: '2026-01-15', periodEnd: '2026-02-01' };
    const { credit, charge } = planChangeLines({ billed, oldPlan: plan({}), newPlan: plan({ priceMinor: 310_000 }), subscriptionId: 's', anchor: '2026-01-15', today: '2026-01-25' });
    expect(credit?.netMinor).toBe(33_871); // 82258 × 7 / 17 = 33870.82
    expect(charge?.netMinor).toBe(70_000); // 310000 × 7 / 31
  });

  it('nothing billed for today means nothing to prorate; the newest covering line wins', () => {
    const args = { oldPlan: plan({}), newPlan: plan({ priceMinor: 1 }), subscriptionId: 's', anchor: '2026-01-01', today: '2026-03-10' };
    expect(planChangeLines({ ...args, billed: null })).toEqual({ credit: null, charge: null });
    const old = { kind: 'plan', netMinor: 1, taxRateBp: 0, periodStart: '2026-02-01', periodEnd: '2026-03-01' };
    expect(planChangeLines({ ...args, billed: old })).toEqual({ credit: null, charge: null });
    const lines = [
      { kind: 'proration_charge', netMinor: 2, taxRateBp: 0, periodStart: '2026-03-05', periodEnd: '2026-04-01' },
      { kind: 'setup_fee', netMinor: 9, taxRateBp: 0, periodStart: null, periodEnd: null },
      { kind: 'plan', netMinor: 3, taxRateBp: 0, periodStart: '2026-03-01', periodEnd: '2026-04-01' },
    ];
    expect(billedLineFor(lines, '2026-03-10')?.netMinor).toBe(2);
    expect(billedLineFor(lines, '2026-03-02')?.netMinor).toBe(3);
    expect(billedLineFor(lines, '2026-04-01')).toBeNull();
  });
});
