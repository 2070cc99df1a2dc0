import type { Sqlite } from '../db/connection';
import { addDays, dayNumber, fromDayNumber } from '../../src-shared/domain/civil-date';
import type { Currency } from '../../src-shared/domain/money';
import type { RevenueChart } from '../../src-shared/ipc/schemas/reports';

const METHOD_LABELS: Record<string, string> = { cash: 'Cash', mobile_money: 'Mobile money', bank_transfer: 'Bank transfer' };

/**
 * Net revenue per office day for the last `days` days up to `today`, one series per method (money
 * taken minus refunds) or per voucher plan plus "Subscriber payments" (items net of voids). Both stack
 * to the same daily net. Series with nothing in the window are left out.
 */
export function revenueChart(
  sqlite: Sqlite,
  input: { today: string; days: number; stackBy: 'method' | 'plan'; operatorId: string | null; currency: Currency; planName(id: string): string },
): RevenueChart {
  const from = dayNumber(addDays(input.today, -(input.days - 1)));
  const to = dayNumber(input.today);
  const column = input.stackBy === 'method' ? 'method' : 'plan_key';
  const kinds = input.stackBy === 'method' ? "('tender', 'refund')" : "('sale', 'payment', 'void_sale', 'void_payment')";
  const byOperator = input.operatorId === null ? '' : 'AND operator_id = @operatorId';
  const rows = sqlite
    .prepare(`SELECT day, ${column} AS key, sum(amount_minor) AS amount FROM report_sales_daily WHERE day BETWEEN @from AND @to AND kind IN ${kinds} ${byOperator} GROUP BY day, key`)
    .all({ from, to, ...(input.operatorId === null ? {} : { operatorId: input.operatorId }) }) as Array<{ day: number; key: string; amount: number }>;
  const dates: string[] = [];
  for (let day = from; day <= to; day += 1) dates.push(fromDayNumber(day));
  const series = new Map<string, number[]>();
  for (const row of rows) {
    let data = series.get(row.key);
    if (!data) {
      data = dates.map(() => 0);
      series.set(row.key, data);
    }
    data[row.day - from] = (data[row.day - from] ?? 0) + row.amount;
  }
  const label = (key: string): string => (input.stackBy === 'method' ? (METHOD_LABELS[key] ?? key) : key === '' ? 'Subscriber payments' : input.planName(key));
  const list = [...series.entries()].map(([key, data]) => ({ key: key === '' ? 'payments' : key, label: label(key), data })).sort((a, b) => a.label.localeCompare(b.label));
  return { dates, series: list, currency: input.currency };
}
