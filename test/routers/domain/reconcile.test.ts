import { describe, expect, it } from 'vitest';
import { putDesiredItems, removeDesiredItem } from '../../../src-main/routers/desired/store';
import type { ReconcileReport } from '../../../src-main/routers/reconcile/run';
import { startRouterHarness, waitOnline, type RouterHarness } from './support';

const changes = (report: ReconcileReport): number => report.added + report.updated + report.removed;

/** Reconciles until a run finds nothing to do (a reset mid-run leaves work for the next run). */
async function reconcileUntilClean(rh: RouterHarness, maxRounds = 100): Promise<number> {
  const runtime = rh.h.core.services.routerRuntime;
  for (let round = 1; round <= maxRounds; round += 1) {
    try {
      if (runtime.isStarted) await waitOnline(rh);
      const report = await runtime.reconcile(rh.routerId);
      if (report.errors.length === 0 && changes(report) === 0) return round;
    } catch {
      // the read itself was cut off: try again
    }
  }
  throw new Error('reconcile did not converge');
}

describe('desired state reconcile', () => {
  it('reports push progress: starts at 0, rises monotonically, ends at the total, about 100 steps at most', async () => {
    const rh = await startRouterHarness();
    const users = Array.from({ length: 450 }, (_, i) => ({ name: `u${i}`, attributes: { password: `p${i}` } }));
    putDesiredItems(rh.h.core.services.db, rh.routerId, '/ip/hotspot/user', users, rh.h.clock.now());
    const seen: Array<[number, number]> = [];
    const report = await rh.h.core.services.routerRuntime.reconcile(rh.routerId, undefined, (done, total) => seen.push([done, total]));
    expect(report.added).toBe(450);
    expect(seen[0]).toEqual([0, 450]);
    expect(seen.at(-1)).toEqual([450, 450]);
    expect(seen.length).toBeLessThanOrEqual(102);
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1]![0])).toBe(true);
  });

  it('applies only the difference, on app-owned items only, and a second run changes nothing', async () => {
    const rh = await startRouterHarness();
    const { db } = rh.h.core.services;
    const now = rh.h.clock.now();
    rh.sim.exec(['/ip/hotspot/user/add', '=name=operator', '=password=theirs']);
    rh.sim.exec(['/ip/hotspot/user/add', '=name=clash', '=password=theirs']);
    rh.sim.exec(['/ip/hotspot/user/add', '=name=stale', '=comment=mb:old batch']);
    rh.sim.exec(['/ip/hotspot/user/add', '=name=drifted', '=password=wrong', '=comment=mb:b1']);
    putDesiredItems(db, rh.routerId, '/ip/hotspot/user/profile', [{ name: '3h', attributes: { 'rate-limit': '2M/2M', 'session-timeout': '3h' } }], now);
    putDesiredItems(
      db,
      rh.routerId,
      '/ip/hotspot/user',
      [
        { name: 'a1', attributes: { password: '00123', profile: '3h', 'limit-uptime': '10800', comment: 'b1' } },
        { name: 'drifted', attributes: { password: 'right', comment: 'b1', disabled: 'no' } },
        { name: 'clash', attributes: { password: 'mine' } },
      ],
      now,
    );
    putDesiredItems(db, rh.routerId, '/ppp/secret', [{ name: 'budi', attributes: { password: 'pw', service: 'pppoe', disabled: 'yes' } }], now);

    const first = await rh.h.core.services.routerRuntime.reconcile(rh.routerId);
    expect(first).toMatchObject({ added: 3, updated: 1, removed: 1, errors: [] });
    expect(first.conflicts).toEqual([{ menu: '/ip/hotspot/user', name: 'clash' }]);
    const users = new Map(rh.sim.rows('/ip/hotspot/user').map((row) => [row.name, row]));
    expect([...users.keys()].sort()).toEqual(['a1', 'clash', 'drifted', 'operator']);
    expect(users.get('a1')).toMatchObject({ password: '00123', profile: '3h', 'limit-uptime': '3h', comment: 'mb:b1' });
    expect(users.get('drifted')).toMatchObject({ password: 'right', comment: 'mb:b1' });
    expect(users.get('clash')).toMatchObject({ password: 'theirs' });
    expect(users.get('operator')).not.toHaveProperty('comment');
    expect(rh.sim.rows('/ppp/secret')[0]).toMatchObject({ name: 'budi', disabled: 'true' });

    const logBefore = rh.sim.commandLog().length;
    const second = await rh.h.core.services.routerRuntime.reconcile(rh.routerId);
    expect(changes(second)).toBe(0);
    const writes = rh.sim.commandLog().slice(logBefore).filter((entry) => !/\/print$|^\/login/.test(entry.words[0] ?? ''));
    expect(writes).toEqual([]);
    // Every print asked only for the columns it compares.
    const prints = rh.sim.commandLog().slice(logBefore).filter((entry) => entry.words[0]?.endsWith('/print'));
    expect(prints.length).toBeGreaterThan(0);
    expect(prints.every((entry) => entry.words.some((word) => word.startsWith('=.proplist=')))).toBe(true);

    removeDesiredItem(db, rh.routerId, '/ip/hotspot/user', 'a1', now);
    expect(await rh.h.core.services.routerRuntime.reconcile(rh.routerId)).toMatchObject({ removed: 1, added: 0, updated: 0 });
  });

  it('10,000 users with a connection reset every 500 commands: router ends equal to desired, no duplicate, none missing', async () => {
    const rh = await startRouterHarness({}, {});
    const { db, transaction } = rh.h.core.services;
    const count = 10_000;
    const items = Array.from({ length: count }, (_, i) => ({
      name: `v${String(i).padStart(5, '0')}`,
      attributes: { password: String(i).padStart(6, '0'), 'limit-uptime': '1h', comment: 'batch-7' },
    }));
    transaction(() => putDesiredItems(db, rh.routerId, '/ip/hotspot/user', items, rh.h.clock.now()));
    rh.h.core.startBackground();
    await waitOnline(rh);
    rh.sim.setFaults({ resetAfterCommands: 500 });
    const rounds = await reconcileUntilClean(rh);
    rh.sim.setFaults({ resetAfterCommands: null });
    const rows = rh.sim.rows('/ip/hotspot/user');
    const names = rows.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(count);
    const byName = new Map(rows.map((row) => [row.name, row]));
    for (const item of items) {
      expect(byName.get(item.name)?.password, item.name).toBe(item.attributes.password);
    }
    expect(rounds).toBeGreaterThan(10); // the resets really cut runs short
  }, 60_000);
});
