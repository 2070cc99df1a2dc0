import type { Currency } from '@shared/domain/money';
import { servicePlanCreateInput, servicePlanUpdateInput, type Cycle, type ServicePlan } from '@shared/ipc/schemas/billing';
import type { CreateServicePlanInput, UpdateServicePlanInput } from '../../api/billing';
import { bpToPercent, minorToText, percentToBp, textToMinor } from './moneyText';

/** What the service plan dialog edits: text as typed, converted to integers only when checked. */
export interface ServicePlanFormValues {
  routerId: string;
  name: string;
  pppProfile: string;
  price: string;
  cycleKind: Cycle['kind'];
  billingDay: string;
  days: string;
  rateLimit: string;
  addressPool: string;
  localAddress: string;
  setupFee: string;
  taxPercent: string;
  graceDays: string;
}

export type ServicePlanField = Exclude<keyof ServicePlanFormValues, 'cycleKind'>;

export function initialServicePlanValues(plan: ServicePlan | undefined, routerId: string, currency: Currency, separator: '.' | ','): ServicePlanFormValues {
  return {
    routerId: plan?.routerId ?? routerId,
    name: plan?.name ?? '',
    pppProfile: plan?.pppProfile ?? '',
    price: plan ? minorToText(plan.priceMinor, currency, separator) : '',
    cycleKind: plan?.cycle.kind ?? 'monthly',
    billingDay: plan?.cycle.kind === 'monthly' ? String(plan.cycle.billingDay) : '1',
    days: plan?.cycle.kind === 'days' ? String(plan.cycle.days) : '30',
    rateLimit: plan?.rateLimit ?? '',
    addressPool: plan?.addressPool ?? '',
    localAddress: plan?.localAddress ?? '',
    setupFee: plan ? minorToText(plan.setupFeeMinor, currency, separator) : '0',
    taxPercent: plan ? bpToPercent(plan.taxRateBp, separator) : '0',
    graceDays: plan ? String(plan.graceDays) : '0',
  };
}

function whole(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

const FIELD_OF_KEY: Record<string, ServicePlanField> = {
  routerId: 'routerId',
  name: 'name',
  pppProfile: 'pppProfile',
  priceMinor: 'price',
  rateLimit: 'rateLimit',
  addressPool: 'addressPool',
  localAddress: 'localAddress',
  setupFeeMinor: 'setupFee',
  taxRateBp: 'taxPercent',
  graceDays: 'graceDays',
};

export type CheckedServicePlan =
  | { ok: true; create: CreateServicePlanInput; update: (id: string) => UpdateServicePlanInput }
  | { ok: false; invalid: ReadonlySet<ServicePlanField> };

/** Checked by the contract's own schema: money as integer minor units, tax as basis points. */
export function checkServicePlanForm(values: ServicePlanFormValues, currency: Currency, separator: '.' | ','): CheckedServicePlan {
  const fields = {
    name: values.name,
    priceMinor: textToMinor(values.price, currency, separator),
    rateLimit: orNull(values.rateLimit),
    addressPool: orNull(values.addressPool),
    localAddress: orNull(values.localAddress),
    setupFeeMinor: values.setupFee.trim() === '' ? 0 : textToMinor(values.setupFee, currency, separator),
    taxRateBp: percentToBp(values.taxPercent, separator),
    graceDays: values.graceDays.trim() === '' ? 0 : whole(values.graceDays),
  };
  const cycle: Cycle =
    values.cycleKind === 'monthly' ? { kind: 'monthly', billingDay: whole(values.billingDay) } : { kind: 'days', days: whole(values.days) };
  const parsed = servicePlanCreateInput.safeParse({ routerId: values.routerId, pppProfile: values.pppProfile.trim(), cycle, ...fields });
  if (!parsed.success) {
    const invalid = new Set<ServicePlanField>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key === 'cycle') invalid.add(values.cycleKind === 'monthly' ? 'billingDay' : 'days');
      const field = FIELD_OF_KEY[key];
      if (field) invalid.add(field);
    }
    return { ok: false, invalid: invalid.size > 0 ? invalid : new Set<ServicePlanField>(['name']) };
  }
  return {
    ok: true,
    create: parsed.data,
    // Router, profile and cycle are fixed once created (billed periods and secrets depend on them).
    update: (id) => servicePlanUpdateInput.parse({ id, ...fields }),
  };
}
