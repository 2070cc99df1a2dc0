import { afterAll, beforeAll, expect, it } from 'vitest';
import { PgCentral } from '../../src-main/sync/central-client';
import { SyncService } from '../../src-main/sync/service';
import { OFFICE_INPUT, OWNER, startCore } from '../support/core-harness';
import { snapshot, startOffice, type Office } from './support/offices';
import { startTestPostgres, type TestPostgres } from './support/postgres';

let postgres: TestPostgres;
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  for (const close of closers) await close();
  await postgres?.stop();
});

it('queues the history an office had before it joined sync, in an order another office can apply', async () => {
  const old = startCore();
  await old.must('owner', 'setup.createOffice', OFFICE_INPUT);
  const customer = await old.must('owner', 'customers.create', { name: 'Before Sync' });
  await old.must('owner', 'billing.invoices.create', { customerId: customer.id, lines: [{ description: 'Install', netMinor: 50_000 }] });
  const paid = await old.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 20_000, method: 'cash' });
  await old.must('owner', 'billing.entries.void', { entryId: paid.entry.id, reason: 'typed twice' });
  const upgraded = old.reopen();
  const sqlite = upgraded.core.services.sqlite;
  const queued = (): string[] => (sqlite.prepare('SELECT table_name FROM sync_outbox ORDER BY seq').all() as Array<{ table_name: string }>).map((row) => row.table_name);
  // An office that does not sync queues nothing, neither its history nor new writes.
  await upgraded.must('owner', 'auth.login', { username: OWNER.username, password: OWNER.password });
  await upgraded.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 5_000, method: 'cash' });
  expect(queued()).toEqual([]);

  const db = await postgres.freshDatabase();
  const central = new PgCentral({ connection: await db.addOffice('WJ') });
  closers.push(() => central.close());
  // Joining sync queues the history in an order another office can apply; later writes follow by trigger.
  const service = new SyncService({ sqlite, central, now: () => upgraded.clock.now() });
  expect(queued()).toEqual(['customers', 'ledger_entries', 'ledger_entries', 'ledger_entries', 'ledger_entries', 'ledger_lines']);
  new SyncService({ sqlite, central, now: () => upgraded.clock.now() });
  expect(queued()).toHaveLength(6);
  expect((await service.push()).pushed).toBe(6);
  const other: Office = await startOffice(db, 'BB');
  closers.push(() => other.central.close());
  expect((await other.sync.pull()).applied).toBe(6);
  expect(snapshot(other.sqlite)).toEqual(snapshot(sqlite));
});
