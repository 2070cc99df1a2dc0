import type { Sqlite } from '../db/connection';
import type { StockReport, StockRow } from '../../src-shared/ipc/schemas/reports';

type Counts = Omit<StockRow, 'planId' | 'planName'>;

function emptyCounts(): Counts {
  return { printed: 0, unsold: 0, sold: 0, used: 0, expired: 0, total: 0 };
}

/** Which columns a voucher status counts in (a printed card is unsold and printed). */
function addStatus(row: Counts, status: string, count: number): void {
  row.total += count;
  if (status === 'generated' || status === 'on_router' || status === 'printed') row.unsold += count;
  if (status === 'printed') row.printed += count;
  if (status === 'sold') row.sold += count;
  if (status === 'used') row.used += count;
  if (status === 'expired' || status === 'removed') row.expired += count;
}

/**
 * Voucher stock per plan from the vouchers' lifecycle status, read from `report_voucher_stock` (kept by
 * triggers on vouchers, migration 0018): a few rows whatever the office's size, where counting the
 * vouchers themselves walked all of them on every dashboard load (issue 8, P4). Plans without vouchers
 * are listed (zero stock is worth seeing); deleted plans only while they still have vouchers; vouchers
 * without a plan (imports) under "(no plan)".
 */
export function voucherStock(sqlite: Sqlite): StockReport {
  const counts = sqlite.prepare('SELECT plan_key AS planId, status, n FROM report_voucher_stock WHERE n > 0').all() as Array<{ planId: string; status: string; n: number }>;
  const plans = sqlite.prepare('SELECT id, name, deleted_at AS deletedAt FROM voucher_plans').all() as Array<{ id: string; name: string; deletedAt: number | null }>;
  const rows = new Map<string, StockRow>();
  const names = new Map(plans.map((plan) => [plan.id, plan.name]));
  for (const plan of plans) if (plan.deletedAt === null) rows.set(plan.id, { planId: plan.id, planName: plan.name, ...emptyCounts() });
  const totals = emptyCounts();
  for (const { planId, status, n } of counts) {
    let row = rows.get(planId);
    if (!row) {
      row = { planId, planName: planId === '' ? '(no plan)' : (names.get(planId) ?? planId), ...emptyCounts() };
      rows.set(planId, row);
    }
    addStatus(row, status, n);
    addStatus(totals, status, n);
  }
  const list = [...rows.values()].sort((a, b) => a.planName.localeCompare(b.planName) || a.planId.localeCompare(b.planId));
  return { rows: list, totals };
}
