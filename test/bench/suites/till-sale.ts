import { createCore, type Core } from '../../../src-main/core/create-core';
import { makeTempDir } from '../../support/temp-dir';
import { measure, type BenchEntry } from '../lib/measure';

const VOUCHERS = 1_000_000;
const UNSOLD = 10_000;
const RUNS = 400;

const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
};
const PLAN = { name: 'Daily 1h', priceMinor: 5000, validityMs: 86_400_000, timeLimitMs: 3_600_000, dataLimitBytes: null, rateLimit: '1M/2M', sharedUsers: 1, macLock: false, expiryMode: 'remove' } as const;

async function call(core: Core, name: string, input: unknown): Promise<unknown> {
  const result = await core.registry.call({ clientId: 'bench', trusted: true }, name, { input });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data;
}

/**
 * 1,000,000 vouchers (990,000 sold, 10,000 on the router) and 1,000,000 voucher sales (one per sold
 * voucher plus 10,000 imported ones), written by recursive-CTE INSERTs in one transaction: the sale
 * path must stay fast with the indexes a busy office has after years of selling.
 */
function seed(core: Core, ids: { routerId: string; planId: string; batchId: string }): number {
  const { sqlite } = core.services;
  const started = process.hrtime.bigint();
  const series = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${VOUCHERS})`;
  // Fake but valid UUIDv7-shaped ids: version nibble 7, variant 8.
  const id = (tag: string): string => `printf('%08x-0000-7000-8${tag}00-%012x', 1, i)`;
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `${series} INSERT INTO vouchers (id, batch_id, plan_id, router_id, code, password, profile, serial, status, source, created_at, updated_at)
         SELECT ${id('0')}, @batchId, @planId, @routerId, printf('S%07d', i), printf('S%07d', i), 'daily-1h', 1000 + i,
                CASE WHEN i <= ${VOUCHERS - UNSOLD} THEN 'sold' ELSE 'on_router' END, 'app', 1, 1 FROM n`,
      )
      .run(ids);
    sqlite
      .prepare(
        `${series} INSERT INTO voucher_sales (id, voucher_id, router_id, plan_id, plan_name, username, price_minor, sold_at, source, natural_key, created_at)
         SELECT ${id('1')}, CASE WHEN i <= ${VOUCHERS - UNSOLD} THEN ${id('0')} END, @routerId, @planId, 'Daily 1h', printf('S%07d', i), 5000,
                1700000000000 + i * 1000, CASE WHEN i <= ${VOUCHERS - UNSOLD} THEN 'till' ELSE 'mikhmon-import' END,
                CASE WHEN i > ${VOUCHERS - UNSOLD} THEN printf('mikhmon:bench:sale:%d', i) END, 1 FROM n`,
      )
      .run({ routerId: ids.routerId, planId: ids.planId });
  })();
  sqlite.exec('ANALYZE');
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * P9: a cash sale of one voucher, from the sell call to the receipt PDF being ready (58 mm), through the
 * registry (zod, permission, transaction, audit, PDF render), on a db holding 1,000,000 vouchers and
 * 1,000,000 sales. Goal: p95 ≤ 150 ms.
 */
export async function tillSale(): Promise<BenchEntry[]> {
  const { dir, cleanup } = makeTempDir('mb-bench-till-');
  const core = createCore({ dataDir: dir, idleLockMsOverride: 24 * 3_600_000 });
  try {
    await call(core, 'setup.createOffice', OFFICE);
    const router = (await call(core, 'routers.create', { name: 'Tower', host: '127.0.0.1', port: 1, username: 'admin', password: 'admin' })) as { id: string };
    const plan = (await call(core, 'vouchers.plans.create', { ...PLAN, routerId: router.id, hotspotProfile: 'daily-1h' })) as { id: string };
    const batch = (await call(core, 'vouchers.generate', { planId: plan.id, count: 10, length: 8, charset: 'upper-digits', userMode: 'same', note: 'bench' })) as { batchId: string };
    const seedMs = seed(core, { routerId: router.id, planId: plan.id, batchId: batch.batchId });
    const counts = core.services.sqlite.prepare('SELECT (SELECT count(*) FROM vouchers) AS vouchers, (SELECT count(*) FROM voucher_sales) AS sales').get() as { vouchers: number; sales: number };
    await call(core, 'till.shifts.open', { floats: { cash: 1_000_000 } });
    const sale = async (): Promise<void> => {
      const sold = (await call(core, 'till.sellVouchers', { items: [{ planId: plan.id, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 5000 }] })) as { receiptId: string };
      const receipt = (await call(core, 'till.receipts.get', { receiptId: sold.receiptId, paper: '58mm' })) as { pdfBase64: string };
      if (receipt.pdfBase64.length < 100) throw new Error('empty receipt');
    };
    const sample = await measure('cash sale of one voucher -> 58 mm receipt PDF', RUNS, sale, {
      warmup: 20,
      goal: 'p95 <= 150 ms',
      note: `${counts.vouchers} vouchers, ${counts.sales} voucher sales (${UNSOLD} imported); seeded in ${Math.round(seedMs)} ms`,
    });
    const sellOnly = await measure('sell call alone', 200, () => call(core, 'till.sellVouchers', { items: [{ planId: plan.id, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 5000 }] }), { warmup: 5 });
    return [sample, sellOnly];
  } finally {
    core.close();
    cleanup();
  }
}
