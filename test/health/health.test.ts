import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff, START_TIME } from '../support/core-harness';
import { startRouterHarness, waitFor, waitOnline } from '../routers/domain/support';
import { enqueueRouterJob } from '../../src-main/routers/jobs/enqueue';
import { routerJobs } from '../../src-main/db/schema';
import { JOB_COUNTS_SQL, OLDEST_FAILURE_SQL } from '../../src-main/health/job-stats';
import { REVENUE_SQL, VOUCHERS_SOLD_SQL } from '../../src-main/metrics/business';

describe('health.get', () => {
  it('reports versions, db size, backups, jobs, sync and the next scheduled runs', async () => {
    const h = await startOfficeWithStaff({ appVersion: '1.2.3' });
    const health = await h.must('manager', 'health.get', {});
    expect(health.versions).toEqual({ app: '1.2.3', node: process.versions.node, electron: null });
    const pages = h.core.services.sqlite.pragma('page_count', { simple: true }) as number;
    expect(health.db.sizeBytes).toBe(pages * (h.core.services.sqlite.pragma('page_size', { simple: true }) as number));
    expect(health.db.sizeBytes).toBeGreaterThan(0);
    expect(health.db.path).toBe(h.core.services.dbFile);
    expect(health.db.lastIntegrityCheck).toBeNull();
    expect(health.backups).toMatchObject({ lastAt: null, lastOk: null, level: 'warning' });
    expect(health.routers).toMatchObject({ online: 0, offline: 0, list: [], level: 'ok' });
    expect(health.jobs).toMatchObject({ pending: 0, failed: 0, oldestFailure: null, level: 'ok' });
    expect(health.sync).toMatchObject({ state: 'off', backlog: 0, lagMs: null, level: 'ok' });
    // Asia/Jakarta (+07): billing at 00:15 and the backup at 02:30 of the next office day.
    expect(health.schedules.billingNextRunAt).toBe(Date.UTC(2026, 0, 15, 17, 15));
    expect(health.schedules.backupNextRunAt).toBe(Date.UTC(2026, 0, 15, 19, 30));
    expect(health.at).toBe(START_TIME);
  });

  it('is for managers and the owner only', async () => {
    const h = await startOfficeWithStaff();
    const result = await h.call('cashier', 'health.get', {});
    expect(result.ok ? 'OK' : result.error.code).toBe('FORBIDDEN');
  });

  it('shows the last backup and whether it was good', async () => {
    const h = await startOfficeWithStaff();
    const backup = await h.must('owner', 'backups.create', {});
    const health = await h.must('owner', 'health.get', {});
    expect(health.backups).toMatchObject({ lastAt: backup.createdAt, lastOk: true, lastGoodAt: backup.createdAt, level: 'ok' });
  });

  it('health.checkDb runs quick_check on demand and the page keeps its result', async () => {
    const h = await startOfficeWithStaff();
    const check = await h.must('owner', 'health.checkDb', {});
    expect(check).toMatchObject({ ok: true, result: 'ok', at: START_TIME });
    const reopened = h.reopen();
    const health = await reopened.must('owner', 'auth.login', { username: 'owner', password: 'Kopi-Susu-42' }).then(() => reopened.must('owner', 'health.get', {}));
    expect(health.db.lastIntegrityCheck).toEqual(check);
    expect(health.db.level).toBe('ok');
  });

  it('counts open jobs and names the oldest failure', async () => {
    const rh = await startRouterHarness();
    const { db } = rh.h.core.services;
    const now = rh.h.clock.now();
    const first = enqueueRouterJob(db, { routerId: rh.routerId, kind: 'ppp-secret.disable', payload: { name: 'a' }, now });
    const second = enqueueRouterJob(db, { routerId: rh.routerId, kind: 'ppp-secret.disable', payload: { name: 'b' }, now });
    enqueueRouterJob(db, { routerId: rh.routerId, kind: 'ppp-secret.disable', payload: { name: 'c' }, now });
    db.update(routerJobs).set({ status: 'failed', lastError: 'later', updatedAt: now + 10 }).where(eq(routerJobs.id, second.id)).run();
    db.update(routerJobs).set({ status: 'failed', lastError: 'no such item', updatedAt: now + 5 }).where(eq(routerJobs.id, first.id)).run();
    const health = await rh.h.must('owner', 'health.get', {});
    expect(health.jobs).toMatchObject({ pending: 1, running: 0, failed: 2, level: 'warning' });
    expect(health.jobs.oldestFailure).toEqual({ id: first.id, routerId: rh.routerId, kind: 'ppp-secret.disable', error: 'no such item', at: now + 5 });
  });

  it('lists routers offline before background starts, online with CPU and memory after', async () => {
    const rh = await startRouterHarness();
    const before = await rh.h.must('owner', 'health.get', {});
    expect(before.routers).toMatchObject({ online: 0, offline: 1, level: 'error' });
    rh.sim.setResource({ 'cpu-load': '42', 'free-memory': '25', 'total-memory': '100' });
    rh.h.core.startBackground();
    await waitOnline(rh);
    await rh.h.core.services.routerRuntime.health.pollAll();
    await waitFor(async () => (await rh.h.must('owner', 'health.get', {})).routers.list[0]?.cpuPercent === 42, 5_000, 'health reading');
    const after = await rh.h.must('owner', 'health.get', {});
    expect(after.routers).toMatchObject({ online: 1, offline: 0, level: 'ok' });
    expect(after.routers.list[0]).toMatchObject({ name: 'Tower', online: true, state: 'online', cpuPercent: 42, memoryPercent: 75 });
  });
});

describe('nothing on the health page scans a whole table', () => {
  const plans = [
    ['job counts', JOB_COUNTS_SQL, []],
    ['oldest failure', OLDEST_FAILURE_SQL, []],
    ['vouchers sold today', VOUCHERS_SOLD_SQL, [0, 1]],
    ['revenue today', REVENUE_SQL, [0, 1]],
  ] as const;
  it.each(plans)('%s uses an index', async (_name, sql, params) => {
    const h = await startOfficeWithStaff();
    const rows = h.core.services.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>;
    const details = rows.map((row) => row.detail);
    expect(details.some((detail) => /USING (COVERING )?INDEX/.test(detail)), details.join(' | ')).toBe(true);
    // A bare "SCAN <table>" (no index) reads every row.
    expect(details.filter((detail) => /^SCAN \w+$/.test(detail.trim())), details.join(' | ')).toEqual([]);
  });
});
