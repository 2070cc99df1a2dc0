import type pg from 'pg';
import type { MovableClock } from '../../src-main/core/clock';
import { createCore, type Core } from '../../src-main/core/create-core';
import type { SyncStatusOutput } from '../../src-shared/ipc/schemas/sync';
import { makeTempDir } from '../support/temp-dir';
import { REPO_ROOT } from './build-worker';
import { PEER_OFFICE_CODE } from './central';
import { ipc, must, type Call } from './ipc';
import { coreOptions, iterationClock, OWNER_LOGIN, type Prng } from './world';

/**
 * A second office on the same central database, working beside the crashing one and never killed. Between
 * kills it bills its own customer, edits a customer of the crashing office and takes a payment from one
 * who owes there (one shared ledger), then syncs. The crashing office pulls those changes while it may be
 * killed, and a payment pulled there lifts an automatic suspension on its router (sync's router follow-up).
 * After every kill both offices must hold the same books.
 */
export class PeerOffice {
  readonly core: Core;
  private readonly clock: MovableClock;
  private readonly call: Call;
  private readonly cleanupDir: () => void;
  /** Customers made here; every other customer came from the crashing office. */
  private readonly own = new Set<string>();

  private constructor(core: Core, clock: MovableClock, cleanupDir: () => void) {
    this.core = core;
    this.clock = clock;
    this.call = ipc(core);
    this.cleanupDir = cleanupDir;
  }

  static async open(connection: pg.ClientConfig): Promise<PeerOffice> {
    const temp = makeTempDir('mb-crash-peer-');
    // Rounds only when asked (sync()): the harness decides when the peer works.
    const clock = iterationClock(0);
    const core = createCore({ ...coreOptions(REPO_ROOT, temp.dir, 0), clock, sync: { connection, intervalMs: 24 * 3_600_000 } });
    const peer = new PeerOffice(core, clock, temp.cleanup);
    try {
      await must(peer.call, 'setup.createOffice', {
        office: { name: 'Kios Bersama', code: PEER_OFFICE_CODE, currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
        owner: { ...OWNER_LOGIN, displayName: 'Kiki Owner' },
      });
      await must(peer.call, 'auth.login', OWNER_LOGIN);
    } catch (error) {
      await peer.close();
      throw error;
    }
    return peer;
  }

  /** One office day of the peer's work (the crashing office's day `iteration`), then a sync round. */
  async work(iteration: number, prng: Prng): Promise<void> {
    this.clock.set(iterationClock(iteration).now());
    const customer = await must(this.call, 'customers.create', { name: `Peer ${iteration}` });
    this.own.add(customer.id);
    await must(this.call, 'billing.invoices.create', { customerId: customer.id, lines: [{ description: `Install ${iteration}`, netMinor: prng.int(10, 90) * 1000 }] });
    const others = this.officeCustomers();
    if (others.length > 0) {
      await must(this.call, 'customers.update', { id: prng.pick(others), notes: `called from ${PEER_OFFICE_CODE} on day ${iteration}` });
    }
    const owing = this.owingCustomersOfTheOffice();
    if (owing.length > 0) {
      const { id, owed } = prng.pick(owing);
      await must(this.call, 'billing.payments.record', { customerId: id, amountMinor: owed, method: 'cash', memo: `paid at ${PEER_OFFICE_CODE}` });
    }
    await this.sync();
  }

  /** One sync round; a failed round is a harness failure (central is local and up). */
  async sync(): Promise<SyncStatusOutput> {
    const status = await this.core.services.sync.runNow();
    if (status.lastError) throw new Error(`the peer office's sync failed: ${status.lastError.code} ${status.lastError.message}`);
    return status;
  }

  /** Whether `value` is the id of a row of `table` here (the operators, which never sync). */
  holds(table: string, value: unknown): boolean {
    if (table !== 'operators' || typeof value !== 'string') return false;
    return this.core.services.sqlite.prepare('SELECT 1 FROM operators WHERE id = ?').get(value) !== undefined;
  }

  async close(): Promise<void> {
    await this.core.shutdown();
    this.cleanupDir();
  }

  /** The crashing office's customers, as pulled here. */
  private officeCustomers(): string[] {
    const ids = this.core.services.sqlite.prepare('SELECT id FROM customers ORDER BY id').pluck().all() as string[];
    return ids.filter((id) => !this.own.has(id));
  }

  private owingCustomersOfTheOffice(): Array<{ id: string; owed: number }> {
    const sql = 'SELECT customer_id AS id, sum(amount_minor) AS owed FROM ledger_entries GROUP BY customer_id HAVING owed > 0 ORDER BY customer_id';
    const owing = this.core.services.sqlite.prepare(sql).all() as Array<{ id: string; owed: number }>;
    return owing.filter((row) => !this.own.has(row.id));
  }
}
