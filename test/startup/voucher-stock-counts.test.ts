import { describe, expect, it } from 'vitest';
import { OFFICE_INPUT, startCore, type Harness } from '../support/core-harness';
import { SAMPLE_PLAN } from '../support/sample-inputs';

/**
 * The dashboard's voucher stock reads `report_voucher_stock`, which triggers keep in step with
 * `vouchers` (migration 0018, issue 8 P4). Whatever happens to vouchers — a batch stored by the
 * generation worker, status moves, a plan change, a deleted batch — the counters must equal a count
 * over the vouchers themselves.
 */

type Row = { planKey: string; status: string; n: number };

function counters(h: Harness): Row[] {
  return h.core.services.sqlite.prepare('SELECT plan_key AS planKey, status, n FROM report_voucher_stock WHERE n > 0 ORDER BY 1, 2').all() as Row[];
}

function counted(h: Harness): Row[] {
  return h.core.services.sqlite
    .prepare("SELECT coalesce(plan_id, '') AS planKey, status, count(*) AS n FROM vouchers GROUP BY 1, 2 ORDER BY 1, 2")
    .all() as Row[];
}

async function officeWithPlans(h: Harness): Promise<{ planId: string; otherId: string }> {
  await h.must('owner', 'setup.createOffice', OFFICE_INPUT);
  const router = await h.must('owner', 'routers.create', { name: 'Tower', host: '127.0.0.1', port: 9, username: 'admin', password: 'x' });
  const plan = await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId: router.id, hotspotProfile: 'stock-a' });
  const other = await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId: router.id, name: 'Other', hotspotProfile: 'stock-b' });
  return { planId: plan.id, otherId: other.id };
}

describe('report_voucher_stock', () => {
  it('follows vouchers through generation, status moves, plan changes and deletion', async () => {
    const h = startCore();
    const { planId, otherId } = await officeWithPlans(h);
    const generate = { planId, count: 40, length: 8, charset: 'upper-digits', userMode: 'same', note: 'stock' } as const;
    const kept = await h.must('owner', 'vouchers.generate', generate);
    const spare = await h.must('owner', 'vouchers.generate', { ...generate, count: 15 });
    expect(counters(h)).toEqual(counted(h));
    expect(counters(h).reduce((sum, row) => sum + row.n, 0)).toBe(55);

    const { sqlite } = h.core.services;
    sqlite.prepare("UPDATE vouchers SET status = 'sold' WHERE batch_id = ? AND serial <= 10").run(kept.batchId);
    sqlite.prepare("UPDATE vouchers SET status = 'used' WHERE batch_id = ? AND serial <= 4").run(kept.batchId);
    sqlite.prepare('UPDATE vouchers SET plan_id = ? WHERE batch_id = ? AND serial > 30').run(otherId, kept.batchId);
    sqlite.prepare('UPDATE vouchers SET plan_id = NULL WHERE batch_id = ? AND serial = 40').run(kept.batchId);
    // Touching other columns (usage read back from the router) leaves the counters alone.
    sqlite.prepare('UPDATE vouchers SET uptime_ms = 60000 WHERE batch_id = ?').run(kept.batchId);
    expect(counters(h)).toEqual(counted(h));

    // Deleting an unsold batch (its cards leave the router and the stock) and a row really deleted.
    await h.must('owner', 'vouchers.batches.delete', { id: spare.batchId, confirm: true });
    sqlite.prepare('DELETE FROM vouchers WHERE batch_id = ? AND serial = 39').run(kept.batchId);
    expect(counters(h)).toEqual(counted(h));
    expect(counters(h).reduce((sum, row) => sum + row.n, 0)).toBe(counted(h).reduce((sum, row) => sum + row.n, 0));

    const stock = await h.must('owner', 'reports.voucherStock', {});
    expect(stock.totals).toMatchObject({ sold: 6, used: 4 });
    expect(stock.totals.total).toBe(counted(h).reduce((sum, row) => sum + row.n, 0));
    expect(stock.rows.find((row) => row.planId === '')?.total).toBe(1);
  });
});
