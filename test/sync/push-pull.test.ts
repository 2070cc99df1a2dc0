import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUuidV7, newId } from '../../src-shared/domain/ids';
import { PgCentral } from '../../src-main/sync/central-client';
import { SyncError, type CentralApi, type PulledChange } from '../../src-main/sync/protocol';
import { SyncService } from '../../src-main/sync/service';
import { balances, centralBalances, count, settle, snapshot, startOffice, type Office } from './support/offices';
import { startTestPostgres, type TestDatabase, type TestPostgres } from './support/postgres';

let postgres: TestPostgres;
const opened: Office[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  for (const office of opened) await office.central.close();
  await postgres?.stop();
});

async function offices(db: TestDatabase, ...codes: string[]): Promise<Office[]> {
  const made: Office[] = [];
  for (const code of codes) made.push(await startOffice(db, code, { batchSize: 3, pullLimit: 4 }));
  opened.push(...made);
  return made;
}

function pair(list: Office[]): [Office, Office] {
  const [a, b] = list;
  if (!a || !b) throw new Error('two offices expected');
  return [a, b];
}

const outboxCount = (office: Office): number => count(office.sqlite, 'SELECT count(*) AS n FROM sync_outbox');

describe('local outbox', () => {
  it('is written by the same transaction as the change, in order, and only for committed changes', async () => {
    const [a] = pair(await offices(await postgres.freshDatabase(), 'AA', 'BB'));
    const customer = await a.h.must('owner', 'customers.create', { name: 'Budi', phones: ['0812-1'] });
    const pay = await a.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 5_000, method: 'cash' });
    const rows = a.sqlite.prepare('SELECT id, table_name, row_id, hlc, payload FROM sync_outbox ORDER BY seq').all() as Array<{
      id: string; table_name: string; row_id: string; hlc: number | null; payload: string;
    }>;
    expect(rows.map((row) => [row.table_name, row.row_id])).toEqual([['customers', customer.id], ['ledger_entries', pay.entry.id]]);
    expect(rows.every((row) => isUuidV7(row.id))).toBe(true);
    expect(JSON.parse(rows[1]?.payload ?? '{}')).toMatchObject({ id: pay.entry.id, amount_minor: -5_000, method: 'cash' });
    expect(rows[0]?.hlc).toBeGreaterThanOrEqual(a.h.clock.now() * 1000);

    // A refused write leaves no outbox row.
    const before = outboxCount(a);
    const refused = await a.h.call('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 1.5, method: 'cash' });
    expect(refused.ok).toBe(false);
    expect(outboxCount(a)).toBe(before);

    // An edit of master data gets a new version with a higher clock even at the same wall time.
    await a.h.must('owner', 'customers.update', { id: customer.id, notes: 'gate is blue' });
    const hlcs = a.sqlite.prepare("SELECT hlc FROM sync_outbox WHERE table_name = 'customers' ORDER BY seq").all() as Array<{ hlc: number }>;
    expect(hlcs).toHaveLength(2);
    expect((hlcs[1]?.hlc ?? 0) > (hlcs[0]?.hlc ?? 0)).toBe(true);
  });
});

describe('push and pull between offices', () => {
  it('brings one office\'s customers and ledger to another without echoing them back', async () => {
    const db = await postgres.freshDatabase();
    const [a, b] = pair(await offices(db, 'AA', 'BB'));
    const customer = await a.h.must('owner', 'customers.create', { name: 'Siti' });
    await a.h.must('owner', 'billing.invoices.create', { customerId: customer.id, lines: [{ description: 'Repair', netMinor: 25_000 }, { description: 'Cable', netMinor: 4_000 }] });
    await a.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 10_000, method: 'cash' });
    expect((await a.sync.push()).pushed).toBe(5);
    expect(a.sync.backlog()).toBe(0);

    const pulled = await b.sync.pull();
    expect(pulled).toMatchObject({ applied: 5, conflicts: 0, cursor: 5 });
    expect(pulled.pages).toBe(2); // page size 4: cursor stored per page
    expect(snapshot(b.sqlite)).toEqual(snapshot(a.sqlite));
    expect(b.sync.backlog()).toBe(0); // pulled rows do not enter B's outbox
    expect(b.sync.cursor()).toBe(5);

    // B takes a payment for A's customer; after a round both agree, central too.
    await b.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 19_000, method: 'cash' });
    await settle([a, b]);
    expect(snapshot(a.sqlite)).toEqual(snapshot(b.sqlite));
    expect(balances(a.sqlite)).toEqual({ [customer.id]: 0 });
    expect(balances(b.sqlite)).toEqual({ [customer.id]: 0 });
    expect(await centralBalances(db)).toEqual({ [customer.id]: 0 });
    // A's own rows came back from central as no-ops: nothing applied twice.
    expect(count(a.sqlite, 'SELECT count(*) AS n FROM ledger_entries')).toBe(3);
  });

  it('replays a batch central committed but never acknowledged as a no-op', async () => {
    const db = await postgres.freshDatabase();
    const [a, b] = pair(await offices(db, 'AA', 'BB'));
    const customer = await a.h.must('owner', 'customers.create', { name: 'Rina' });
    await a.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 7_000, method: 'cash' });
    a.central.next = 'crash-after-ack';
    await expect(a.sync.push()).rejects.toThrow(/simulated crash/);
    expect(a.sync.backlog()).toBe(2); // not marked: the office does not know central has it
    const logged = await db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM mb.change_log');
    expect(logged[0]?.n).toBe('2');

    expect(await a.sync.push()).toMatchObject({ pushed: 2, rejected: 0 });
    a.central.next = 'duplicate';
    await a.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 1_000, method: 'cash' });
    await a.sync.push();
    expect(a.central.replays).toBe(1);
    const after = await db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM mb.change_log');
    expect(after[0]?.n).toBe('3');
    await b.sync.pull();
    expect(balances(b.sqlite)).toEqual({ [customer.id]: -8_000 });
    expect(await centralBalances(db)).toEqual({ [customer.id]: -8_000 });
  });

  it('lets the later edit of a customer win on every office (per row, by hybrid logical clock)', async () => {
    const db = await postgres.freshDatabase();
    const [a, b] = pair(await offices(db, 'AA', 'BB'));
    const customer = await a.h.must('owner', 'customers.create', { name: 'Agus' });
    await settle([a, b]);
    // Both edit offline; B's clock is later.
    a.h.clock.advance(60_000);
    b.h.clock.advance(120_000);
    await a.h.must('owner', 'customers.update', { id: customer.id, notes: 'from A' });
    await b.h.must('owner', 'customers.update', { id: customer.id, notes: 'from B', name: 'Agus S.' });
    // B pushes first, then A: A's older edit must not overwrite central or B.
    await b.sync.push();
    await settle([a, b]);
    for (const office of [a, b]) {
      const row = office.sqlite.prepare('SELECT name, notes FROM customers WHERE id = ?').get(customer.id);
      expect(row).toEqual({ name: 'Agus S.', notes: 'from B' });
    }
    // A later edit on A (its clock moved past B's version when it pulled) wins again.
    await a.h.must('owner', 'customers.update', { id: customer.id, notes: 'A again' });
    await settle([a, b]);
    expect(b.sqlite.prepare('SELECT notes FROM customers WHERE id = ?').get(customer.id)).toEqual({ notes: 'A again' });
  });

  it('records a ledger id arriving with different content as a conflict and never applies it', async () => {
    const db = await postgres.freshDatabase();
    const [a, b] = pair(await offices(db, 'AA', 'BB'));
    const customer = await a.h.must('owner', 'customers.create', { name: 'Dewi' });
    const pay = await a.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 3_000, method: 'cash' });
    await settle([a, b]);
    await a.sync.push();
    // Office C writes a different fact and (forged) sends it under A's entry id: central refuses it.
    const [c] = await offices(db, 'CC');
    if (!c) throw new Error('no office C');
    await c.sync.pull();
    c.sqlite.pragma('foreign_keys = OFF');
    c.sqlite.prepare("INSERT INTO ledger_entries (id, customer_id, kind, amount_minor, occurred_at, method, memo, created_at) VALUES (?, ?, 'payment', -9, 1, 'cash', '', 1)").run(newId(), customer.id);
    c.sqlite.pragma('foreign_keys = ON');
    // Forge: make C's outbox carry the real id with the changed amount.
    c.sqlite.prepare("UPDATE sync_outbox SET row_id = ?, payload = json_set(payload, '$.id', ?) WHERE table_name = 'ledger_entries'").run(pay.entry.id, pay.entry.id);
    expect(await c.sync.push()).toMatchObject({ pushed: 1, rejected: 1 });
    expect(count(c.sqlite, "SELECT count(*) AS n FROM sync_conflicts WHERE side = 'push' AND row_id = ?", pay.entry.id)).toBe(1);
    expect(c.sync.backlog()).toBe(0);

    // Pull side: a local row that differs from central's version of the same id stays as it was.
    const [d] = await offices(db, 'DD');
    if (!d) throw new Error('no office D');
    d.sqlite.pragma('foreign_keys = OFF');
    d.sqlite.prepare('INSERT INTO sync_applying (id) VALUES (1)').run();
    d.sqlite.prepare("INSERT INTO ledger_entries (id, customer_id, kind, amount_minor, occurred_at, method, memo, created_at) VALUES (?, ?, 'payment', -1, 1, 'cash', '', 1)").run(pay.entry.id, customer.id);
    d.sqlite.prepare('DELETE FROM sync_applying').run();
    d.sqlite.pragma('foreign_keys = ON');
    const pulled = await d.sync.pull();
    expect(pulled.conflicts).toBe(1);
    expect(d.sqlite.prepare('SELECT amount_minor FROM ledger_entries WHERE id = ?').get(pay.entry.id)).toEqual({ amount_minor: -1 });
    const conflict = d.sqlite.prepare("SELECT side, origin_office, remote_payload FROM sync_conflicts WHERE row_id = ?").get(pay.entry.id) as { side: string; origin_office: string; remote_payload: string };
    expect(conflict.side).toBe('pull');
    expect(conflict.origin_office).toBe('AA');
    expect(JSON.parse(conflict.remote_payload)).toMatchObject({ amount_minor: -3_000 });
    // Pulling again does not duplicate the conflict.
    await d.sync.pull();
    expect(count(d.sqlite, 'SELECT count(*) AS n FROM sync_conflicts')).toBe(1);
  });

  it('applies a page all or nothing: a malformed row leaves rows and cursor untouched', async () => {
    const db = await postgres.freshDatabase();
    const [a, b] = pair(await offices(db, 'AA', 'BB'));
    const customer = await a.h.must('owner', 'customers.create', { name: 'Joko' });
    await a.h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 2_000, method: 'cash' });
    await a.sync.push();
    const real = new PgCentral({ connection: await db.addOffice('XX') });
    const broken: CentralApi = {
      push: (office, batch) => real.push(office, batch),
      // Plays central for office B through role XX: the pages are what this test is about.
      officeHasHistory: () => Promise.resolve(false),
      pull: async (): Promise<PulledChange[]> => {
        const good = await real.pull('XX', 0, 10);
        const last = good[good.length - 1];
        if (!last) throw new Error('nothing to pull');
        return [...good, { ...last, seq: last.seq + 1, rowId: 'x', payload: { ...last.payload, id: 'x', amount_minor: 1.5 } }];
      },
    };
    const service = new SyncService({ sqlite: b.sqlite, central: broken, now: () => b.h.clock.now() });
    const error = await service.pull().then(() => null, (caught: unknown) => caught);
    await real.close();
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe('SYNC_APPLY_FAILED');
    expect(count(b.sqlite, 'SELECT count(*) AS n FROM customers')).toBe(0);
    expect(b.sync.cursor()).toBe(0);
    expect(count(b.sqlite, 'SELECT count(*) AS n FROM sync_applying')).toBe(0);
    expect((await b.sync.pull()).applied).toBe(2);
  });

  it('stops an outdated office with SYNC_UPDATE_REQUIRED and keeps its outbox', async () => {
    const db = await postgres.freshDatabase();
    const [a] = pair(await offices(db, 'AA', 'BB'));
    await a.h.must('owner', 'customers.create', { name: 'Old Version' });
    const outdated = new PgCentral({ connection: await db.addOffice('OO'), schemaVersion: 0 });
    const service = new SyncService({ sqlite: a.sqlite, central: outdated, now: () => a.h.clock.now() });
    a.sqlite.prepare("UPDATE office SET code = 'OO'").run();
    const error = await service.push().then(() => null, (caught: unknown) => caught);
    await outdated.close();
    expect((error as SyncError).code).toBe('SYNC_UPDATE_REQUIRED');
    expect(a.sync.backlog()).toBe(1);
  });
});
