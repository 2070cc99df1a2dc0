import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRAL_MIGRATIONS_DIR, CentralMigrationError, migrateCentral } from '../../src-main/sync/central/migrate';
import { PgCentral } from '../../src-main/sync/central-client';
import { SyncError, type OutgoingMutation } from '../../src-main/sync/protocol';
import { newId } from '../../src-shared/domain/ids';
import { makeTempDir } from '../support/temp-dir';
import { startTestPostgres, type TestPostgres } from './support/postgres';

let postgres: TestPostgres;
const centrals: PgCentral[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  for (const central of centrals) await central.close();
  await postgres?.stop();
});

function central(connection: pg.ClientConfig, schemaVersion?: number): PgCentral {
  const made = new PgCentral({ connection, ...(schemaVersion === undefined ? {} : { schemaVersion }) });
  centrals.push(made);
  return made;
}

function payment(customerId: string, amount: number, id = newId()): OutgoingMutation {
  const payload = {
    id, customer_id: customerId, kind: 'payment', number: null, amount_minor: -amount, occurred_at: 1, due_date: null,
    method: 'cash', reference: null, memo: '', subscription_id: null, voids_entry_id: null, created_by: null, created_at: 1,
  };
  return { id: newId(), table: 'ledger_entries', rowId: id, hlc: null, fields: null, payload };
}

async function syncError(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

async function countRows(db: { adminQuery: <R extends pg.QueryResultRow>(sql: string) => Promise<R[]> }, table: string): Promise<number> {
  const rows = await db.adminQuery<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n);
}

describe('central migrations', () => {
  it('applies each file once, in its own transaction, and records it', async () => {
    const db = await postgres.freshDatabase(); // freshDatabase already migrated it once
    const client = new pg.Client(db.admin);
    await client.connect();
    try {
      expect((await migrateCentral(client)).applied).toEqual([]);
      const recorded = await client.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(recorded.rows).toEqual([
        { version: 1, name: 'sync_core' },
        { version: 2, name: 'all_tables_per_field' },
        { version: 3, name: 'bulk_new_facts' },
        { version: 4, name: 'office_history' },
      ]);

      // A broken second file: refused as a whole, not recorded, the first one untouched.
      const temp = makeTempDir();
      try {
        for (const file of ['0001_sync_core.sql', '0002_all_tables_per_field.sql', '0003_bulk_new_facts.sql', '0004_office_history.sql']) fs.copyFileSync(path.join(CENTRAL_MIGRATIONS_DIR, file), path.join(temp.dir, file));
        fs.writeFileSync(path.join(temp.dir, '0005_broken.sql'), 'CREATE TABLE mb.half_done (id int);\nSELECT no_such_function();\n');
        await expect(migrateCentral(client, temp.dir)).rejects.toBeInstanceOf(CentralMigrationError);
        const tables = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'mb' AND tablename = 'half_done'");
        expect(tables.rowCount).toBe(0);
        expect((await client.query('SELECT version FROM schema_migrations')).rowCount).toBe(4);
      } finally {
        temp.cleanup();
      }
    } finally {
      await client.end();
    }
  });

  it('lets two migrators race on an empty database without applying anything twice', async () => {
    const db = await postgres.freshDatabase();
    await db.adminQuery('DROP SCHEMA mb CASCADE');
    await db.adminQuery('DELETE FROM schema_migrations');
    const clients = [new pg.Client(db.admin), new pg.Client(db.admin)];
    await Promise.all(clients.map((client) => client.connect()));
    try {
      const results = await Promise.all(clients.map((client) => migrateCentral(client)));
      expect(results.map((result) => result.applied.length).sort()).toEqual([0, 4]);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });
});

describe('central roles and protocol', () => {
  it('gives an office role no direct table access and no way to push as another office', async () => {
    const db = await postgres.freshDatabase();
    const alpha = await db.addOffice('AA');
    await db.addOffice('BB');
    const client = new pg.Client(alpha);
    await client.connect();
    try {
      for (const sql of [
        'SELECT * FROM mb.change_log',
        'SELECT * FROM mb.facts',
        "INSERT INTO mb.offices (code, name, role_name) VALUES ('ZZ', 'x', 'x')",
        "UPDATE mb.change_head SET last_seq = 0",
        "SELECT * FROM mb.apply_mutation('AA', '{}'::jsonb, 0)",
      ]) {
        const error = await client.query(sql).then(() => null, (caught: unknown) => caught as { code?: string });
        expect(error?.code, sql).toBe('42501');
      }
    } finally {
      await client.end();
    }
    const asAlpha = central(alpha);
    expect((await syncError(asAlpha.push('BB', [payment('c1', 100)]))).code).toBe('SYNC_FORBIDDEN');
    expect((await syncError(asAlpha.pull('BB', 0, 10))).code).toBe('SYNC_FORBIDDEN');
    expect(await countRows(db, 'mb.processed_mutations')).toBe(0);
    expect((await asAlpha.push('AA', [payment('c1', 100)])).accepted).toBe(1);
  });

  it('refuses an office on another protocol version with SYNC_UPDATE_REQUIRED and writes nothing', async () => {
    const db = await postgres.freshDatabase();
    const alpha = await db.addOffice('AA');
    for (const version of [1, 3]) {
      const outdated = central(alpha, version);
      const pushed = await syncError(outdated.push('AA', [payment('c1', 100)]));
      expect(pushed.code).toBe('SYNC_UPDATE_REQUIRED');
      expect((await syncError(outdated.pull('AA', 0, 10))).code).toBe('SYNC_UPDATE_REQUIRED');
    }
    expect(await countRows(db, 'mb.change_log')).toBe(0);
    expect(await countRows(db, 'mb.processed_mutations')).toBe(0);
  });

  it('treats a replayed batch as a no-op and a different fact under a known id as a conflict', async () => {
    const db = await postgres.freshDatabase();
    const alpha = central(await db.addOffice('AA'));
    const beta = central(await db.addOffice('BB'));
    const batch = [payment('c1', 100), payment('c1', 250)];
    expect(await alpha.push('AA', batch)).toMatchObject({ accepted: 2, duplicates: 0, rejected: [], head: 2 });
    expect(await alpha.push('AA', batch)).toMatchObject({ accepted: 0, duplicates: 2, rejected: [], head: 2 });

    const first = batch[0];
    if (!first) throw new Error('no batch');
    const forged = payment('c1', 999, first.rowId);
    const result = await beta.push('BB', [forged]);
    expect(result.rejected).toEqual([{ id: forged.id, kind: 'mismatch', reason: 'same id, different content', existing: first.payload }]);
    // The replay answers the same: still rejected, still only one copy in the log.
    expect((await beta.push('BB', [forged])).rejected).toHaveLength(1);
    expect(await countRows(db, 'mb.change_log')).toBe(2);
    expect(await countRows(db, 'mb.conflicts')).toBe(1);
    const balances = await db.adminQuery<{ balance_minor: string }>("SELECT balance_minor FROM mb.customer_balances WHERE customer_id = 'c1'");
    expect(balances[0]?.balance_minor).toBe('-350');
  });

  it('gives a batch of new facts (set-based path) and a mixed batch (per-row path) the same ordering rules', async () => {
    const db = await postgres.freshDatabase();
    const alpha = central(await db.addOffice('AA'));
    const fresh = [payment('c1', 1), payment('c2', 2), payment('c1', 3)];
    expect(await alpha.push('AA', fresh)).toMatchObject({ accepted: 3, duplicates: 0, rejected: [], head: 3 });
    // One replay among new ones sends the batch down the per-row path: the new ones still follow in order.
    const mixed = [payment('c2', 4), fresh[1] as OutgoingMutation, payment('c1', 5)];
    expect(await alpha.push('AA', mixed)).toMatchObject({ accepted: 2, duplicates: 1, rejected: [], head: 5 });
    // The same row twice in one batch: per-row path, the second copy is a conflict as it would be in two batches.
    const twin = payment('c3', 6);
    const twinForged = payment('c3', 7, twin.rowId);
    const twins = await alpha.push('AA', [twin, twinForged]);
    expect(twins).toMatchObject({ accepted: 1, head: 6 });
    expect(twins.rejected.map((r) => r.id)).toEqual([twinForged.id]);

    const pulled = await alpha.pull('AA', 0, 100);
    expect(pulled.map((change) => change.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const sent = [...fresh, mixed[0], mixed[2], twin].map((m) => m?.rowId);
    expect(pulled.map((change) => change.rowId)).toEqual(sent);
    const outcomes = await db.adminQuery<{ outcome: string; n: string }>('SELECT outcome, count(*) AS n FROM mb.processed_mutations GROUP BY outcome ORDER BY outcome');
    expect(outcomes).toEqual([{ outcome: 'applied', n: '6' }, { outcome: 'conflict', n: '1' }]);
  });

  it('refuses a malformed batch as a whole', async () => {
    const db = await postgres.freshDatabase();
    const alpha = central(await db.addOffice('AA'));
    const bad = { ...payment('c1', 5), table: 'operators' } as unknown as OutgoingMutation;
    expect((await syncError(alpha.push('AA', [payment('c1', 100), bad]))).code).toBe('SYNC_BAD_BATCH');
    expect((await syncError(alpha.pull('AA', -1, 10))).code).toBe('SYNC_BAD_BATCH');
    expect(await countRows(db, 'mb.change_log')).toBe(0);
    expect(await countRows(db, 'mb.processed_mutations')).toBe(0);
  });

  it('hands out sequence numbers in commit order: a waiting push gets the higher numbers', async () => {
    const db = await postgres.freshDatabase();
    const alphaConfig = await db.addOffice('AA');
    const beta = central(await db.addOffice('BB'));
    const reader = central(await db.addOffice('CC'));
    const slow = new pg.Client(alphaConfig);
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await slow.query('SELECT mb.sync_push($1, 2, $2::jsonb)', ['AA', JSON.stringify([payment('c1', 1), payment('c1', 2)])]);
      // Alpha holds the head row: Beta's push waits, and a reader sees nothing uncommitted.
      let betaDone = false;
      const betaPush = beta.push('BB', [payment('c2', 3)]).then((result) => {
        betaDone = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(betaDone).toBe(false);
      expect(await reader.pull('CC', 0, 10)).toEqual([]);
      await slow.query('COMMIT');
      expect((await betaPush).head).toBe(3);
    } finally {
      await slow.end();
    }
    const log = await reader.pull('CC', 0, 10);
    expect(log.map((change) => [change.seq, change.office])).toEqual([[1, 'AA'], [2, 'AA'], [3, 'BB']]);
    expect((await reader.pull('CC', 2, 10)).map((change) => change.seq)).toEqual([3]);
  });
});
