import { createCore, type Core } from '../../../src-main/core/create-core';
import { makeTempDir } from '../../support/temp-dir';
import { measure, type BenchEntry } from '../lib/measure';

const SALES = 1_000_000;
const ITEMS_PER_RECEIPT = 4;
const RECEIPTS = SALES / ITEMS_PER_RECEIPT;
/** Every 100th sale is voided (a void + a refund). */
const VOID_EVERY = 100;
const CASHIERS = 5;
const PLANS = 8;
const PRICE = 5000;
const RUNS = 60;
/** One sale a minute from 2024-06-01: 1,000,000 minutes ≈ 694 days, across two DST-free years (Jakarta). */
const START = Date.UTC(2024, 5, 1);

const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
};

async function call(core: Core, name: string, input: unknown): Promise<unknown> {
  const result = await core.registry.call({ clientId: 'bench', trusted: true }, name, { input });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data;
}

/** `CASE (expr) WHEN 0 THEN 'a' WHEN 1 THEN 'b' … END` over a list of ids. */
function pick(expr: string, values: readonly string[]): string {
  return `CASE ${expr} ${values.map((value, i) => `WHEN ${i} THEN '${value}'`).join(' ')} END`;
}

/**
 * 250,000 receipts of 4 voucher sales each (1,000,000 `sale` entries, one a minute, 5 cashiers, 8 plans)
 * with one tender per receipt (3 methods), and 10,000 voids with their refunds, written by recursive-CTE
 * INSERTs in one transaction. The summary trigger fires for every row, as it does for real sales.
 */
function seed(core: Core, operatorIds: string[], planIds: string[]): number {
  const { sqlite } = core.services;
  const started = process.hrtime.bigint();
  const id = (tag: string, n: string): string => `printf('%08x-0000-7000-8${tag}00-%012x', 2, ${n})`;
  sqlite.transaction(() => {
    const shift = sqlite.prepare("INSERT INTO till_shifts (id, operator_id, workstation_id, opened_at, opening_floats) VALUES (?, ?, ?, ?, '{}')");
    operatorIds.forEach((operatorId, i) => shift.run(`00000000-0000-7000-8f00-00000000000${i}`, operatorId, `bench-ws-${i}`, START - 1));
    const shiftOf = (expr: string): string => pick(expr, operatorIds.map((_, i) => `00000000-0000-7000-8f00-00000000000${i}`));
    const operatorOf = (expr: string): string => pick(expr, operatorIds);
    sqlite
      .prepare(
        `WITH RECURSIVE n(r) AS (SELECT 0 UNION ALL SELECT r + 1 FROM n WHERE r < ${RECEIPTS - 1})
         INSERT INTO till_receipts (id, shift_id, operator_id, kind, total_minor, tendered_minor, change_minor, created_at)
         SELECT ${id('a', 'r')}, ${shiftOf(`r % ${CASHIERS}`)}, ${operatorOf(`r % ${CASHIERS}`)}, 'sale', ${PRICE * ITEMS_PER_RECEIPT}, ${PRICE * ITEMS_PER_RECEIPT}, 0, ${START} + r * ${ITEMS_PER_RECEIPT} * 60000 FROM n`,
      )
      .run();
    sqlite
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${SALES - 1})
         INSERT INTO till_entries (id, receipt_id, shift_id, operator_id, kind, amount_minor, plan_id, plan_name, created_at)
         SELECT ${id('b', 'i')}, ${id('a', `i / ${ITEMS_PER_RECEIPT}`)}, ${shiftOf(`(i / ${ITEMS_PER_RECEIPT}) % ${CASHIERS}`)}, ${operatorOf(`(i / ${ITEMS_PER_RECEIPT}) % ${CASHIERS}`)},
                'sale', ${PRICE}, ${pick(`i % ${PLANS}`, planIds)}, 'plan', ${START} + (i / ${ITEMS_PER_RECEIPT}) * ${ITEMS_PER_RECEIPT} * 60000 FROM n`,
      )
      .run();
    sqlite
      .prepare(
        `WITH RECURSIVE n(r) AS (SELECT 0 UNION ALL SELECT r + 1 FROM n WHERE r < ${RECEIPTS - 1})
         INSERT INTO till_entries (id, receipt_id, shift_id, operator_id, kind, method, amount_minor, created_at)
         SELECT ${id('c', 'r')}, ${id('a', 'r')}, ${shiftOf(`r % ${CASHIERS}`)}, ${operatorOf(`r % ${CASHIERS}`)}, 'tender',
                ${pick('r % 3', ['cash', 'mobile_money', 'bank_transfer'])}, ${PRICE * ITEMS_PER_RECEIPT}, ${START} + r * ${ITEMS_PER_RECEIPT} * 60000 FROM n`,
      )
      .run();
    // Voids go on a receipt of their own, 30 s after the sale, in the same shift.
    sqlite
      .prepare(
        `WITH RECURSIVE n(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM n WHERE v < ${SALES / VOID_EVERY - 1})
         INSERT INTO till_receipts (id, shift_id, operator_id, kind, total_minor, tendered_minor, change_minor, created_at)
         SELECT ${id('d', 'v')}, ${shiftOf(`(v * ${VOID_EVERY} / ${ITEMS_PER_RECEIPT}) % ${CASHIERS}`)}, ${operatorOf(`(v * ${VOID_EVERY} / ${ITEMS_PER_RECEIPT}) % ${CASHIERS}`)}, 'void', ${-PRICE}, 0, 0,
                ${START} + (v * ${VOID_EVERY} / ${ITEMS_PER_RECEIPT}) * ${ITEMS_PER_RECEIPT} * 60000 + 30000 FROM n`,
      )
      .run();
    for (const [tag, kind, extra] of [
      ['e', 'void', `${id('b', `v * ${VOID_EVERY}`)}, NULL, ${pick(`(v * ${VOID_EVERY}) % ${PLANS}`, planIds)}`],
      ['f', 'refund', `NULL, 'cash', NULL`],
    ] as const) {
      sqlite
        .prepare(
          `WITH RECURSIVE n(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM n WHERE v < ${SALES / VOID_EVERY - 1})
           INSERT INTO till_entries (id, receipt_id, shift_id, operator_id, kind, voids_entry_id, method, plan_id, amount_minor, created_at)
           SELECT ${id(tag, 'v')}, ${id('d', 'v')}, ${shiftOf(`(v * ${VOID_EVERY} / ${ITEMS_PER_RECEIPT}) % ${CASHIERS}`)}, ${operatorOf(`(v * ${VOID_EVERY} / ${ITEMS_PER_RECEIPT}) % ${CASHIERS}`)},
                  '${kind}', ${extra}, ${-PRICE}, ${START} + (v * ${VOID_EVERY} / ${ITEMS_PER_RECEIPT}) * ${ITEMS_PER_RECEIPT} * 60000 + 30000 FROM n`,
        )
        .run();
    }
  })();
  sqlite.exec('ANALYZE');
  return Number(process.hrtime.bigint() - started) / 1e6;
}

interface Report {
  totals: { count: number; voidCount: number; netMinor: number };
  rows: unknown[];
}

/**
 * P8: the sales report over 1,000,000 sale rows, through the registry (zod, permission, handler, the
 * summary read and the JS grouping), for the whole ~2-year range. Goal: p95 ≤ 200 ms.
 */
export async function salesReport(): Promise<BenchEntry[]> {
  const { dir, cleanup } = makeTempDir('mb-bench-reports-');
  const core = createCore({ dataDir: dir, idleLockMsOverride: 24 * 3_600_000 });
  try {
    await call(core, 'setup.createOffice', OFFICE);
    const operatorIds: string[] = [];
    for (let i = 0; i < CASHIERS; i += 1) {
      const created = (await call(core, 'operators.create', { username: `kasir${i}`, displayName: `Kasir ${i}`, role: 'cashier', password: 'Bench-Pass-2026' })) as { id: string };
      operatorIds.push(created.id);
    }
    const router = (await call(core, 'routers.create', { name: 'Tower', host: '127.0.0.1', port: 1, username: 'admin', password: 'admin' })) as { id: string };
    const planIds: string[] = [];
    for (let i = 0; i < PLANS; i += 1) {
      const plan = (await call(core, 'vouchers.plans.create', { name: `Plan ${i}`, priceMinor: PRICE, validityMs: 86_400_000, timeLimitMs: null, dataLimitBytes: null, rateLimit: null, sharedUsers: 1, macLock: false, expiryMode: 'remove', routerId: router.id, hotspotProfile: `p${i}` })) as { id: string };
      planIds.push(plan.id);
    }
    // The office zone is set before seeding, so the trigger keys days in Jakarta time as it would live.
    core.services.reports.syncZone(Date.now());
    const seedMs = seed(core, operatorIds, planIds);
    const { sqlite } = core.services;
    const counts = sqlite.prepare("SELECT (SELECT count(*) FROM till_entries WHERE kind = 'sale') AS sales, (SELECT count(*) FROM till_entries) AS entries, (SELECT count(*) FROM report_sales_daily) AS summary").get() as { sales: number; entries: number; summary: number };
    const range = { from: '2024-06-01', to: '2026-06-30' };
    // Correctness once, against the raw ledger: the report must be the ledger's sum.
    const full = (await call(core, 'reports.sales', { ...range, groupBy: 'day' })) as Report;
    const raw = sqlite.prepare("SELECT count(*) AS n, sum(amount_minor) AS net FROM till_entries WHERE kind IN ('sale', 'void')").get() as { n: number; net: number };
    if (full.totals.netMinor !== raw.net || full.totals.count + full.totals.voidCount !== raw.n) throw new Error(`report ${JSON.stringify(full.totals)} != ledger ${JSON.stringify(raw)}`);
    const note = `${counts.sales} sale rows (${counts.entries} till entries incl. tenders, voids, refunds), summary ${counts.summary} rows; seeded in ${Math.round(seedMs)} ms; range ${range.from}..${range.to}`;
    const entries: BenchEntry[] = [];
    entries.push(await measure('sales report by day, whole range (1M sales)', RUNS, () => call(core, 'reports.sales', { ...range, groupBy: 'day' }), { warmup: 5, goal: 'p95 <= 200 ms', note }));
    for (const groupBy of ['month', 'cashier', 'plan', 'method'] as const) {
      entries.push(await measure(`sales report by ${groupBy}, whole range`, 30, () => call(core, 'reports.sales', { ...range, groupBy }), { warmup: 3, goal: 'p95 <= 200 ms' }));
    }
    entries.push(await measure('dashboard revenue chart (30 days by method)', 30, () => call(core, 'reports.revenueChart', { days: 30, stackBy: 'method' }), { warmup: 3 }));
    entries.push(
      await measure('for comparison: the same totals by a full scan of till_entries (no summary)', 3, () => sqlite.prepare("SELECT sum(amount_minor) FROM till_entries WHERE kind IN ('sale', 'void') AND created_at >= ?").get(0), { warmup: 1 }),
    );
    return entries;
  } finally {
    core.close();
    cleanup();
  }
}
