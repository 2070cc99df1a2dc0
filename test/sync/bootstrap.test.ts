import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/ipc/result';
import { bootstrapFromCentral, countSynced } from '../../src-main/sync/bootstrap';
import { PgCentral } from '../../src-main/sync/central-client';
import { SyncError, type CentralApi, type PulledChange } from '../../src-main/sync/protocol';
import { SyncService } from '../../src-main/sync/service';
import { OFFICE_INPUT, startCore, type Harness } from '../support/core-harness';
import { balances, centralBalances, count, snapshot } from './support/offices';
import { startTestPostgres, type TestDatabase, type TestPostgres } from './support/postgres';

let postgres: TestPostgres;
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  for (const close of closers) await close();
  await postgres?.stop();
});

function central(connection: pg.ClientConfig): PgCentral {
  const made = new PgCentral({ connection });
  closers.push(() => made.close());
  return made;
}

/** A fresh install that went through the first-run wizard with this office code, nothing else. */
async function freshInstall(code: string): Promise<Harness> {
  const h = startCore();
  await h.must('owner', 'setup.createOffice', { ...OFFICE_INPUT, office: { ...OFFICE_INPUT.office, code, name: `Office ${code}` } });
  return h;
}

interface Billed {
  h: Harness;
  connection: pg.ClientConfig;
  sync: SyncService;
  customerIds: string[];
}

/** Office AA with three customers, invoices, payments, a credit note and a void, all pushed. */
async function officeThatBilled(db: TestDatabase): Promise<Billed> {
  const h = await freshInstall('AA');
  const connection = await db.addOffice('AA');
  const sync = new SyncService({ sqlite: h.core.services.sqlite, central: central(connection), now: () => h.clock.now(), batchSize: 7 });
  const customerIds: string[] = [];
  for (const name of ['Siti', 'Budi', 'Rina']) customerIds.push((await h.must('owner', 'customers.create', { name, phones: ['0812-555'] })).id);
  const [siti, budi, rina] = customerIds as [string, string, string];
  await h.must('owner', 'billing.invoices.create', { customerId: siti, lines: [{ description: 'Install', netMinor: 150_000 }, { description: 'Cable', netMinor: 20_000 }] });
  await h.must('owner', 'billing.invoices.create', { customerId: budi, lines: [{ description: 'Monthly', netMinor: 200_000 }] });
  await h.must('owner', 'billing.payments.record', { customerId: siti, amountMinor: 100_000, method: 'cash' });
  const typo = await h.must('owner', 'billing.payments.record', { customerId: budi, amountMinor: 9_000, method: 'mobile_money', reference: 'MM-1' });
  await h.must('owner', 'billing.entries.void', { entryId: typo.entry.id, reason: 'typed twice' });
  await h.must('owner', 'billing.creditNotes.create', { customerId: budi, lines: [{ description: 'Outage', netMinor: 25_000 }], memo: 'three days down' });
  await h.must('owner', 'billing.invoices.create', { customerId: rina, lines: [{ description: 'Router', netMinor: 300_000 }] });
  await sync.push();
  expect(sync.backlog()).toBe(0);
  return { h, connection, sync, customerIds };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const nextInvoice = async (h: Harness, customerId: string): Promise<string | null> =>
  (await h.must('owner', 'billing.invoices.create', { customerId, lines: [{ description: 'Next', netMinor: 1_000 }] })).entry.number;

describe('bootstrap / rebuild from the central database', () => {
  it('rebuilds an office after disk loss: same customers and balances as central, numbers continue', async () => {
    const db = await postgres.freshDatabase();
    const a = await officeThatBilled(db);
    const expected = snapshot(a.h.core.services.sqlite);

    // The disk died: a fresh install with the same office code, through the IPC procedure.
    const rebuilt = await freshInstall('AA');
    const { host, port, database, user, password } = a.connection;
    const report = await rebuilt.must('owner', 'sync.bootstrap', {
      host: String(host), port: Number(port), database: String(database), user: String(user), password: String(password), tlsMode: 'disable',
    });
    const sqlite = rebuilt.core.services.sqlite;
    expect(report.officeCode).toBe('AA');
    expect(report.resumed).toBe(false);
    expect(report.restored).toEqual(countSynced(a.h.core.services.sqlite));
    expect(report.restored).toMatchObject({ customers: 3, ledger_entries: 7, ledger_lines: 5 });
    expect(report.pull.conflicts).toBe(0);
    expect(report.sequences).toEqual([
      { key: 'credit-note:2026', value: 1 },
      { key: 'customer-account', value: 3 },
      { key: 'invoice:2026', value: 3 },
    ]);
    expect(snapshot(sqlite)).toEqual(expected);
    const totals = await centralBalances(db);
    expect(balances(sqlite)).toEqual(totals);
    // Siti 170,000 - 100,000; Budi 200,000 - 25,000 (the voided payment nets out); Rina 300,000.
    expect(Object.values(totals).sort((x, y) => x - y)).toEqual([70_000, 175_000, 300_000]);
    // Nothing pulled went back into the outbox.
    expect(count(sqlite, 'SELECT count(*) AS n FROM sync_outbox')).toBe(0);

    // The rebuilt office continues its own series: no number is handed out twice.
    const [siti] = a.customerIds as [string];
    expect(await nextInvoice(rebuilt, siti)).toBe('AA-2026-000004');
    const note = await rebuilt.must('owner', 'billing.creditNotes.create', { customerId: siti, lines: [{ description: 'Goodwill', netMinor: 500 }], memo: 'sorry' });
    expect(note.entry.number).toBe('CN-AA-2026-000002');
    const later = await rebuilt.must('owner', 'customers.create', { name: 'After Rebuild' });
    expect(later.accountNumber).toBe('AA-000004');
    // Its new work is queued and pushed as usual: invoice + line, credit note + line, customer.
    const again = new SyncService({ sqlite, central: central(a.connection), now: () => rebuilt.clock.now() });
    expect((await again.push()).pushed).toBe(5);
    // Central derives balances from the ledger: the new customer has no entry yet.
    const { [later.id]: newcomer, ...withEntries } = balances(sqlite);
    expect(newcomer).toBe(0);
    expect(await centralBalances(db)).toEqual(withEntries);

    // The audit log names the restore.
    const { entries } = await rebuilt.must('owner', 'audit.list', { procedure: 'sync.bootstrap', limit: 1 });
    expect(entries[0]).toMatchObject({ procedure: 'sync.bootstrap', summary: 'restored office AA from the central database' });
    expect((await rebuilt.must('owner', 'audit.verify', {})).ok).toBe(true);
  });

  it('lets a new office join with what the others hold, keeping its own number series', async () => {
    const db = await postgres.freshDatabase();
    const a = await officeThatBilled(db);
    const b = await freshInstall('BB');
    const report = await bootstrapFromCentral({
      sqlite: b.core.services.sqlite,
      central: central(await db.addOffice('BB')),
      now: () => b.clock.now(),
      accountNumberFormat: '{OFFICE}-{SEQ:6}',
      pullLimit: 4,
    });
    expect(report.pull.pages).toBeGreaterThan(1);
    expect(report.sequences).toEqual([]); // nothing of BB's own centrally
    const sqlite = b.core.services.sqlite;
    expect(snapshot(sqlite)).toEqual(snapshot(a.h.core.services.sqlite));
    const customers = await b.must('owner', 'customers.list', {});
    expect(JSON.stringify(customers)).toContain('Siti');
    expect(balances(sqlite)).toEqual(await centralBalances(db));
    expect(await nextInvoice(b, a.customerIds[0] ?? '')).toBe('BB-2026-000001');
    expect((await b.must('owner', 'customers.create', { name: 'Local' })).accountNumber).toBe('BB-000001');
  });

  it('refuses an office that already holds data and changes nothing, without connecting', async () => {
    const h = await freshInstall('AA');
    await h.must('owner', 'customers.create', { name: 'Already here' });
    let called = 0;
    const untouchable: CentralApi = {
      push: () => Promise.reject(new Error(`push #${++called}`)),
      pull: () => Promise.reject(new Error(`pull #${++called}`)),
      officeHasHistory: () => Promise.reject(new Error(`officeHasHistory #${++called}`)),
    };
    const sqlite = h.core.services.sqlite;
    const before = h.changes();
    const state = sqlite.prepare('SELECT * FROM sync_state ORDER BY key').all();
    const error = await refusal(bootstrapFromCentral({ sqlite, central: untouchable, now: () => h.clock.now(), accountNumberFormat: '{OFFICE}-{SEQ:6}' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ reason: 'not-fresh', held: { customers: 1 } });
    expect(h.changes()).toBe(before);
    expect(called).toBe(0);
    expect(sqlite.prepare('SELECT * FROM sync_state ORDER BY key').all()).toEqual(state);
    expect(count(sqlite, 'SELECT count(*) AS n FROM sync_outbox')).toBe(0);

    // Through IPC too: a typed CONFLICT, nothing written; a cashier may not even ask.
    const input = { host: '127.0.0.1', port: 1, database: 'x', user: 'x', password: 'x', tlsMode: 'disable' as const };
    const viaIpc = await h.call('owner', 'sync.bootstrap', input);
    expect(viaIpc.ok ? 'OK' : viaIpc.error.code).toBe('CONFLICT');
    expect(h.changes()).toBe(before);
    const bad = await h.call('owner', 'sync.bootstrap', { ...input, port: 0 });
    expect(bad.ok ? 'OK' : bad.error.code).toBe('VALIDATION');
  });

  it('refuses while sync is switched on: the runner would race for the cursor', async () => {
    const db = await postgres.freshDatabase();
    const connection = await db.addOffice('AA');
    const h = startCore({ sync: { connection, intervalMs: 60_000 } });
    await h.must('owner', 'setup.createOffice', { ...OFFICE_INPUT, office: { ...OFFICE_INPUT.office, code: 'AA' } });
    const before = h.changes();
    const { host, port, database, user, password } = connection;
    const result = await h.call('owner', 'sync.bootstrap', {
      host: String(host), port: Number(port), database: String(database), user: String(user), password: String(password), tlsMode: 'disable',
    });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'sync-on' } });
    expect(h.changes()).toBe(before);
  });

  it('refuses a second bootstrap once one has completed, even with nothing pulled', async () => {
    const db = await postgres.freshDatabase();
    const h = await freshInstall('AA');
    const options = { sqlite: h.core.services.sqlite, central: central(await db.addOffice('AA')), now: () => h.clock.now(), accountNumberFormat: '{OFFICE}-{SEQ:6}' };
    expect((await bootstrapFromCentral(options)).restored.customers).toBe(0);
    expect((await refusal(bootstrapFromCentral(options))).code).toBe('CONFLICT');
  });

  it('resumes a bootstrap cut short, and reports the broken connection as a typed error', async () => {
    const db = await postgres.freshDatabase();
    const a = await officeThatBilled(db);
    const rebuilt = await freshInstall('AA');
    const real = central(a.connection);
    let pages = 0;
    const flaky: CentralApi = {
      push: (office, batch) => real.push(office, batch),
      officeHasHistory: (office) => real.officeHasHistory(office),
      pull: async (office, after, limit): Promise<PulledChange[]> => {
        pages += 1;
        if (pages === 2) throw new SyncError('SYNC_UNREACHABLE', 'connection reset');
        return real.pull(office, after, limit);
      },
    };
    const options = { sqlite: rebuilt.core.services.sqlite, central: flaky, now: () => rebuilt.clock.now(), accountNumberFormat: '{OFFICE}-{SEQ:6}', pullLimit: 5 };
    const error = await refusal(bootstrapFromCentral(options));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ reason: 'sync', syncCode: 'SYNC_UNREACHABLE' });
    const partly = countSynced(rebuilt.core.services.sqlite);
    expect(partly.customers + partly.ledger_entries + partly.ledger_lines).toBe(5); // the first page committed

    const report = await bootstrapFromCentral(options);
    expect(report.resumed).toBe(true);
    expect(snapshot(rebuilt.core.services.sqlite)).toEqual(snapshot(a.h.core.services.sqlite));
    expect(report.sequences.find((move) => move.key === 'invoice:2026')?.value).toBe(3);
  });
});

describe('an office code already in use centrally', () => {
  it('refuses a fresh install that skipped the restore, before anything is pushed or pulled', async () => {
    const db = await postgres.freshDatabase();
    const a = await officeThatBilled(db);
    const centralRows = await db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM mb.change_log');

    // The old PC died; the wizard was run again with the same code, and sync switched on without restoring.
    const again = await freshInstall('AA');
    await again.must('owner', 'customers.create', { name: 'Made after the rebuild' });
    const sqlite = again.core.services.sqlite;
    const sync = new SyncService({ sqlite, central: central(a.connection), now: () => again.clock.now() });
    const backlog = sync.backlog();
    for (const attempt of [() => sync.push(), () => sync.pull()]) {
      const error = await attempt().then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(SyncError);
      expect((error as SyncError).code).toBe('SYNC_OFFICE_IN_USE');
    }
    // Nothing left this office and nothing was pulled onto it; its own work waits in the outbox.
    expect(await db.adminQuery<{ n: string }>('SELECT count(*) AS n FROM mb.change_log')).toEqual(centralRows);
    expect(sync.backlog()).toBe(backlog);
    expect(countSynced(sqlite).ledger_entries).toBe(0);
    expect(sqlite.prepare("SELECT value FROM sync_state WHERE key = 'joined'").get()).toBeUndefined();
  });

  it('lets a new code through once and does not ask an office that has synced before', async () => {
    const db = await postgres.freshDatabase();
    const a = await officeThatBilled(db);
    const fresh = await freshInstall('CC');
    const real = central(await db.addOffice('CC'));
    let asked = 0;
    const counting: CentralApi = {
      push: (office, batch) => real.push(office, batch),
      pull: (office, after, limit) => real.pull(office, after, limit),
      officeHasHistory: (office) => {
        asked += 1;
        return real.officeHasHistory(office);
      },
    };
    const sync = new SyncService({ sqlite: fresh.core.services.sqlite, central: counting, now: () => fresh.clock.now() });
    await sync.syncOnce();
    // A new service on the same db (the app restarted): the answer was kept.
    await new SyncService({ sqlite: fresh.core.services.sqlite, central: counting, now: () => fresh.clock.now() }).syncOnce();
    expect(asked).toBe(1);
    expect(countSynced(fresh.core.services.sqlite).customers).toBe(3);

    // Office AA pushed before this release knew the check: its pushed outbox rows say who it is.
    let askedA = 0;
    const realA = central(a.connection);
    const countingA: CentralApi = { push: (o, b) => realA.push(o, b), pull: (o, c, l) => realA.pull(o, c, l), officeHasHistory: (o) => (askedA++, realA.officeHasHistory(o)) };
    await new SyncService({ sqlite: a.h.core.services.sqlite, central: countingA, now: () => a.h.clock.now() }).syncOnce();
    expect(askedA).toBe(0);
  });
});
