import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../src-main/core/create-core';
import { LOCK_FILE_NAME } from '../../src-main/lifecycle/instance-lock';
import { startRouterHarness, waitOnline } from '../routers/domain/support';
import { startOfficeWithStaff } from '../support/core-harness';

function walSize(dataDir: string): number {
  const wal = path.join(dataDir, `${DB_FILE_NAME}-wal`);
  return fs.existsSync(wal) ? fs.statSync(wal).size : 0;
}

describe('graceful shutdown', () => {
  it('a router command in flight completes before the db closes; later calls get SHUTTING_DOWN', async () => {
    const rh = await startRouterHarness();
    rh.h.core.startBackground();
    await waitOnline(rh);
    // Every reply sentence takes 400 ms on the wire: the call is surely still running when shutdown starts.
    rh.sim.setFaults({ replyLatencyMs: 400 });
    const inFlight = rh.h.call('owner', 'routers.sessions', { routerId: rh.routerId });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    let callDoneAt = 0;
    void inFlight.then(() => (callDoneAt = Date.now()));
    const shutdown = rh.h.core.shutdown();

    const refused = await rh.h.call('owner', 'customers.list', { offset: 0, limit: 10 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SHUTTING_DOWN' } });
    await shutdown;
    const shutdownDoneAt = Date.now();

    const answer = await inFlight;
    expect(answer.ok).toBe(true);
    expect(callDoneAt).toBeGreaterThan(0);
    expect(callDoneAt).toBeLessThanOrEqual(shutdownDoneAt);
    expect(shutdownDoneAt - started).toBeGreaterThanOrEqual(300);
    expect(rh.h.core.services.sqlite.open).toBe(false);
    // Once only: a second shutdown (SIGTERM after SIGINT) gets the same, settled promise.
    await rh.h.core.shutdown();
    expect(await rh.h.call('owner', 'app.status', {})).toMatchObject({ ok: false, error: { code: 'SHUTTING_DOWN' } });
  });

  it('a router that never answers holds shutdown only for the grace period', async () => {
    const rh = await startRouterHarness({}, { shutdownGraceMs: 300 });
    rh.h.core.startBackground();
    await waitOnline(rh);
    // From here on the live session's commands take effect but are never answered.
    rh.sim.setFaults({ dropReplyEveryNth: 1 });
    const inFlight = rh.h.call('owner', 'routers.sessions', { routerId: rh.routerId });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await rh.h.core.shutdown();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2_000);
    expect(rh.h.core.services.sqlite.open).toBe(false);
    // Closing the session ends the call with a typed error rather than leaving it hanging.
    const answer = await inFlight;
    expect(answer.ok).toBe(false);
  });

  it('closes the db cleanly: WAL checkpointed and emptied, lock released, data intact on reopen', async () => {
    const h = await startOfficeWithStaff();
    for (let i = 0; i < 20; i += 1) await h.must('manager', 'customers.create', { name: `Customer ${i}` });
    expect(walSize(h.dataDir)).toBeGreaterThan(0);
    await h.core.shutdown();
    expect(h.core.services.sqlite.open).toBe(false);
    expect(walSize(h.dataDir)).toBe(0);
    expect(fs.existsSync(path.join(h.dataDir, LOCK_FILE_NAME))).toBe(false);
    const again = h.reopen();
    const list = await again.must('owner', 'auth.login', { username: 'owner', password: 'Kopi-Susu-42' }).then(() =>
      again.must('owner', 'customers.list', { offset: 0, limit: 50 }),
    );
    expect(list.total).toBe(20);
  });

  it('waits for a backup in progress before closing the db', async () => {
    const h = await startOfficeWithStaff();
    for (let i = 0; i < 50; i += 1) await h.must('manager', 'customers.create', { name: `Customer ${i}` });
    const backup = h.core.services.backups.create('manual');
    await h.core.shutdown();
    const summary = await backup;
    expect(summary.status).toBe('verified');
    expect(fs.existsSync(path.join(h.dataDir, 'backups', summary.id))).toBe(true);
  });
});
