import type pg from 'pg';
import { startTestPostgres, type TestDatabase, type TestPostgres } from '../sync/support/postgres';

/**
 * The central database of the crash test: a fresh database on the run's Postgres (test/sync/support) with
 * two offices, the crashing office and a peer office that keeps working beside it.
 */
export const CRASH_OFFICE_CODE = 'WJ';
export const PEER_OFFICE_CODE = 'KB';

export interface CrashCentral {
  db: TestDatabase;
  /** Each office's own role on central. */
  office: pg.ClientConfig;
  peer: pg.ClientConfig;
  stop(): Promise<void>;
}

export async function startCrashCentral(): Promise<CrashCentral> {
  const postgres: TestPostgres = await startTestPostgres();
  try {
    const db = await postgres.freshDatabase();
    const office = await db.addOffice(CRASH_OFFICE_CODE, 'Warnet Jaya');
    const peer = await db.addOffice(PEER_OFFICE_CODE, 'Kios Bersama');
    return { db, office, peer, stop: () => postgres.stop() };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
