import type { Office } from '../../src-shared/ipc/schemas/common';
import type { Shift, ZTotals } from '../../src-shared/ipc/schemas/till';
import { TILL_METHOD_NAMES } from '../../src-shared/ipc/schemas/till';
import { formatMoney } from '../../src-shared/domain/money';
import type { DocLine } from './doc-pdf';
import type { EntryRow } from './ledger';
import { tillLabels, type TillLabels } from './labels';
import { zeroPerMethod } from './money';
import { officeDateTime } from './receipt-content';

/**
 * Z-report totals, from the till ledger entries alone. Voided sales leave their plan's line (count and
 * amount), and appear under voids; the money side is every tender and refund per method, so
 * netMinor (items) equals the sum of byMethod by construction of each receipt.
 */
export function zTotals(entries: readonly EntryRow[], shifts: readonly Shift[]): ZTotals {
  const plans = new Map<string, { count: number; amountMinor: number }>();
  const byMethod = zeroPerMethod();
  const totals = { salesMinor: 0, vouchersSold: 0, paymentsMinor: 0, paymentsCount: 0, voidsMinor: 0, voidsCount: 0 };
  const addPlan = (name: string, count: number, amount: number): void => {
    const current = plans.get(name) ?? { count: 0, amountMinor: 0 };
    plans.set(name, { count: current.count + count, amountMinor: current.amountMinor + amount });
  };
  const voidedSale = (entry: EntryRow): boolean => entry.kind === 'void' && entry.voucherSaleId !== null;
  for (const entry of entries) {
    if (entry.method !== null) byMethod[entry.method] += entry.amountMinor;
    if (entry.kind === 'sale' || voidedSale(entry)) addPlan(entry.planName ?? '', entry.kind === 'sale' ? 1 : -1, entry.amountMinor);
    if (entry.kind === 'sale') {
      totals.salesMinor += entry.amountMinor;
      totals.vouchersSold += 1;
    } else if (entry.kind === 'payment') {
      totals.paymentsMinor += entry.amountMinor;
      totals.paymentsCount += 1;
    } else if (entry.kind === 'void') {
      totals.voidsMinor += entry.amountMinor;
      totals.voidsCount += 1;
    }
  }
  const byPlan = [...plans]
    .map(([planName, value]) => ({ planName, ...value }))
    .filter((row) => row.count !== 0 || row.amountMinor !== 0)
    .sort((a, b) => a.planName.localeCompare(b.planName));
  const differenceMinor = shifts.reduce((sum, shift) => sum + (shift.differenceMinor ?? 0), 0);
  return { byPlan, byMethod, ...totals, netMinor: totals.salesMinor + totals.paymentsMinor + totals.voidsMinor, differenceMinor };
}

function shiftLines(shift: Shift, office: Office, money: (minor: number) => string, labels: TillLabels): DocLine[] {
  const lines: DocLine[] = [
    { kind: 'text', left: labels.shiftOf(shift.operatorName), bold: true },
    { kind: 'text', left: `${labels.opened} ${officeDateTime(shift.openedAt, office)}` },
    { kind: 'text', left: shift.closedAt === null ? labels.stillOpen : `${labels.closed} ${officeDateTime(shift.closedAt, office)}` },
  ];
  for (const method of TILL_METHOD_NAMES) {
    const name = labels.method[method];
    lines.push({ kind: 'text', left: `${name} ${labels.float}`, right: money(shift.openingFloats[method]) });
    lines.push({ kind: 'text', left: `${name} ${labels.expected}`, right: money(shift.expected[method]) });
    if (shift.counted && shift.differences) {
      lines.push({ kind: 'text', left: `${name} ${labels.counted}`, right: money(shift.counted[method]) });
      lines.push({ kind: 'text', left: `${name} ${labels.difference}`, right: money(shift.differences[method]) });
    }
  }
  if (shift.differenceReason) lines.push({ kind: 'text', left: `${labels.reason}: ${shift.differenceReason}` });
  lines.push({ kind: 'gap' });
  return lines;
}

/**
 * The printed Z-report: sales by plan, money by method, voids, payments, shifts with differences, signature.
 * Fixed words are in the office's language (labels.ts); the title comes with them from the caller.
 */
export function zReportLines(input: { title: string; office: Office; totals: ZTotals; shifts: readonly Shift[]; printedAt: number }): DocLine[] {
  const { office, totals } = input;
  const labels = tillLabels(office);
  const money = (minor: number): string => formatMoney(minor, office.currency, office.locale);
  const lines: DocLine[] = [
    { kind: 'text', left: office.name, large: true, center: true },
    { kind: 'text', left: input.title, bold: true, center: true },
    { kind: 'text', left: `${labels.printed} ${officeDateTime(input.printedAt, office)}` },
    { kind: 'rule' },
    { kind: 'text', left: labels.salesByPlan, bold: true },
  ];
  for (const row of totals.byPlan) lines.push({ kind: 'text', left: `${row.planName} x ${row.count}`, right: money(row.amountMinor) });
  lines.push(
    { kind: 'text', left: `${labels.vouchersSold}: ${totals.vouchersSold}`, right: money(totals.salesMinor) },
    { kind: 'text', left: `${labels.customerPayments}: ${totals.paymentsCount}`, right: money(totals.paymentsMinor) },
    { kind: 'text', left: `${labels.voids}: ${totals.voidsCount}`, right: money(totals.voidsMinor) },
    { kind: 'text', left: labels.net, right: money(totals.netMinor), bold: true },
    { kind: 'rule' },
    { kind: 'text', left: labels.byMethod, bold: true },
  );
  for (const method of TILL_METHOD_NAMES) lines.push({ kind: 'text', left: labels.method[method], right: money(totals.byMethod[method]) });
  lines.push({ kind: 'text', left: labels.differences, right: money(totals.differenceMinor), bold: true }, { kind: 'rule' });
  for (const shift of input.shifts) lines.push(...shiftLines(shift, office, money, labels));
  const line = '____________________';
  lines.push({ kind: 'gap' }, { kind: 'gap' }, { kind: 'text', left: `${labels.cashierSignature}: ${line}` }, { kind: 'gap' }, { kind: 'text', left: `${labels.managerSignature}: ${line}` });
  return lines;
}
