import type { Contract } from '../../src-shared/ipc/contract';
import type { HandlerContext, Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import type { LedgerEntry } from '../../src-shared/ipc/schemas/billing';
import { toServicePlan } from './plans';
import { toSubscription, type SubscriptionWrite } from './subscriptions';
import type { Actor } from './service';
import { billingRunHandlers } from './run/handlers';
import { billingDocumentHandlers } from './pdf/handlers';

type BillingProcedure = Extract<keyof Contract, `billing.${string}`>;

function actorOf(ctx: HandlerContext): Actor {
  return { createdBy: ctx.session?.operatorId ?? null, now: ctx.now };
}

function entryDetails(entry: LedgerEntry): Record<string, unknown> {
  return { entryId: entry.id, customerId: entry.customerId, kind: entry.kind, number: entry.number, amountMinor: entry.amountMinor };
}

function writeOutput(write: SubscriptionWrite): { subscription: ReturnType<typeof toSubscription>; invoice: LedgerEntry | null; creditNote: LedgerEntry | null } {
  return { subscription: toSubscription(write.subscription), invoice: write.invoice, creditNote: write.creditNote };
}

/**
 * Handlers of src-shared/ipc/contracts/billing.ts. Each write, its router job, its ledger documents
 * and its audit entry commit in one transaction.
 */
export function billingHandlers(services: Services): Pick<Handlers<Contract>, BillingProcedure> {
  const { billing, billingRuns, transaction } = services;
  /**
   * A ledger write plus its audit entry; answers with the customer's new balance. Any write that
   * settles arrears (a payment, a credit note, a voided invoice) lifts the customer's automatic
   * suspensions in the same transaction (docs/decisions/0011).
   */
  const ledgerWrite = (ctx: HandlerContext, summary: (entry: LedgerEntry) => string, write: () => LedgerEntry) =>
    transaction(() => {
      const entry = write();
      const reactivated = billingRuns.reactivatePaidUp(entry.customerId, ctx.now);
      const suffix = reactivated.length > 0 ? `; reactivated ${reactivated.length} subscription(s)` : '';
      ctx.audit(`${summary(entry)}${suffix}`, { ...entryDetails(entry), ...(reactivated.length > 0 ? { reactivatedSubscriptionIds: reactivated } : {}) });
      return { entry, balanceMinor: billing.ledger.balance(entry.customerId) };
    });
  return {
    ...billingRunHandlers(services),
    ...billingDocumentHandlers(services),
    'billing.settings.get': () => billing.settings.get(),
    'billing.settings.update': (input, ctx) =>
      transaction(() => {
        const result = billing.settings.update(input, ctx.now);
        ctx.audit('updated billing settings', { ...input });
        return result;
      }),
    'billing.plans.list': (input) => billing.plans.list(input.routerId),
    'billing.plans.create': (input, ctx) =>
      transaction(() => {
        const row = billing.plans.create(input, ctx.now);
        ctx.audit(`created service plan ${row.name} (${row.pppProfile})`, { planId: row.id, routerId: row.routerId, priceMinor: row.priceMinor });
        return toServicePlan(row);
      }),
    'billing.plans.update': (input, ctx) =>
      transaction(() => {
        const { id, ...changes } = input;
        const row = billing.plans.update(id, changes, ctx.now);
        ctx.audit(`updated service plan ${row.name}`, { planId: id, changes });
        return toServicePlan(row);
      }),
    'billing.subscriptions.list': (input) => billing.subscriptions.list(input),
    'billing.subscriptions.create': (input, ctx) =>
      transaction(() => {
        const write = billing.subscriptions.create(input, actorOf(ctx));
        const sub = write.subscription;
        ctx.audit(`created subscription ${sub.pppUsername}`, { subscriptionId: sub.id, customerId: sub.customerId, planId: sub.planId, invoiceId: write.invoice?.id ?? null });
        return writeOutput(write);
      }),
    'billing.subscriptions.changePlan': (input, ctx) =>
      transaction(() => {
        const write = billing.subscriptions.changePlan(input.id, input.planId, actorOf(ctx));
        ctx.audit(`changed plan of subscription ${write.subscription.pppUsername}`, {
          subscriptionId: input.id,
          planId: input.planId,
          invoiceId: write.invoice?.id ?? null,
          creditNoteId: write.creditNote?.id ?? null,
        });
        return writeOutput(write);
      }),
    'billing.subscriptions.suspend': (input, ctx) =>
      transaction(() => {
        const row = billing.subscriptions.suspend(input.id, ctx.now, { kind: 'manual', reason: input.reason });
        ctx.audit(`suspended subscription ${row.pppUsername}`, { subscriptionId: row.id, reason: input.reason });
        return toSubscription(row);
      }),
    'billing.subscriptions.reactivate': (input, ctx) =>
      transaction(() => {
        const row = billing.subscriptions.reactivate(input.id, ctx.now);
        ctx.audit(`reactivated subscription ${row.pppUsername}`, { subscriptionId: row.id, reason: input.reason });
        return toSubscription(row);
      }),
    'billing.subscriptions.cancel': (input, ctx) =>
      transaction(() => {
        const row = billing.subscriptions.cancel(input.id, ctx.now);
        ctx.audit(`cancelled subscription ${row.pppUsername}`, { subscriptionId: row.id, reason: input.reason });
        return toSubscription(row);
      }),
    'billing.invoices.create': (input, ctx) =>
      ledgerWrite(ctx, (entry) => `issued invoice ${entry.number ?? ''}`, () => billing.createInvoice(input, actorOf(ctx))),
    'billing.payments.record': (input, ctx) =>
      ledgerWrite(ctx, (entry) => `recorded ${entry.method ?? ''} payment of ${-entry.amountMinor}`, () => billing.recordPayment(input, actorOf(ctx))),
    'billing.creditNotes.create': (input, ctx) =>
      ledgerWrite(ctx, (entry) => `issued credit note of ${-entry.amountMinor}`, () => billing.createCreditNote(input, actorOf(ctx))),
    'billing.adjustments.create': (input, ctx) =>
      ledgerWrite(ctx, (entry) => `recorded adjustment of ${entry.amountMinor}`, () => billing.createAdjustment(input, actorOf(ctx))),
    'billing.entries.void': (input, ctx) =>
      ledgerWrite(ctx, (entry) => `voided ledger entry ${entry.voidsEntryId ?? ''}`, () => billing.voidEntry(input.entryId, input.reason, actorOf(ctx))),
    'billing.ledger.get': (input, ctx) => billing.statement(input.customerId, ctx.now),
  };
}
