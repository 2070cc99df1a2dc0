import { PgCentral } from '../../../src-main/sync/central-client';
import type { CentralApi, OutgoingMutation, PulledChange, PushResult } from '../../../src-main/sync/protocol';
import { SyncService } from '../../../src-main/sync/service';
import { routerFollowUp } from '../../../src-main/sync/router-follow-up';
import { syncedTables } from '../../../src-main/sync/tables';
import { silentLogger } from '../../../src-main/core/logger';
import type { Sqlite } from '../../../src-main/db/connection';
import { OFFICE_INPUT, startCore, type Harness } from '../../support/core-harness';
import type { TestDatabase } from './postgres';

/**
 * Simulated offices for the sync tests: each is a full core on its own temp data folder (its own SQLite
 * file), registered on the test's central database with its own Postgres role.
 */

export type PushFault = 'none' | 'duplicate' | 'crash-after-ack';

/** The real central client, with faults a test can arm for the next push. */
export class FaultyCentral implements CentralApi {
  next: PushFault = 'none';
  replays = 0;
  private readonly inner: PgCentral;

  constructor(inner: PgCentral) {
    this.inner = inner;
  }

  async push(office: string, batch: readonly OutgoingMutation[]): Promise<PushResult> {
    const fault = this.next;
    this.next = 'none';
    const result = await this.inner.push(office, batch);
    if (fault === 'crash-after-ack') throw new Error('simulated crash: central committed, the office never heard back');
    if (fault === 'duplicate') {
      this.replays += 1;
      return this.inner.push(office, batch);
    }
    return result;
  }

  pull(office: string, after: number, limit: number): Promise<PulledChange[]> {
    return this.inner.pull(office, after, limit);
  }

  officeHasHistory(office: string): Promise<boolean> {
    return this.inner.officeHasHistory(office);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

export interface Office {
  code: string;
  h: Harness;
  sqlite: Sqlite;
  central: FaultyCentral;
  sync: SyncService;
}

export async function startOffice(db: TestDatabase, code: string, sizes: { batchSize?: number; pullLimit?: number } = {}): Promise<Office> {
  const h = startCore();
  await h.must('owner', 'setup.createOffice', { ...OFFICE_INPUT, office: { ...OFFICE_INPUT.office, code, name: `Office ${code}` } });
  const connection = await db.addOffice(code);
  const central = new FaultyCentral(new PgCentral({ connection }));
  const sqlite = h.core.services.sqlite;
  // The same follow-up as the core's: the owner of a router commands it for changes pulled from others.
  const afterApply = routerFollowUp(h.core.services, silentLogger);
  const sync = new SyncService({ sqlite, central, now: () => h.clock.now(), afterApply, ...sizes });
  return { code, h, sqlite, central, sync };
}

/** Every synced table, synced columns only (tables.ts), rows by id: what must be equal everywhere. */
export function snapshot(sqlite: Sqlite): Record<string, unknown[]> {
  return Object.fromEntries(
    syncedTables().map((info) => {
      const columns = info.columns.map((column) => column.name).join(', ');
      const where = info.factWhen ? `WHERE ${info.factWhen.replaceAll('NEW.', '')}` : '';
      return [info.name, sqlite.prepare(`SELECT ${columns} FROM ${info.name} ${where} ORDER BY id`).all()];
    }),
  );
}

/** Balance per customer, derived from the ledger the way the app does (sum of signed entries). */
export function balances(sqlite: Sqlite): Record<string, number> {
  const rows = sqlite
    .prepare('SELECT c.id, coalesce(sum(e.amount_minor), 0) AS balance FROM customers c LEFT JOIN ledger_entries e ON e.customer_id = c.id GROUP BY c.id')
    .all() as Array<{ id: string; balance: number }>;
  return Object.fromEntries(rows.map((row) => [row.id, row.balance]));
}

export async function centralBalances(db: TestDatabase): Promise<Record<string, number>> {
  const rows = await db.adminQuery<{ customer_id: string; balance_minor: string }>('SELECT customer_id, balance_minor FROM mb.customer_balances');
  return Object.fromEntries(rows.map((row) => [row.customer_id, Number(row.balance_minor)]));
}

export function count(sqlite: Sqlite, sql: string, ...params: unknown[]): number {
  return (sqlite.prepare(sql).get(...params) as { n: number }).n;
}

/** Every office pushes, then every office pulls, until a full round moves nothing. */
export async function settle(offices: readonly Office[]): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    let moved = 0;
    for (const office of offices) moved += (await office.sync.push()).pushed;
    for (const office of offices) moved += (await office.sync.pull()).applied;
    if (moved === 0) return;
  }
  throw new Error('sync did not settle in 5 rounds');
}
