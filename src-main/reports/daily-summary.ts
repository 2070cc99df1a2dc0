import { formatMoney, type Currency } from '../../src-shared/domain/money';
import type { SalesReport } from '../../src-shared/ipc/schemas/reports';
import type { DocLine } from '../till/doc-pdf';

export interface DailySummaryData {
  officeName: string;
  date: string;
  timeZone: string;
  locale: string;
  currency: Currency;
  /** Set when the summary is one cashier's own. */
  cashierName: string | null;
  generatedAt: string;
  byPlan: SalesReport;
  byMethod: SalesReport;
  byCashier: SalesReport;
}

/**
 * The daily summary as document lines for the till's A4 renderer: totals, then by plan, by method and
 * by cashier (each the day's sales report), so the PDF and the screen come from the same figures.
 */
export function dailySummaryLines(data: DailySummaryData): DocLine[] {
  const money = (minor: number): string => formatMoney(minor, data.currency, data.locale);
  const totals = data.byPlan.totals;
  const section = (title: string, report: SalesReport): DocLine[] => [
    { kind: 'gap' },
    { kind: 'text', left: title, bold: true },
    { kind: 'rule' },
    ...report.rows.map((row): DocLine => ({ kind: 'text', left: `${row.label} (${row.count}${row.voidCount > 0 ? `, ${row.voidCount} void` : ''})`, right: money(row.netMinor) })),
    ...(report.rows.length === 0 ? [{ kind: 'text', left: 'Nothing recorded' } as DocLine] : []),
  ];
  return [
    { kind: 'text', left: data.officeName, large: true },
    { kind: 'text', left: `DAILY SUMMARY: ${data.date}`, bold: true },
    { kind: 'text', left: `Time zone ${data.timeZone}${data.cashierName ? ` · cashier ${data.cashierName}` : ''}` },
    { kind: 'rule' },
    { kind: 'text', left: `Voucher sales`, right: money(totals.voucherSalesMinor ?? 0) },
    { kind: 'text', left: `Subscriber payments`, right: money(totals.paymentsMinor ?? 0) },
    { kind: 'text', left: `Gross (${totals.count} items)`, right: money(totals.grossMinor) },
    { kind: 'text', left: `Voids (${totals.voidCount})`, right: money(totals.voidsMinor) },
    { kind: 'text', left: 'NET', right: money(totals.netMinor), bold: true },
    ...section('By plan', data.byPlan),
    ...section('By payment method (taken minus refunded)', data.byMethod),
    ...section('By cashier', data.byCashier),
    { kind: 'gap' },
    { kind: 'rule' },
    { kind: 'text', left: `Printed ${data.generatedAt}` },
  ];
}
