import { OFFICE_INPUT, PASSWORDS, startCore, type Harness } from '../support/core-harness';
import { routerWithPlan } from '../vouchers/support';
import { SAMPLE_PLAN } from '../support/sample-inputs';

export interface ReportsHarness {
  h: Harness;
  routerId: string;
  /** Price 5000 (the sample plan). */
  planA: string;
  /** Price 3000. */
  planB: string;
  operatorIds: Record<'owner' | 'manager' | 'cashier', string>;
  /** Sets the manual clock (the instant of the next call). */
  at(iso: string): void;
  approval(): Promise<string>;
}

/** An office in `timeZone` with staff signed in, a router (never contacted), two plans with vouchers. */
export async function startReports(timeZone = 'Europe/Berlin', vouchersPerPlan = 30): Promise<ReportsHarness> {
  const h = startCore({ idleLockMsOverride: 10 * 365 * 86_400_000 });
  await h.must('owner', 'setup.createOffice', { ...OFFICE_INPUT, office: { ...OFFICE_INPUT.office, timeZone } });
  for (const role of ['manager', 'cashier', 'technician'] as const) {
    await h.must('owner', 'operators.create', { username: role, displayName: `${role[0]?.toUpperCase()}${role.slice(1)} Person`, role, password: PASSWORDS[role] });
    await h.must(role, 'auth.login', { username: role, password: PASSWORDS[role] });
  }
  const { routerId, planId: planA } = await routerWithPlan(h);
  const planB = (await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, name: 'Hour', priceMinor: 3000, routerId, hotspotProfile: 'hour' })).id;
  for (const planId of [planA, planB]) await h.must('owner', 'vouchers.generate', { planId, count: vouchersPerPlan, length: 8, charset: 'upper-digits', userMode: 'same', note: 'reports' });
  const staff = await h.must('owner', 'operators.list', {});
  const idOf = (username: string): string => staff.find((o) => o.username === username)?.id ?? '';
  return {
    h,
    routerId,
    planA,
    planB,
    operatorIds: { owner: idOf('owner'), manager: idOf('manager'), cashier: idOf('cashier') },
    at: (iso) => h.clock.set(Date.parse(iso)),
    approval: async () => (await h.must('cashier', 'auth.requestApproval', { username: 'manager', password: PASSWORDS.manager, procedure: 'till.void' })).approvalToken,
  };
}
