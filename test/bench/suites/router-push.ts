import { RouterConnection } from '../../../src-main/routers/client';
import { createCore } from '../../../src-main/core/create-core';
import { putDesiredItems } from '../../../src-main/routers/desired/store';
import { withMarker } from '../../../src-main/routers/items/ownership';
import { reconcileRouter } from '../../../src-main/routers/reconcile/run';
import { startRouterSim } from '../../router-sim';
import { makeTempDir } from '../../support/temp-dir';
import type { BenchEntry, Sample } from '../lib/measure';

const USERS = 10_000;
const SEQUENTIAL_SUBSET = 500;
const LATENCY_MS = 5;
/** The router sessions' window (RouterConnections default); 32 gave 12.7x here, CPU-bound from 64 up. */
const BULK_WINDOW = 64;

const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
};

function sample(name: string, ms: number, note: string, goal?: string, unit: Sample['unit'] = 'ms'): Sample {
  const rounded = Math.round(ms * 1000) / 1000;
  return { name, unit, runs: 1, median: rounded, p95: rounded, min: rounded, max: rounded, note, ...(goal ? { goal } : {}) };
}

/**
 * P3: 10,000 hotspot users pushed to the simulator with 5 ms added reply latency, pipelined (reconcile,
 * window 64) against one command at a time, in the same run. One-at-a-time is measured on 500 users and
 * extrapolated per user to 10,000 (it would take ~1 minute otherwise).
 */
export async function routerPush(): Promise<BenchEntry[]> {
  const { dir, cleanup } = makeTempDir('mb-bench-push-');
  // The simulator delays every reply by 5 ms from when it is produced (replies overlap in flight).
  const sim = await startRouterSim({ faults: { replyLatencyMs: LATENCY_MS } });
  const core = createCore({ dataDir: dir });
  try {
    await core.registry.call({ clientId: 'bench', trusted: true }, 'setup.createOffice', { input: OFFICE });
    const created = await core.registry.call({ clientId: 'bench', trusted: true }, 'routers.create', {
      input: { name: 'Bench', host: '127.0.0.1', port: sim.port, username: 'admin', password: 'admin' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const routerId = (created.data as { id: string }).id;
    const items = Array.from({ length: USERS }, (_, i) => ({
      name: `p${String(i).padStart(5, '0')}`,
      attributes: { password: String(i).padStart(8, '0'), 'limit-uptime': '1d', comment: 'bench' },
    }));
    core.services.transaction(() => putDesiredItems(core.services.db, routerId, '/ip/hotspot/user', items, Date.now()));
    const open = (): Promise<RouterConnection> =>
      RouterConnection.open({
        host: '127.0.0.1',
        port: sim.port,
        username: 'admin',
        password: 'admin',
        commandTimeoutMs: 120_000,
        maxInFlight: BULK_WINDOW,
      });

    // One at a time: each add waits for its reply before the next is sent.
    const sequential = await open();
    const seqStart = process.hrtime.bigint();
    for (let i = 0; i < SEQUENTIAL_SUBSET; i += 1) {
      const item = items[i];
      if (!item) break;
      await sequential.command({ command: '/ip/hotspot/user/add', attributes: { name: `s${item.name}`, ...withMarker('/ip/hotspot/user', item.attributes) } });
    }
    const seqMs = Number(process.hrtime.bigint() - seqStart) / 1e6;
    sequential.close();
    sim.exec(['/ip/hotspot/user/remove', `=numbers=${sim.rows('/ip/hotspot/user').map((row) => row['.id']).join(',')}`]);

    // Pipelined: reconcile reads the (empty) menu once and sends 10,000 adds through the window.
    const pipelined = await open();
    const pipeStart = process.hrtime.bigint();
    const report = await reconcileRouter(pipelined, core.services.db, routerId, ['/ip/hotspot/user']);
    const pipeMs = Number(process.hrtime.bigint() - pipeStart) / 1e6;
    pipelined.close();
    const onRouter = sim.rows('/ip/hotspot/user').length;
    if (report.added !== USERS || report.errors.length > 0 || onRouter !== USERS) {
      throw new Error(`push incomplete: added ${report.added}, errors ${report.errors.length}, on router ${onRouter}`);
    }

    const perUserSeq = seqMs / SEQUENTIAL_SUBSET;
    const extrapolated = perUserSeq * USERS;
    const ratio = Math.round((extrapolated / pipeMs) * 10) / 10;
    return [
      sample(
        `push ${USERS} hotspot users, pipelined (reconcile, window ${BULK_WINDOW}), ${LATENCY_MS} ms reply latency`,
        pipeMs,
        `${Math.round(USERS / (pipeMs / 1000))} users/s; includes the read of the menu and the diff; latency added by the simulator per reply`,
      ),
      sample(
        `push hotspot users one at a time, ${LATENCY_MS} ms reply latency, extrapolated to ${USERS}`,
        extrapolated,
        `measured on ${SEQUENTIAL_SUBSET} users in ${Math.round(seqMs)} ms (${Math.round(perUserSeq * 1000) / 1000} ms per user), times ${USERS}`,
      ),
      sample('P3 ratio one-at-a-time / pipelined', ratio, `speed-up ${ratio}x`, '>= 20x', 'x'),
    ];
  } finally {
    core.close();
    await sim.close();
    cleanup();
  }
}
