import { MoneyParseError, parseMoney, type Currency } from '@shared/domain/money';
import { planCreateInput, planUpdateInput, type Plan } from '@shared/ipc/schemas/vouchers';
import type { CreatePlanInput, UpdatePlanInput } from '../../../api/vouchers';
import { DATA_UNITS, DURATION_UNITS, joinAmount, splitAmount, type Amount, type DataUnit, type DurationUnit } from '../units';

export type ExpiryMode = Plan['expiryMode'];

/** What the plan dialog edits: text as typed, converted to integers only when checked. */
export interface PlanFormValues {
  routerId: string;
  name: string;
  hotspotProfile: string;
  /** Major units as typed ("5000" or "12.50"), parsed digit by digit into minor units. */
  price: string;
  validity: Amount<DurationUnit>;
  timeLimit: Amount<DurationUnit>;
  dataLimit: Amount<DataUnit>;
  rateLimit: string;
  sharedUsers: string;
  macLock: boolean;
  /** The till generates a card on the spot when none is left. */
  tillOnTheSpot: boolean;
  expiryMode: ExpiryMode;
}

export type PlanFormField = Exclude<keyof PlanFormValues, 'macLock' | 'tillOnTheSpot' | 'expiryMode'>;

/** The decimal separator of the office locale ("," for id-ID), used both to show and to parse prices. */
export function decimalSeparator(locale: string): '.' | ',' {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((item) => item.type === 'decimal');
  return part?.value === ',' ? ',' : '.';
}

/** Minor units as plain major-unit text without grouping: 1250050 (exponent 2) -> "12500.50". */
export function minorToText(minor: number, currency: Currency, separator: '.' | ','): string {
  if (currency.exponent === 0) return String(minor);
  const digits = String(minor).padStart(currency.exponent + 1, '0');
  return `${digits.slice(0, -currency.exponent)}${separator}${digits.slice(-currency.exponent)}`;
}

export function initialPlanValues(plan: Plan | undefined, routerId: string, currency: Currency, separator: '.' | ','): PlanFormValues {
  return {
    routerId: plan?.routerId ?? routerId,
    name: plan?.name ?? '',
    hotspotProfile: plan?.hotspotProfile ?? '',
    price: plan?.priceMinor == null ? '' : minorToText(plan.priceMinor, currency, separator),
    validity: splitAmount(plan?.validityMs ?? null, DURATION_UNITS, 'days'),
    timeLimit: splitAmount(plan?.timeLimitMs ?? null, DURATION_UNITS, 'hours'),
    dataLimit: splitAmount(plan?.dataLimitBytes ?? null, DATA_UNITS, 'GB'),
    rateLimit: plan?.rateLimit ?? '',
    sharedUsers: plan?.sharedUsers == null ? '' : String(plan.sharedUsers),
    macLock: plan?.macLock ?? false,
    tillOnTheSpot: plan?.tillOnTheSpot ?? false,
    expiryMode: plan?.expiryMode ?? 'remove',
  };
}

/** A price that does not parse becomes NaN so the schema names the field instead of the form guessing. */
function priceMinor(text: string, currency: Currency, separator: '.' | ','): number {
  try {
    return parseMoney(text, currency.exponent, separator);
  } catch (error) {
    if (error instanceof MoneyParseError) return Number.NaN;
    throw error;
  }
}

function wholeOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const FIELD_OF_KEY: Record<string, PlanFormField> = {
  routerId: 'routerId',
  name: 'name',
  hotspotProfile: 'hotspotProfile',
  priceMinor: 'price',
  validityMs: 'validity',
  timeLimitMs: 'timeLimit',
  dataLimitBytes: 'dataLimit',
  rateLimit: 'rateLimit',
  sharedUsers: 'sharedUsers',
};

export type CheckedPlan =
  | { ok: true; create: CreatePlanInput; update: (id: string) => UpdatePlanInput }
  | { ok: false; invalid: ReadonlySet<PlanFormField> };

/** Checked by the contract's own schema, so the dialog accepts exactly what main accepts. */
export function checkPlanForm(values: PlanFormValues, currency: Currency, separator: '.' | ','): CheckedPlan {
  const fields = {
    name: values.name,
    priceMinor: priceMinor(values.price, currency, separator),
    validityMs: joinAmount(values.validity, DURATION_UNITS),
    timeLimitMs: joinAmount(values.timeLimit, DURATION_UNITS),
    dataLimitBytes: joinAmount(values.dataLimit, DATA_UNITS),
    rateLimit: values.rateLimit.trim() === '' ? null : values.rateLimit.trim(),
    sharedUsers: wholeOrNull(values.sharedUsers),
    macLock: values.macLock,
    tillOnTheSpot: values.tillOnTheSpot,
    expiryMode: values.expiryMode,
  };
  const create = planCreateInput.safeParse({ routerId: values.routerId, hotspotProfile: values.hotspotProfile.trim(), ...fields });
  if (!create.success) {
    const invalid = new Set<PlanFormField>();
    for (const issue of create.error.issues) {
      const field = FIELD_OF_KEY[String(issue.path[0])];
      if (field) invalid.add(field);
    }
    return { ok: false, invalid: invalid.size > 0 ? invalid : new Set<PlanFormField>(['name']) };
  }
  return {
    ok: true,
    create: create.data,
    // Router and profile are fixed once a plan exists (its vouchers live in that profile).
    update: (id) => planUpdateInput.parse({ id, ...fields }),
  };
}
