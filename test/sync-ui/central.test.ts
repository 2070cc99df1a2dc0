import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SyncStatusOutput } from '../../src-shared/ipc/schemas/sync';
import { startOfficeWithStaff, type Harness } from '../support/core-harness';
import { startTestPostgres, type TestPostgres } from '../sync/support/postgres';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

/** The Sync page's form for an office role's connection settings. */
function form(config: pg.ClientConfig) {
  return { host: String(config.host), port: Number(config.port), database: String(config.database), user: String(config.user), password: String(config.password), tlsMode: 'disable' as const };
}

function statusEvents(h: Harness): SyncStatusOutput[] {
  const seen: SyncStatusOutput[] = [];
  h.core.events.attach('test-window', (event, payload) => {
    if (event === 'sync.status') seen.push(payload as SyncStatusOutput);
  });
  return seen;
}

it('sync.test reports reachable, forbidden, unreachable and update required, with the given or the stored settings', async () => {
  const db = await postgres.freshDatabase();
  const role = form(await db.addOffice('WJ'));
  const h = await startOfficeWithStaff();
  const reachable = await h.must('manager', 'sync.test', { settings: role });
  expect(reachable).toMatchObject({ outcome: 'reachable', error: null });
  expect(reachable.head).toBeGreaterThanOrEqual(0);
  expect(await h.must('manager', 'sync.test', { settings: { ...role, password: 'wrong-password-1' } })).toMatchObject({ outcome: 'forbidden', error: { code: 'SYNC_FORBIDDEN' } });
  expect(await h.must('manager', 'sync.test', { settings: { ...role, port: 1 } })).toMatchObject({ outcome: 'unreachable', error: { code: 'SYNC_UNREACHABLE' } });
  // An office role used under another office's code is refused by central.
  const other = form(await db.addOffice('BB'));
  expect(await h.must('manager', 'sync.test', { settings: other })).toMatchObject({ outcome: 'forbidden' });

  // Nothing stored yet and nothing given: a typed error.
  const none = await h.call('manager', 'sync.test', {});
  expect(none.ok ? 'OK' : none.error.code).toBe('CONFLICT');
  await h.must('manager', 'sync.settings.save', { ...role, enabled: false, intervalMinutes: 5 });
  // The stored password is used when the form leaves it blank.
  expect(await h.must('manager', 'sync.test', {})).toMatchObject({ outcome: 'reachable' });
  expect(await h.must('manager', 'sync.test', { settings: { ...role, password: '' } })).toMatchObject({ outcome: 'reachable' });

  // Central moved to a protocol this office does not speak.
  await db.adminQuery('UPDATE mb.protocol SET schema_version = schema_version + 1 WHERE id = 1');
  expect(await h.must('manager', 'sync.test', {})).toMatchObject({ outcome: 'update-required', error: { code: 'SYNC_UPDATE_REQUIRED' } });
  // The test wrote nothing centrally (empty pushes).
  expect(await db.adminQuery<{ last_seq: string }>('SELECT last_seq FROM mb.change_head')).toEqual([{ last_seq: '0' }]);
});

it('saving settings starts, swaps and stops the background runner live; status changes reach the windows', async () => {
  const db = await postgres.freshDatabase();
  const role = form(await db.addOffice('WJ'));
  const h = await startOfficeWithStaff();
  h.core.startBackground();
  const seen = statusEvents(h);
  await h.must('owner', 'customers.create', { name: 'Synced once' });

  await h.must('owner', 'sync.settings.save', { ...role, enabled: true, intervalMinutes: 60 });
  const after = await h.must('owner', 'sync.runNow', {});
  expect(after).toMatchObject({ state: 'idle', backlog: 0, lastError: null, intervalMs: 3_600_000 });
  expect(after.lastPushAt).toBe(h.clock.now());
  expect(after.cursor).toBeGreaterThanOrEqual(1);
  expect(seen.some((status) => status.state === 'syncing')).toBe(true);
  expect(seen.at(-1)).toMatchObject({ state: 'idle', backlog: 0 });
  const central = await db.adminQuery<{ n: string }>("SELECT count(*) AS n FROM mb.change_log WHERE office_code = 'WJ'");
  expect(Number(central[0]?.n)).toBeGreaterThanOrEqual(1);

  // Swapped to a database that cannot be reached: the new runner reports it, the desk goes on.
  await h.must('owner', 'sync.settings.save', { ...role, port: 1, password: '', enabled: true, intervalMinutes: 60 });
  await h.must('owner', 'customers.create', { name: 'Waits in the outbox' });
  const failed = await h.must('owner', 'sync.runNow', {});
  expect(failed).toMatchObject({ state: 'error', lastError: { code: 'SYNC_UNREACHABLE' } });
  expect(failed.backlog).toBeGreaterThan(0);

  // Turned off: no runner, state off, nothing connects; Sync now has nothing to run.
  await h.must('owner', 'sync.settings.save', { ...role, enabled: false, intervalMinutes: 60 });
  expect((await h.must('owner', 'sync.status', {})).state).toBe('off');
  expect(seen.at(-1)?.state).toBe('off');
  const backlog = (await h.must('owner', 'sync.status', {})).backlog;
  expect(await h.must('owner', 'sync.runNow', {})).toMatchObject({ state: 'off', backlog });
  const audit = await h.must('owner', 'audit.list', { procedure: 'sync.runNow', limit: 5 });
  expect(audit.entries.map((entry) => entry.summary)).toEqual(['ran sync now (off)', 'ran sync now (error)', 'ran sync now (idle)']);
});

it('graceful shutdown waits for a sync round in flight, so its batch is acknowledged before the db closes', async () => {
  const db = await postgres.freshDatabase();
  const config = await db.addOffice('WJ');
  const role = form(config);
  const h = await startOfficeWithStaff({ shutdownGraceMs: 20_000 });
  await h.must('owner', 'sync.settings.save', { ...role, enabled: true, intervalMinutes: 60 });
  await h.must('owner', 'sync.runNow', {});
  await h.must('owner', 'customers.create', { name: 'Pushed while closing' });
  expect((await h.must('owner', 'sync.status', {})).backlog).toBeGreaterThan(0);

  // Another office's push (in an open transaction) holds central's head row: this office's push waits on it, mid-round.
  const blocker = new pg.Client(await db.addOffice('BB'));
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('SELECT mb.sync_push($1, 2, $2::jsonb)', ['BB', '[]']);
    // A background round (not an IPC call, which shutdown would wait for anyway).
    const round = h.core.services.sync.runNow();
    await waitUntil(async () => (await db.adminQuery<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).at(0)?.n !== '0');
    const closed = h.core.shutdown();
    let shutDown = false;
    void closed.then(() => (shutDown = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shutDown).toBe(false);
    await blocker.query('COMMIT');
    await closed;
    await round;
  } finally {
    await blocker.end();
  }
  // The batch central took is marked pushed here: the round finished before the db closed.
  const reopened = h.reopen();
  const left = reopened.core.services.sqlite.prepare('SELECT count(*) AS n FROM sync_outbox WHERE pushed_at IS NULL').get() as { n: number };
  expect(left.n).toBe(0);
  const central = await db.adminQuery<{ n: string }>("SELECT count(*) AS n FROM mb.change_log WHERE office_code = 'WJ' AND table_name = 'customers'");
  expect(Number(central[0]?.n)).toBeGreaterThanOrEqual(1);
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
