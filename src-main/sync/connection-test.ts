import { performance } from 'node:perf_hooks';
import type { SyncTestOutput } from '../../src-shared/ipc/schemas/sync';
import { PgCentral, toSyncError } from './central-client';
import type { SyncErrorCode } from './protocol';
import { toPoolConfig, type SyncConnection } from './settings';

/**
 * "Test connection": opens a short-lived pool with the given settings and makes the cheapest real call,
 * an empty push. Central checks the role, the office and the protocol version exactly as for a real
 * batch, writes nothing, and answers with its head. Failures are an answer, not an error.
 */
const OUTCOMES: Record<SyncErrorCode, SyncTestOutput['outcome']> = {
  SYNC_FORBIDDEN: 'forbidden',
  SYNC_UPDATE_REQUIRED: 'update-required',
  SYNC_UNREACHABLE: 'unreachable',
  SYNC_BAD_BATCH: 'failed',
  SYNC_APPLY_FAILED: 'failed',
  SYNC_NOT_SET_UP: 'failed',
  SYNC_OFFICE_IN_USE: 'failed',
};

export async function testConnection(connection: SyncConnection, officeCode: string | null): Promise<SyncTestOutput> {
  const started = performance.now();
  const took = (): number => Math.round(performance.now() - started);
  if (!officeCode) {
    return { outcome: 'failed', head: null, error: { code: 'SYNC_NOT_SET_UP', message: 'the office has not been set up yet' }, tookMs: 0 };
  }
  const central = new PgCentral({ connection: { ...toPoolConfig(connection), connectionTimeoutMillis: 8_000, max: 1 } });
  try {
    const result = await central.push(officeCode, []);
    return { outcome: 'reachable', head: result.head, error: null, tookMs: took() };
  } catch (error) {
    const typed = toSyncError(error);
    return { outcome: OUTCOMES[typed.code], head: null, error: { code: typed.code, message: typed.message }, tookMs: took() };
  } finally {
    await central.close().catch(() => undefined);
  }
}
