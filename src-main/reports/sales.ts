import type { Sqlite } from '../db/connection';
import { dayNumber, fromDayNumber } from '../../src-shared/domain/civil-date';
import type { SalesGrouping, SalesRow, SalesTotals } from '../../src-shared/ipc/schemas/reports';
import { periodKey, periodKeys, periodLabel, type Period } from './periods';

/** One aggregated summary slice: a group key, a summary kind, Σ amount and Σ entries. */
interface Slice {
  key: string;
  kind: string;
  amount: number;
  count: number;
}

export interface SalesQuery {
  from: string;
  to: string;
  groupBy: SalesGrouping;
  operatorId: string | null;
}

export interface SalesLabels {
  officeName: string;
  operatorName(id: string): string;
  planName(id: string): string;
}

const ITEM_KINDS = "('sale', 'payment', 'void_sale', 'void_payment')";
const MONEY_KINDS = "('tender', 'refund')";

/** The summary column each grouping reads (periods read the day and fold it in JS). */
const GROUP_COLUMN: Record<SalesGrouping, string> = {
  day: 'day',
  week: 'day',
  month: 'day',
  cashier: 'operator_id',
  plan: 'plan_key',
  office: "''",
  method: 'method',
};

/**
 * Σ per group and kind over the summary's day range, one indexed range scan of the primary key
 * (day first). A cashier's report adds `operator_id = ?`.
 */
export function salesSlices(sqlite: Sqlite, query: SalesQuery): Slice[] {
  const kinds = query.groupBy === 'method' ? MONEY_KINDS : ITEM_KINDS;
  const column = GROUP_COLUMN[query.groupBy];
  const byOperator = query.operatorId === null ? '' : 'AND operator_id = @operatorId';
  const sql = `SELECT ${column} AS key, kind, sum(amount_minor) AS amount, sum(entry_count) AS count FROM report_sales_daily
    WHERE day BETWEEN @from AND @to AND kind IN ${kinds} ${byOperator} GROUP BY 1, kind`;
  const rows = sqlite.prepare(sql).all({ from: dayNumber(query.from), to: dayNumber(query.to), ...(query.operatorId === null ? {} : { operatorId: query.operatorId }) }) as Array<{
    key: string | number;
    kind: string;
    amount: number;
    count: number;
  }>;
  return rows.map((row) => ({ ...row, key: String(row.key) }));
}

export function emptyTotals(byMethod: boolean): SalesTotals {
  return { count: 0, voidCount: 0, grossMinor: 0, voidsMinor: 0, netMinor: 0, voucherSalesMinor: byMethod ? null : 0, paymentsMinor: byMethod ? null : 0 };
}

/** Adds one slice to a row: sales and payments are gross, their voids reduce net and their own line. */
export function addSlice(row: SalesTotals, slice: Pick<Slice, 'kind' | 'amount' | 'count'>): void {
  const gross = slice.kind === 'sale' || slice.kind === 'payment' || slice.kind === 'tender';
  if (gross) {
    row.count += slice.count;
    row.grossMinor += slice.amount;
  } else {
    row.voidCount += slice.count;
    row.voidsMinor += slice.amount;
  }
  row.netMinor = row.grossMinor + row.voidsMinor;
  if (row.voucherSalesMinor !== null && (slice.kind === 'sale' || slice.kind === 'void_sale')) row.voucherSalesMinor += slice.amount;
  if (row.paymentsMinor !== null && (slice.kind === 'payment' || slice.kind === 'void_payment')) row.paymentsMinor += slice.amount;
}

const METHOD_LABELS: Record<string, string> = { cash: 'Cash', mobile_money: 'Mobile money', bank_transfer: 'Bank transfer' };

function labelOf(key: string, query: SalesQuery, labels: SalesLabels): string {
  switch (query.groupBy) {
    case 'day':
    case 'week':
    case 'month':
      return periodLabel(key, query.groupBy);
    case 'cashier':
      return key === '' ? '(no cashier)' : labels.operatorName(key);
    case 'plan':
      return key === '' ? 'Subscriber payments' : labels.planName(key);
    case 'office':
      return labels.officeName;
    case 'method':
      return METHOD_LABELS[key] ?? key;
  }
}

function isPeriod(grouping: SalesGrouping): grouping is Period {
  return grouping === 'day' || grouping === 'week' || grouping === 'month';
}

/**
 * Rows in report order: every period of the range (empty ones included), else the groups found sorted
 * by label (office: always its one row). Totals are the sum of the rows.
 */
export function buildSalesRows(slices: readonly Slice[], query: SalesQuery, labels: SalesLabels): { rows: SalesRow[]; totals: SalesTotals } {
  const byMethod = query.groupBy === 'method';
  const rows = new Map<string, SalesTotals>();
  const rowFor = (key: string): SalesTotals => {
    let row = rows.get(key);
    if (!row) {
      row = emptyTotals(byMethod);
      rows.set(key, row);
    }
    return row;
  };
  if (isPeriod(query.groupBy)) for (const key of periodKeys(dayNumber(query.from), dayNumber(query.to), query.groupBy)) rowFor(key);
  if (query.groupBy === 'office') rowFor('');
  const totals = emptyTotals(byMethod);
  for (const slice of slices) {
    const key = isPeriod(query.groupBy) ? periodKey(Number(slice.key), query.groupBy) : slice.key;
    addSlice(rowFor(key), slice);
    addSlice(totals, slice);
  }
  const list = [...rows.entries()].map(([key, row]) => ({ key, label: labelOf(key, query, labels), ...row }));
  if (!isPeriod(query.groupBy)) list.sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return { rows: list, totals };
}

/** The range as day numbers, for callers that walk days (charts). */
export function rangeDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day += 1) days.push(fromDayNumber(day));
  return days;
}
