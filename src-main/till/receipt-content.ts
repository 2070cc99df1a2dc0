import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { customers, operators, vouchers } from '../db/schema';
import type { Office } from '../../src-shared/ipc/schemas/common';
import { formatMoney } from '../../src-shared/domain/money';
import type { DocLine } from './doc-pdf';
import type { EntryRow, ReceiptRow } from './ledger';
import { itemText, noteText, tillLabels, type TillLabels } from './labels';
import { receiptNumber } from '../../src-shared/domain/receipt-number';

// The number's rule lives in src-shared so the till screen shows what the paper says.
export { receiptNumber };

/** Epoch ms as the office's wall clock: receipts show the office time zone, never the machine's. */
export function officeDateTime(epochMs: number, office: Office): string {
  return new Intl.DateTimeFormat(office.locale, {
    timeZone: office.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(epochMs);
}

export interface ReceiptView {
  receipt: ReceiptRow;
  entries: EntryRow[];
  office: Office;
  copy: boolean;
}

function voucherLines(db: Db, entries: readonly EntryRow[], money: (minor: number) => string, labels: TillLabels): DocLine[] {
  const ids = entries.flatMap((entry) => (entry.kind === 'sale' && entry.voucherId ? [entry.voucherId] : []));
  const cards = ids.length > 0 ? db.select({ id: vouchers.id, code: vouchers.code, password: vouchers.password }).from(vouchers).where(inArray(vouchers.id, ids)).all() : [];
  const byId = new Map(cards.map((card) => [card.id, card]));
  const lines: DocLine[] = [];
  for (const entry of entries) {
    if (entry.kind === 'sale') {
      const card = entry.voucherId ? byId.get(entry.voucherId) : undefined;
      lines.push({ kind: 'text', left: entry.planName ?? labels.voucher, right: money(entry.amountMinor) });
      if (card) {
        lines.push({ kind: 'text', left: `${labels.code}: ${card.code}`, bold: true });
        if (card.password !== card.code) lines.push({ kind: 'text', left: `${labels.password}: ${card.password}`, bold: true });
      }
    } else if (entry.kind === 'payment' || entry.kind === 'void') {
      lines.push({ kind: 'text', left: itemText(entry.description, labels), right: money(entry.amountMinor) });
    }
  }
  return lines;
}

function header(db: Db, view: ReceiptView, labels: TillLabels): DocLine[] {
  const { receipt, office } = view;
  const cashier = receipt.operatorId ? db.select({ name: operators.displayName }).from(operators).where(eq(operators.id, receipt.operatorId)).get()?.name : undefined;
  const title = receipt.kind === 'void' ? labels.voidRefund : receipt.kind === 'payment' ? labels.paymentReceipt : labels.receipt;
  const lines: DocLine[] = [
    { kind: 'text', left: office.name, large: true, center: true },
    { kind: 'text', left: title, bold: true, center: true },
  ];
  if (view.copy) lines.push({ kind: 'text', left: labels.copy, bold: true, center: true });
  lines.push(
    { kind: 'text', left: `${labels.number} ${receiptNumber(receipt.id)}` },
    { kind: 'text', left: officeDateTime(receipt.createdAt, office) },
    { kind: 'text', left: `${labels.cashier}: ${cashier ?? '-'}` },
  );
  if (receipt.customerId) {
    const customer = db.select({ name: customers.name, account: customers.accountNumber }).from(customers).where(eq(customers.id, receipt.customerId)).get();
    if (customer) lines.push({ kind: 'text', left: `${labels.customer}: ${customer.name} (${customer.account})` });
  }
  return lines;
}

/** Total, how it was paid (or refunded) per method, change, and the receipt's note. */
function footer(view: ReceiptView, money: (minor: number) => string, labels: TillLabels): DocLine[] {
  const { receipt, entries } = view;
  const lines: DocLine[] = [{ kind: 'rule' }, { kind: 'text', left: labels.total, right: money(receipt.totalMinor), bold: true }];
  for (const entry of entries) {
    if (entry.method === null) continue;
    const method = labels.method[entry.method];
    const label = entry.kind === 'refund' ? `${labels.refund} ${method}` : method;
    const shown = entry.method === 'cash' && entry.kind === 'tender' ? entry.amountMinor + receipt.changeMinor : entry.amountMinor;
    lines.push({ kind: 'text', left: entry.reference ? `${label} (${entry.reference})` : label, right: money(shown) });
  }
  if (receipt.changeMinor > 0) lines.push({ kind: 'text', left: labels.change, right: money(receipt.changeMinor) });
  if (receipt.note !== '') lines.push({ kind: 'gap' }, { kind: 'text', left: receipt.kind === 'void' ? `${labels.reason}: ${receipt.note}` : noteText(receipt.note, labels) });
  lines.push({ kind: 'gap' }, { kind: 'text', left: labels.thanks, center: true });
  return lines;
}

/**
 * The lines of one receipt, from the till ledger alone: a reprint shows exactly what the first print did.
 * Fixed words are in the office's language (labels.ts).
 */
export function receiptLines(db: Db, view: ReceiptView): DocLine[] {
  const money = (minor: number): string => formatMoney(minor, view.office.currency, view.office.locale);
  const labels = tillLabels(view.office);
  return [...header(db, view, labels), { kind: 'rule' }, ...voucherLines(db, view.entries, money, labels), ...footer(view, money, labels)];
}
