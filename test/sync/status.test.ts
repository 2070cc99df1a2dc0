import { afterAll, beforeAll, expect, it } from 'vitest';
import { OFFICE_INPUT, startCore, startOfficeWithStaff } from '../support/core-harness';
import { startTestPostgres, type TestPostgres } from './support/postgres';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

it('reports sync as off without a central database, with nothing queued, to owners and managers only', async () => {
  const h = await startOfficeWithStaff();
  await h.must('owner', 'customers.create', { name: 'Not queued' });
  // An office that does not sync queues nothing (the outbox starts when it joins: src-main/sync/outbox-start.ts).
  expect(await h.must('owner', 'sync.status', {})).toEqual({
    state: 'off', intervalMs: null, lastPushAt: null, lastPullAt: null, backlog: 0, cursor: 0, conflicts: 0, lastError: null,
  });
  expect((await h.must('manager', 'sync.status', {})).backlog).toBe(0);
  const cashier = await h.call('cashier', 'sync.status', {});
  expect(cashier.ok ? 'ok' : cashier.error.code).toBe('FORBIDDEN');
});

it('runs in the background of a core configured with its central database', async () => {
  const db = await postgres.freshDatabase();
  const connection = await db.addOffice('WJ');
  const h = startCore({ sync: { connection, intervalMs: 50 } });
  await h.must('owner', 'setup.createOffice', OFFICE_INPUT);
  await h.must('owner', 'customers.create', { name: 'Synced' });
  h.core.startBackground();
  const deadline = Date.now() + 15_000;
  let status = await h.must('owner', 'sync.status', {});
  while ((status.backlog > 0 || status.lastPullAt === null) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await h.must('owner', 'sync.status', {});
  }
  expect(status).toMatchObject({ backlog: 0, intervalMs: 50, lastError: null, conflicts: 0 });
  expect(status.lastPushAt).not.toBeNull();
  expect(status.cursor).toBe(1);
  const central = await db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM mb.master_rows');
  expect(central[0]?.n).toBe('1');
});
