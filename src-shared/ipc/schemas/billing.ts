import { z } from 'zod';
import { currencySchema, epochMsSchema, idSchema } from './common';
import { routerItemNameSchema } from '../../domain/router-items';
import { isIsoDate } from '../../domain/civil-date';

/**
 * Billing (issue 5): service plans, subscriptions and the customer ledger. Money is always an integer
 * count of minor units of the office currency; tax rates are integer basis points. Dates of the office
 * calendar are `YYYY-MM-DD`. See docs/decisions/0010-billing-ledger.md.
 */

/** Amounts large enough for any office, small enough that sums of many stay safe integers. */
const LIMIT_MINOR = 1e13;
export const minorSchema = z.number().int().min(0).max(LIMIT_MINOR);
const positiveMinor = z.number().int().min(1).max(LIMIT_MINOR);
export const taxRateBpSchema = z.number().int().min(0).max(10_000);
export const isoDateSchema = z.string().refine(isIsoDate, 'a YYYY-MM-DD date');
const rateLimitSchema = z.string().min(1).max(120).regex(/^[0-9A-Za-z/ .]+$/, 'a RouterOS rate limit such as 5M/10M');
const memoSchema = z.string().trim().max(500);

// ---- settings -------------------------------------------------------------------------------------

/** `{OFFICE}`, `{YYYY}` and `{SEQ}` / `{SEQ:n}` (zero-padded to n digits) around ASCII letters, digits, - / _ . */
export const ACCOUNT_FORMAT_PATTERN = /^(?:[A-Za-z0-9/_.-]|\{OFFICE\}|\{YYYY\}|\{SEQ(?::(?:[1-9]|1[0-2]))?\})+$/;
export const accountNumberFormatSchema = z
  .string()
  .min(5)
  .max(40)
  .regex(ACCOUNT_FORMAT_PATTERN, 'letters, digits, - / _ . and {OFFICE}, {YYYY}, {SEQ} or {SEQ:6}')
  .refine((text) => (text.match(/\{SEQ/g) ?? []).length === 1, 'exactly one {SEQ}');

/** `HH:MM`, 24-hour, office local time. */
export const runTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as 00:15');

export const billingSettingsSchema = z
  .object({
    accountNumberFormat: z.string(),
    invoiceDueDays: z.number().int(),
    /** When the daily billing run starts, office local time (docs/decisions/0011). */
    runTime: z.string(),
    currency: currencySchema,
  })
  .strict();
export type BillingSettings = z.infer<typeof billingSettingsSchema>;
export const billingSettingsUpdateInput = z
  .object({
    accountNumberFormat: accountNumberFormatSchema.optional(),
    invoiceDueDays: z.number().int().min(0).max(365).optional(),
    runTime: runTimeSchema.optional(),
  })
  .strict();

// ---- plans ----------------------------------------------------------------------------------------

export const cycleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly'), billingDay: z.number().int().min(1).max(31) }).strict(),
  z.object({ kind: z.literal('days'), days: z.number().int().min(1).max(366) }).strict(),
]);
export type Cycle = z.infer<typeof cycleSchema>;

export const servicePlanSchema = z
  .object({
    id: idSchema,
    routerId: idSchema,
    name: z.string(),
    priceMinor: z.number().int(),
    cycle: cycleSchema,
    pppProfile: z.string(),
    rateLimit: z.string().nullable(),
    addressPool: z.string().nullable(),
    localAddress: z.string().nullable(),
    setupFeeMinor: z.number().int(),
    taxRateBp: z.number().int(),
    graceDays: z.number().int(),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
  })
  .strict();
export type ServicePlan = z.infer<typeof servicePlanSchema>;

const planFields = {
  name: z.string().trim().min(1).max(80),
  priceMinor: minorSchema,
  rateLimit: rateLimitSchema.nullable(),
  addressPool: routerItemNameSchema.nullable(),
  localAddress: routerItemNameSchema.nullable(),
  setupFeeMinor: minorSchema,
  taxRateBp: taxRateBpSchema,
  graceDays: z.number().int().min(0).max(90),
};
export type ServicePlanFields = { [K in keyof typeof planFields]: z.output<(typeof planFields)[K]> };

export const servicePlanListInput = z.object({ routerId: idSchema.optional() }).strict();
export const servicePlanCreateInput = z
  .object({
    routerId: idSchema,
    pppProfile: routerItemNameSchema,
    cycle: cycleSchema,
    name: planFields.name,
    priceMinor: planFields.priceMinor,
    rateLimit: planFields.rateLimit.default(null),
    addressPool: planFields.addressPool.default(null),
    localAddress: planFields.localAddress.default(null),
    setupFeeMinor: planFields.setupFeeMinor.default(0),
    taxRateBp: planFields.taxRateBp.default(0),
    graceDays: planFields.graceDays.default(0),
  })
  .strict();
export type ServicePlanCreateInput = z.output<typeof servicePlanCreateInput>;
/** Router, profile name and cycle are fixed once created: existing periods and secrets depend on them. */
export const servicePlanUpdateInput = z.object(planFields).partial().extend({ id: idSchema }).strict();

// ---- subscriptions --------------------------------------------------------------------------------

export const subscriptionStatusSchema = z.enum(['active', 'suspended', 'cancelled']);
export const suspensionKindSchema = z.enum(['manual', 'automatic']);
export const pppPasswordSchema = z
  .string()
  .min(4)
  .max(64)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

export const subscriptionSchema = z
  .object({
    id: idSchema,
    customerId: idSchema,
    planId: idSchema,
    routerId: idSchema,
    pppUsername: z.string(),
    pppPassword: z.string(),
    startDate: z.string(),
    status: subscriptionStatusSchema,
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
    suspendedAt: epochMsSchema.nullable(),
    /** While suspended: by a manager, or by a billing run for arrears (which a payment lifts). */
    suspensionKind: suspensionKindSchema.nullable(),
    suspensionReason: z.string().nullable(),
    cancelledAt: epochMsSchema.nullable(),
  })
  .strict();
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionListInput = z.object({ customerId: idSchema.optional(), status: subscriptionStatusSchema.optional() }).strict();
export const subscriptionCreateInput = z
  .object({
    customerId: idSchema,
    planId: idSchema,
    /** Typed by the operator, or generated from the account number. */
    pppUsername: routerItemNameSchema.optional(),
    pppPassword: pppPasswordSchema.optional(),
    /** Defaults to today on the office calendar. */
    startDate: isoDateSchema.optional(),
    /** Issue the first invoice (setup fee + first period) now; scheduled billing takes over later. */
    invoiceNow: z.boolean().default(true),
  })
  .strict();
export type SubscriptionCreateInput = z.output<typeof subscriptionCreateInput>;
export const subscriptionChangePlanInput = z.object({ id: idSchema, planId: idSchema }).strict();
export const subscriptionActionInput = z.object({ id: idSchema, reason: memoSchema.default('') }).strict();

// ---- ledger ---------------------------------------------------------------------------------------

export const entryKindSchema = z.enum(['invoice', 'payment', 'credit_note', 'adjustment', 'void']);
export const paymentMethodSchema = z.enum(['cash', 'mobile_money', 'bank_transfer']);
export const lineKindSchema = z.enum(['plan', 'setup_fee', 'manual', 'proration_credit', 'proration_charge']);
export const invoiceStatusSchema = z.enum(['paid', 'partly_paid', 'unpaid', 'overdue', 'void']);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

export const ledgerLineSchema = z
  .object({
    kind: lineKindSchema,
    description: z.string(),
    subscriptionId: idSchema.nullable(),
    planId: idSchema.nullable(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    netMinor: z.number().int(),
    taxRateBp: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
  })
  .strict();
export type LedgerLine = z.infer<typeof ledgerLineSchema>;

export const ledgerEntrySchema = z
  .object({
    id: idSchema,
    customerId: idSchema,
    kind: entryKindSchema,
    number: z.string().nullable(),
    amountMinor: z.number().int(),
    occurredAt: epochMsSchema,
    dueDate: z.string().nullable(),
    method: paymentMethodSchema.nullable(),
    reference: z.string().nullable(),
    memo: z.string(),
    subscriptionId: idSchema.nullable(),
    voidsEntryId: idSchema.nullable(),
    createdBy: idSchema.nullable(),
    lines: z.array(ledgerLineSchema),
  })
  .strict();
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const ledgerWriteOutput = z.object({ entry: ledgerEntrySchema, balanceMinor: z.number().int() }).strict();

const manualLineInput = z
  .object({
    description: z.string().trim().min(1).max(200),
    netMinor: minorSchema,
    taxRateBp: taxRateBpSchema.default(0),
  })
  .strict();
export type ManualLineInput = z.output<typeof manualLineInput>;

export const invoiceCreateInput = z
  .object({
    customerId: idSchema,
    lines: z.array(manualLineInput).min(1).max(100),
    /** Defaults to issue date + the office's invoice due days. */
    dueDate: isoDateSchema.optional(),
    memo: memoSchema.default(''),
  })
  .strict();
export const creditNoteCreateInput = z
  .object({ customerId: idSchema, lines: z.array(manualLineInput).min(1).max(100), memo: z.string().trim().min(1).max(500) })
  .strict();
export const paymentRecordInput = z
  .object({
    customerId: idSchema,
    amountMinor: positiveMinor,
    method: paymentMethodSchema,
    /** Receipt or transaction reference; required for mobile money and bank transfers. */
    reference: z.string().trim().min(1).max(80).optional(),
    memo: memoSchema.default(''),
  })
  .strict()
  .refine((input) => input.method === 'cash' || input.reference !== undefined, {
    message: 'mobile money and bank transfers need their reference',
    path: ['reference'],
  });
export const adjustmentCreateInput = z
  .object({
    customerId: idSchema,
    /** Positive: the customer owes more (a debit); negative: a credit. */
    amountMinor: z.number().int().min(-LIMIT_MINOR).max(LIMIT_MINOR).refine((value) => value !== 0, 'not zero'),
    memo: z.string().trim().min(1).max(500),
  })
  .strict();
export const entryVoidInput = z.object({ entryId: idSchema, reason: z.string().trim().min(1).max(300) }).strict();

export const allocationSchema = z
  .object({ creditEntryId: idSchema, debitEntryId: idSchema, amountMinor: z.number().int() })
  .strict();
export type Allocation = z.infer<typeof allocationSchema>;

export const statementEntrySchema = ledgerEntrySchema
  .extend({
    voidedByEntryId: idSchema.nullable(),
    /** Debits (invoices, debit adjustments): how much credit covers them, what is still open, the status. */
    settledMinor: z.number().int().nullable(),
    openMinor: z.number().int().nullable(),
    status: invoiceStatusSchema.nullable(),
  })
  .strict();
export type StatementEntry = z.infer<typeof statementEntrySchema>;

export const ledgerGetInput = z.object({ customerId: idSchema }).strict();
export const statementSchema = z
  .object({
    customerId: idSchema,
    currency: currencySchema,
    /** Sum of every entry: positive = the customer owes, negative = the office holds credit. */
    balanceMinor: z.number().int(),
    /** Open remainder of debits. */
    outstandingMinor: z.number().int(),
    /** Credit not yet used by any debit (overpayments, credit notes): the next invoice takes it. */
    creditMinor: z.number().int(),
    entries: z.array(statementEntrySchema),
    allocations: z.array(allocationSchema),
  })
  .strict();
export type Statement = z.infer<typeof statementSchema>;

export const subscriptionWriteOutput = z
  .object({ subscription: subscriptionSchema, invoice: ledgerEntrySchema.nullable(), creditNote: ledgerEntrySchema.nullable() })
  .strict();

// ---- billing runs (docs/decisions/0011) ------------------------------------------------------------

export const billingRunTriggerSchema = z.enum(['schedule', 'catch-up', 'manual']);
export const billingRunSchema = z
  .object({
    id: idSchema,
    /** The office-calendar day the run billed for (catch-up runs carry the missed day, not today). */
    asOfDate: z.string(),
    trigger: billingRunTriggerSchema,
    startedAt: epochMsSchema,
    /** Null while running, or when the app stopped half-way (catch-up runs the day again). */
    finishedAt: epochMsSchema.nullable(),
    invoicesIssued: z.number().int(),
    suspended: z.number().int(),
    reactivated: z.number().int(),
    errors: z.number().int(),
    createdBy: idSchema.nullable(),
  })
  .strict();
export type BillingRun = z.infer<typeof billingRunSchema>;
export const billingRunListInput = z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict();
