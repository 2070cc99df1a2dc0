import { afterAll, beforeAll, expect, it } from 'vitest';
import { PgCentral } from '../../src-main/sync/central-client';
import { SyncRunner, type SyncStatus } from '../../src-main/sync/runner';
import { SyncService } from '../../src-main/sync/service';
import { balances, count, startOffice, type Office } from './support/offices';
import { startTestPostgres, type TestPostgres } from './support/postgres';

let postgres: TestPostgres;
const opened: Office[] = [];
const runners: SyncRunner[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  for (const runner of runners) await runner.stop();
  for (const office of opened) await office.central.close();
  await postgres?.stop();
});

function runnerFor(office: Office, service: SyncService = office.sync, statuses: SyncStatus[] = []): SyncRunner {
  const runner = new SyncRunner({
    service,
    intervalMs: 50,
    now: () => office.h.clock.now(),
    countConflicts: () => count(office.sqlite, 'SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL'),
    onStatus: (status) => statuses.push(status),
  });
  runners.push(runner);
  return runner;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('syncs two offices in the background and reports last push/pull and backlog', async () => {
  const db = await postgres.freshDatabase();
  const a = await startOffice(db, 'AA');
  const b = await startOffice(db, 'BB');
  opened.push(a, b);
  const seen: SyncStatus[] = [];
  const runA = runnerFor(a, a.sync, seen);
  const runB = runnerFor(b);
  expect(runA.status()).toMatchObject({ state: 'stopped', lastPushAt: null, backlog: 0 });
  runA.start();
  runB.start();
  const customer = await a.h.must('owner', 'customers.create', { name: 'Background' });
  await a.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 4_200, method: 'cash' });
  await until(() => balances(b.sqlite)[customer.id] === -4_200, 'the payment on office B');
  await runA.stop();
  await runB.stop();
  const status = runA.status();
  expect(status).toMatchObject({ state: 'stopped', backlog: 0, conflicts: 0, lastError: null });
  expect(status.lastPushAt).toBe(a.h.clock.now());
  expect(status.cursor).toBeGreaterThanOrEqual(2);
  expect(seen.some((s) => s.state === 'syncing')).toBe(true);
});

it('keeps the desk working while central is unreachable, and says so', async () => {
  const db = await postgres.freshDatabase();
  const a = await startOffice(db, 'AA');
  opened.push(a);
  const dead = new PgCentral({ connection: { host: '127.0.0.1', port: 1, user: 'nobody', password: 'x', database: 'x', connectionTimeoutMillis: 2_000 } });
  const runner = runnerFor(a, new SyncService({ sqlite: a.sqlite, central: dead, now: () => a.h.clock.now() }));
  runner.start();
  await a.h.must('owner', 'customers.create', { name: 'Offline' });
  await until(() => runner.status().state === 'error', 'the error state');
  const status = runner.status();
  expect(status.lastError?.code).toBe('SYNC_UNREACHABLE');
  expect(status.backlog).toBe(1);
  await a.h.must('owner', 'customers.create', { name: 'Still working' });
  expect(runner.status().backlog).toBe(2);
  await runner.stop();
  await dead.close();
});

it('stops scheduling an outdated office with the update-required state', async () => {
  const db = await postgres.freshDatabase();
  const a = await startOffice(db, 'AA');
  opened.push(a);
  const outdated = new PgCentral({ connection: await db.addOffice('OO'), schemaVersion: 1 });
  const statuses: SyncStatus[] = [];
  const runner = runnerFor(a, new SyncService({ sqlite: a.sqlite, central: outdated, now: () => a.h.clock.now() }), statuses);
  runner.start();
  await until(() => runner.status().state === 'update-required', 'update required');
  const rounds = statuses.length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(statuses.length).toBe(rounds); // no further rounds
  expect(runner.status().lastError?.code).toBe('SYNC_UPDATE_REQUIRED');
  runner.start(); // refused until the app is updated
  expect(runner.status().state).toBe('update-required');
  await runner.stop();
  await outdated.close();
});
