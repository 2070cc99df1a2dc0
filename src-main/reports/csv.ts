import type { Currency } from '../../src-shared/domain/money';
import type { AgingReport, ChurnReport, SalesReport, StockReport } from '../../src-shared/ipc/schemas/reports';

/**
 * CSV (RFC 4180: comma, CRLF, quotes doubled) with a UTF-8 BOM so spreadsheet programs read names in
 * any script. Money is a plain decimal in major units ("12.50", never grouped or with a symbol) so it
 * sums in a spreadsheet; text cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
export type Cell = string | number;

/** A plain decimal such as "-12.50" (what `decimal` writes): a number to a spreadsheet, never a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value);
  // Text a spreadsheet would run as a formula gets an apostrophe; a negative amount must stay a number.
  const safe = /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Minor units as a major-unit decimal: 1250 with exponent 2 → "12.50"; a number cell, not text. */
export function decimal(minor: number, currency: Currency): number | string {
  if (currency.exponent === 0) return minor;
  const scale = 10 ** currency.exponent;
  const abs = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.trunc(abs / scale)}.${String(abs % scale).padStart(currency.exponent, '0')}`;
}

export function salesCsv(report: SalesReport): string {
  const money = (minor: number | null): Cell => (minor === null ? '' : decimal(minor, report.currency));
  const header = [report.groupBy, 'count', 'voids', 'gross', 'voided', 'net', 'vouchers', 'payments'];
  const line = (label: string, r: SalesReport['totals']): Cell[] => [label, r.count, r.voidCount, money(r.grossMinor), money(r.voidsMinor), money(r.netMinor), money(r.voucherSalesMinor), money(r.paymentsMinor)];
  return toCsv(header, [...report.rows.map((row) => line(row.label, row)), line('Total', report.totals)]);
}

export function stockCsv(report: StockReport): string {
  const header = ['plan', 'printed', 'unsold', 'sold', 'used', 'expired', 'total'];
  const line = (label: string, r: StockReport['totals']): Cell[] => [label, r.printed, r.unsold, r.sold, r.used, r.expired, r.total];
  return toCsv(header, [...report.rows.map((row) => line(row.planName, row)), line('Total', report.totals)]);
}

export function agingCsv(report: AgingReport): string {
  const money = (minor: number): Cell => decimal(minor, report.currency);
  const header = ['account', 'customer', '0-30', '31-60', '61-90', '90+', 'open', 'credit'];
  const line = (account: string, name: string, r: AgingReport['totals']): Cell[] => [account, name, money(r.days0to30), money(r.days31to60), money(r.days61to90), money(r.days90plus), money(r.openMinor), money(r.creditMinor)];
  return toCsv(header, [...report.rows.map((row) => line(row.accountNumber, row.name, row)), line('', 'Total', report.totals)]);
}

export function churnCsv(report: ChurnReport): string {
  const header = ['month', 'new', 'cancelled', 'suspended', 'net change'];
  const line = (label: string, r: ChurnReport['totals']): Cell[] => [label, r.newCount, r.cancelledCount, r.suspendedCount, r.netChange];
  return toCsv(header, [...report.rows.map((row) => line(row.month, row)), line('Total', report.totals)]);
}
