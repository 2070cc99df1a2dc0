import type { BillingService } from '../billing/service';
import type { TenderInput } from '../../src-shared/ipc/schemas/till';
import { formatMoney } from '../../src-shared/domain/money';
import type { OfficeService } from '../office/service';
import { EMPTY_ENTRY, type EntryDraft, type TillLedger } from './ledger';
import { methodLabel } from './money';

export interface CollectContext {
  ledger: TillLedger;
  billing: BillingService;
  office: OfficeService;
  reactivatePaidUp(customerId: string, now: number): string[];
  shiftId: string;
  operatorId: string | null;
  now: number;
}

export interface CollectOutcome {
  receiptId: string;
  totalMinor: number;
  ledgerEntryIds: string[];
  entryIds: string[];
  balanceMinor: number;
  reactivatedSubscriptionIds: string[];
}

/**
 * A customer payment at the desk, split across methods, inside the caller's transaction. Each method
 * is one payment in the billing ledger (billing's own recording: allocation stays derived there), one
 * payment item and one tender in the till ledger. No change: what is typed is what is paid.
 */
export function collectPayment(ctx: CollectContext, input: { customerId: string; payments: readonly TenderInput[]; memo: string }): CollectOutcome {
  const paid = input.payments.filter((p) => p.amountMinor > 0);
  const items: EntryDraft[] = [];
  const money: EntryDraft[] = [];
  const ledgerEntryIds: string[] = [];
  for (const payment of paid) {
    const entry = ctx.billing.recordPayment(
      { customerId: input.customerId, amountMinor: payment.amountMinor, method: payment.method, reference: payment.reference, memo: input.memo || 'Till payment' },
      { createdBy: ctx.operatorId, now: ctx.now },
    );
    ledgerEntryIds.push(entry.id);
    items.push({ ...EMPTY_ENTRY, kind: 'payment', amountMinor: payment.amountMinor, description: `Payment (${methodLabel(payment.method)})`, customerId: input.customerId, ledgerEntryId: entry.id });
    money.push({ ...EMPTY_ENTRY, kind: 'tender', method: payment.method, amountMinor: payment.amountMinor, reference: payment.reference ?? null });
  }
  const total = paid.reduce((sum, p) => sum + p.amountMinor, 0);
  const balance = ctx.billing.ledger.balance(input.customerId);
  const reactivated = ctx.reactivatePaidUp(input.customerId, ctx.now);
  const office = ctx.office.require();
  // The balance after this payment is printed on the receipt; a reprint must show the same figure.
  const note = `Balance after payment: ${formatMoney(balance, office.currency, office.locale)}`;
  const written = ctx.ledger.write(
    { shiftId: ctx.shiftId, operatorId: ctx.operatorId, kind: 'payment', customerId: input.customerId, totalMinor: total, tenderedMinor: total, changeMinor: 0, note, now: ctx.now },
    [...items, ...money],
  );
  return {
    receiptId: written.receipt.id,
    totalMinor: total,
    ledgerEntryIds,
    entryIds: written.entries.map((entry) => entry.id),
    balanceMinor: balance,
    reactivatedSubscriptionIds: reactivated,
  };
}
