import type { LedgerEntry } from '../../../src-shared/ipc/schemas/billing';
import type { DocumentDetails, DocumentPaper } from '../../../src-shared/ipc/schemas/billing-documents';
import type { Office } from '../../../src-shared/ipc/schemas/common';
import type { Customer } from '../../../src-shared/ipc/schemas/customers';
import { sumMinor } from '../amounts';
import { entryReference } from './entry-names';
import { methodLabel, type DocFormat } from './format';
import type { Applied } from './invoice';
import { documentFoot, documentHead, pair, totalRow } from './parties';
import type { Block } from './render';

export interface ReceiptView {
  office: Office;
  details: DocumentDetails;
  paper: DocumentPaper;
  format: DocFormat;
  customer: Customer;
  payment: LedgerEntry;
  voidEntry: LedgerEntry | null;
  /** The debits (invoices, debit adjustments) this payment paid, oldest first (derived allocation). */
  settled: Applied[];
  /** The customer's balance right after this payment, in ledger order (positive = still owes). */
  balanceAfterMinor: number;
}

function balanceText(format: DocFormat, balance: number): [string, string] {
  return balance < 0 ? ['Credit after payment', format.money(-balance)] : ['Balance after payment', format.money(balance)];
}

/** A payment receipt: method, reference, amount, what it settled and the balance it left. */
export function receiptBlocks(view: ReceiptView): Block[] {
  const { payment, format } = view;
  const amount = -payment.amountMinor;
  const method = payment.method ? methodLabel(payment.method) : '-';
  const facts: Array<[string, string]> = [
    ['Receipt no.', entryReference(payment)],
    ['Date', format.dateTime(payment.occurredAt)],
    ['Method', method],
  ];
  if (payment.reference) facts.push(['Reference', payment.reference]);
  const row = view.paper === 'a4' ? totalRow : pair;
  const blocks: Block[] = [...documentHead({ ...view, title: 'PAYMENT RECEIPT', facts, customerLabel: 'Received from' })];
  if (view.voidEntry) {
    const reason = view.voidEntry.memo === '' ? '' : `: ${view.voidEntry.memo}`;
    blocks.push(
      { kind: 'banner', text: 'VOID' },
      { kind: 'text', text: `Voided on ${format.dateOf(view.voidEntry.occurredAt)}${reason}. This payment was reversed.`, align: 'center' },
    );
  }
  blocks.push(row('AMOUNT RECEIVED', format.money(amount), true));
  const settledTotal = sumMinor(view.settled.map((item) => item.amountMinor));
  if (view.settled.length > 0) {
    blocks.push({ kind: 'gap' }, { kind: 'text', text: 'Settled:', bold: true }, ...view.settled.map((item) => pair(item.name, format.money(item.amountMinor))));
  }
  if (!view.voidEntry && amount > settledTotal) blocks.push(pair('Held as credit', format.money(amount - settledTotal)));
  const [label, value] = balanceText(format, view.balanceAfterMinor);
  blocks.push({ kind: 'rule' }, row(label, value, true));
  if (payment.memo !== '') blocks.push({ kind: 'text', text: `Note: ${payment.memo}` });
  return [...blocks, ...documentFoot(view.details, view.paper)];
}
