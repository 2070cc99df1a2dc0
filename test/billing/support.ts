import { startRouterHarness, type RouterHarness } from '../routers/domain/support';
import { SAMPLE_SERVICE_PLAN } from '../support/sample-inputs';
import type { Harness } from '../support/core-harness';
import type { CoreOptions } from '../../src-main/core/create-core';

export interface BillingHarness extends RouterHarness {
  customer(name?: string): Promise<string>;
  plan(overrides?: Partial<{ name: string; priceMinor: number; setupFeeMinor: number; taxRateBp: number; graceDays: number; pppProfile: string; cycle: { kind: 'monthly'; billingDay: number } | { kind: 'days'; days: number } }>): Promise<string>;
}

let profileCounter = 0;

/** An office with staff and a simulated router, plus shortcuts for customers and service plans. */
export async function startBillingHarness(core: Partial<CoreOptions> = {}): Promise<BillingHarness> {
  // Tests move the clock by months: the idle lock must not sign anyone out meanwhile.
  const rh = await startRouterHarness({}, { idleLockMsOverride: 10 * 365 * 86_400_000, ...core });
  return {
    ...rh,
    customer: async (name = 'Siti Aminah') => (await rh.h.must('manager', 'customers.create', { name })).id,
    plan: async (overrides = {}) => {
      profileCounter += 1;
      const input = { ...SAMPLE_SERVICE_PLAN, setupFeeMinor: 0, taxRateBp: 0, routerId: rh.routerId, pppProfile: `plan-${profileCounter}`, ...overrides };
      return (await rh.h.must('manager', 'billing.plans.create', input)).id;
    },
  };
}

/** Sets the manual clock to an instant in the office zone (Asia/Jakarta, UTC+7, no DST). */
export function setJakartaTime(h: Harness, isoLocal: string): void {
  h.clock.set(Date.parse(`${isoLocal}+07:00`));
}
