import { PgCentral } from '../../../src-main/sync/central-client';
import type { CentralApi, OutgoingMutation, PulledChange, PushResult } from '../../../src-main/sync/protocol';
import { SyncService } from '../../../src-main/sync/service';
import { routerFollowUp } from '../../../src-main/sync/router-follow-up';
import { silentLogger } from '../../../src-main/core/logger';
import type { Sqlite } from '../../../src-main/db/connection';
import { OFFICE_INPUT, startCore, type Harness } from '../../support/core-harness';
import type { TestDatabase } from './postgres';

export { balances, centralBalances, count, snapshot } from './books';

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
