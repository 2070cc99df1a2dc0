import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  adjustmentCreateInput,
  billingRunListInput,
  billingRunSchema,
  billingSettingsSchema,
  billingSettingsUpdateInput,
  creditNoteCreateInput,
  entryVoidInput,
  invoiceCreateInput,
  ledgerGetInput,
  ledgerWriteOutput,
  paymentRecordInput,
  servicePlanCreateInput,
  servicePlanListInput,
  servicePlanSchema,
  servicePlanUpdateInput,
  statementSchema,
  subscriptionActionInput,
  subscriptionChangePlanInput,
  subscriptionCreateInput,
  subscriptionListInput,
  subscriptionSchema,
  subscriptionWriteOutput,
} from '../schemas/billing';
import { z } from 'zod';

/** Plans, subscriptions, invoices, credit notes and adjustments: managers and owners. */
export const BILLING_ADMINS = ['owner', 'manager'] as const;
/** The desk: cashiers read plans, subscriptions and statements and record payments. */
export const BILLING_DESK = ['owner', 'manager', 'cashier'] as const;

/**
 * Billing (issue 5, first increment): plans, subscriptions (with their PPP secrets), the insert-only
 * customer ledger and the derived statement. See docs/decisions/0010-billing-ledger.md.
 */
export const billingProcedures = {
  'billing.settings.get': procedure({ input: noInput, output: billingSettingsSchema, permission: BILLING_DESK, kind: 'query' }),
  'billing.settings.update': procedure({ input: billingSettingsUpdateInput, output: billingSettingsSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.plans.list': procedure({ input: servicePlanListInput, output: z.array(servicePlanSchema), permission: BILLING_DESK, kind: 'query' }),
  'billing.plans.create': procedure({ input: servicePlanCreateInput, output: servicePlanSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.plans.update': procedure({ input: servicePlanUpdateInput, output: servicePlanSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.subscriptions.list': procedure({ input: subscriptionListInput, output: z.array(subscriptionSchema), permission: BILLING_DESK, kind: 'query' }),
  'billing.subscriptions.create': procedure({ input: subscriptionCreateInput, output: subscriptionWriteOutput, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.subscriptions.changePlan': procedure({
    input: subscriptionChangePlanInput,
    output: subscriptionWriteOutput,
    permission: BILLING_ADMINS,
    kind: 'mutation',
  }),
  'billing.subscriptions.suspend': procedure({ input: subscriptionActionInput, output: subscriptionSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.subscriptions.reactivate': procedure({ input: subscriptionActionInput, output: subscriptionSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.subscriptions.cancel': procedure({ input: subscriptionActionInput, output: subscriptionSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.invoices.create': procedure({ input: invoiceCreateInput, output: ledgerWriteOutput, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.payments.record': procedure({ input: paymentRecordInput, output: ledgerWriteOutput, permission: BILLING_DESK, kind: 'mutation' }),
  'billing.creditNotes.create': procedure({ input: creditNoteCreateInput, output: ledgerWriteOutput, permission: BILLING_ADMINS, kind: 'mutation' }),
  'billing.adjustments.create': procedure({ input: adjustmentCreateInput, output: ledgerWriteOutput, permission: BILLING_ADMINS, kind: 'mutation' }),
  // A cashier may void (a mistyped payment) only with a manager's or owner's approval on their screen.
  'billing.entries.void': procedure({
    input: entryVoidInput,
    output: ledgerWriteOutput,
    permission: BILLING_DESK,
    kind: 'mutation',
    approvalBy: BILLING_ADMINS,
  }),
  'billing.ledger.get': procedure({ input: ledgerGetInput, output: statementSchema, permission: BILLING_DESK, kind: 'query' }),
  // Scheduled billing (docs/decisions/0011): the run history, and a manager's run as of today.
  'billing.runs.list': procedure({ input: billingRunListInput, output: z.array(billingRunSchema), permission: BILLING_ADMINS, kind: 'query' }),
  'billing.runs.runNow': procedure({ input: noInput, output: billingRunSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
