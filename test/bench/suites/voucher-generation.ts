import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore, type Core } from '../../../src-main/core/create-core';
import { newId } from '../../../src-shared/domain/ids';
import { makeTempDir } from '../../support/temp-dir';
import type { BenchEntry, Sample } from '../lib/measure';

const COUNT = 100_000;
const RUNS = 3;

const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
};
const PLAN = {
  name: 'Daily',
  hotspotProfile: 'daily',
  priceMinor: 5000,
  validityMs: 86_400_000,
  timeLimitMs: 3_600_000,
  dataLimitBytes: null,
  rateLimit: '1M/2M',
  sharedUsers: 1,
  macLock: false,
  expiryMode: 'remove' as const,
};

function summarise(name: string, values: number[], unit: Sample['unit'], note: string, goal?: string): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  return {
    name,
    unit,
    runs: sorted.length,
    median: round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
    p95: round(sorted[sorted.length - 1] ?? Number.NaN),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    note,
    ...(goal ? { goal } : {}),
  };
}

/** An office with one router and one plan; returns the core and the ids. */
async function office(dir: string): Promise<{ core: Core; routerId: string; planId: string }> {
  const core = createCore({ dataDir: dir });
  const call = async (name: string, input: unknown): Promise<{ id: string }> => {
    const result = await core.registry.call({ clientId: 'bench', trusted: true }, name, { input });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as { id: string };
  };
  await call('setup.createOffice', OFFICE);
  const router = await call('routers.create', { name: 'Bench', host: '127.0.0.1', port: 1, username: 'admin', password: 'admin' });
  const plan = await call('vouchers.plans.create', { ...PLAN, routerId: router.id });
  return { core, routerId: router.id, planId: plan.id };
}

/**
 * P1: 100,000 vouchers generated and stored through the service (worker thread, own connection, one
 * transaction, desired hotspot users included) against a raw better-sqlite3 insert of the same 100,000
 * voucher rows (same codes, same schema and indexes, fresh db, one transaction, prepared statement), in
 * the same run. Also the main thread's event-loop delay while the service generates.
 */
export async function voucherGeneration(): Promise<BenchEntry[]> {
  const serviceMs: number[] = [];
  const rawMs: number[] = [];
  const lagMaxMs: number[] = [];
  const idleLagMaxMs: number[] = [];
  const startupMs: number[] = [];
  const ratios: number[] = [];
  const { dir, cleanup } = makeTempDir('mb-bench-vouchers-');
  const main = await office(dir);
  // As in the app (core.startBackground): one worker is kept started ahead of the next batch.
  main.core.services.vouchers.generation.enableWarmSpare();
  try {
    for (let run = 0; run < RUNS; run += 1) {
      // Noise floor: the same monitor over an idle second (a loaded machine delays timers by itself).
      const idle = monitorEventLoopDelay({ resolution: 5 });
      idle.enable();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      idle.disable();
      idleLagMaxMs.push(idle.max / 1e6);
      const lag = monitorEventLoopDelay({ resolution: 5 });
      lag.enable();
      const start = process.hrtime.bigint();
      let firstWork = 0;
      const result = await main.core.services.vouchers.generation.generate(
        { planId: main.planId, count: COUNT, length: 10, prefix: '', charset: 'upper-digits', userMode: 'same', note: `bench ${run}` },
        {
          operatorId: null,
          now: Date.now(),
          onProgress: (progress) => {
            if (!firstWork && progress.phase === 'generating') firstWork = Number(process.hrtime.bigint() - start) / 1e6;
          },
        },
      );
      const service = Number(process.hrtime.bigint() - start) / 1e6;
      lag.disable();
      serviceMs.push(service);
      startupMs.push(firstWork);
      lagMaxMs.push(lag.max / 1e6);

      const rows = main.core.services.sqlite
        .prepare('SELECT code, password FROM vouchers WHERE batch_id = ? ORDER BY serial')
        .all(result.batchId) as Array<{ code: string; password: string }>;
      const raw = makeTempDir('mb-bench-raw-');
      const target = await office(raw.dir);
      try {
        const { sqlite } = target.core.services;
        const batchId = newId();
        sqlite
          .prepare(
            "INSERT INTO voucher_batches (id, plan_id, router_id, note, voucher_count, source, created_at, updated_at) VALUES (?, ?, ?, '', ?, 'app', 1, 1)",
          )
          .run(batchId, target.planId, target.routerId, COUNT);
        const insert = sqlite.prepare(
          `INSERT INTO vouchers (id, batch_id, plan_id, router_id, code, password, profile, serial, status, disabled, source, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'daily', ?, 'generated', 0, 'app', 1, 1)`,
        );
        const ids = rows.map(() => newId());
        const rawStart = process.hrtime.bigint();
        sqlite.transaction(() => {
          rows.forEach((row, index) => insert.run(ids[index], batchId, target.planId, target.routerId, row.code, row.password, index + 1));
        })();
        const rawTime = Number(process.hrtime.bigint() - rawStart) / 1e6;
        rawMs.push(rawTime);
        ratios.push(service / rawTime);
      } finally {
        target.core.close();
        raw.cleanup();
      }
    }
  } finally {
    main.core.close();
    cleanup();
  }
  return [
    summarise('service: generate + store 100,000 vouchers (worker)', serviceMs, 'ms', 'worker start, codes, uniqueness read, 100k vouchers (router users derived from them), audit entry, one transaction'),
    summarise('service: time to the first 5,000 codes (worker start incl.)', startupMs, 'ms', 'warm spare worker (as in the app); a cold start from source via tsx adds ~0.5-1 s'),
    summarise('raw better-sqlite3 insert of the same 100,000 voucher rows', rawMs, 'ms', 'same schema and indexes, one transaction, prepared statement'),
    summarise('P1 ratio service / raw', ratios, 'x', 'per run, same run', '≤ 2.5x'),
    summarise('main-thread event-loop delay max, idle 1 s (noise floor)', idleLagMaxMs, 'ms', 'same monitor, nothing running'),
    summarise('main-thread event-loop delay max during 100k generation', lagMaxMs, 'ms', 'perf_hooks monitorEventLoopDelay, resolution 5 ms', '≤ 50 ms'),
  ];
}
