import pg from 'pg';
import { ZodError } from 'zod';
import {
  pulledChangeSchema,
  pushResultSchema,
  SYNC_SCHEMA_VERSION,
  SyncError,
  type CentralApi,
  type OutgoingMutation,
  type PulledChange,
  type PushResult,
} from './protocol';

/**
 * The office's client of the central Postgres functions. Connection settings are plain `pg` pool options,
 * so TLS is `ssl: { ca, rejectUnauthorized: true }` or `?sslmode=verify-full` in a connection string.
 */
export interface PgCentralOptions {
  connection: pg.PoolConfig;
  /** Overridable only so tests can play an outdated office. */
  schemaVersion?: number;
}

/** SQLSTATEs raised by the central functions (0001_sync_core.sql). */
const CENTRAL_CODES: Record<string, SyncError['code']> = {
  MBUPD: 'SYNC_UPDATE_REQUIRED',
  MBDNY: 'SYNC_FORBIDDEN',
  MBBAD: 'SYNC_BAD_BATCH',
  '42501': 'SYNC_FORBIDDEN',
  '28P01': 'SYNC_FORBIDDEN',
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps a driver error to a typed one: protocol refusals by SQLSTATE, anything else is "unreachable". */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // Central answered, but with rows this office cannot read: a protocol problem, not a network one.
  if (error instanceof ZodError) return new SyncError('SYNC_BAD_BATCH', message, { cause: error });
  // A function this version calls is missing: the central database has not been migrated to this release.
  if (errorCode(error) === '42883') {
    return new SyncError('SYNC_UPDATE_REQUIRED', `the central database needs its migrations for this version of the app (cli.ts migrate): ${message}`, { cause: error });
  }
  const mapped = CENTRAL_CODES[errorCode(error) ?? ''];
  return new SyncError(mapped ?? 'SYNC_UNREACHABLE', message, { cause: error });
}

interface PullRow {
  seq: string;
  office_code: string;
  table_name: string;
  row_id: string;
  hlc: string | null;
  fields: unknown;
  payload: unknown;
}

export class PgCentral implements CentralApi {
  private readonly pool: pg.Pool;
  private readonly schemaVersion: number;

  constructor(options: PgCentralOptions) {
    this.pool = new pg.Pool({ max: 2, connectionTimeoutMillis: 10_000, ...options.connection });
    // An idle client losing its server must not crash the process: the next call reports it instead.
    this.pool.on('error', () => undefined);
    this.schemaVersion = options.schemaVersion ?? SYNC_SCHEMA_VERSION;
  }

  async push(office: string, batch: readonly OutgoingMutation[]): Promise<PushResult> {
    try {
      const result = await this.pool.query<{ result: unknown }>('SELECT mb.sync_push($1, $2, $3::jsonb) AS result', [
        office,
        this.schemaVersion,
        JSON.stringify(batch),
      ]);
      return pushResultSchema.parse(result.rows[0]?.result);
    } catch (error) {
      throw toSyncError(error);
    }
  }

  async pull(office: string, after: number, limit: number): Promise<PulledChange[]> {
    try {
      const result = await this.pool.query<PullRow>('SELECT * FROM mb.sync_pull($1, $2, $3, $4)', [office, this.schemaVersion, after, limit]);
      return result.rows.map((row) =>
        pulledChangeSchema.parse({
          seq: row.seq,
          office: row.office_code,
          table: row.table_name,
          rowId: row.row_id,
          hlc: row.hlc,
          fields: row.fields,
          payload: row.payload,
        }),
      );
    } catch (error) {
      throw toSyncError(error);
    }
  }

  async officeHasHistory(office: string): Promise<boolean> {
    try {
      const result = await this.pool.query<{ known: boolean }>('SELECT mb.office_has_history($1, $2) AS known', [office, this.schemaVersion]);
      return result.rows[0]?.known === true;
    } catch (error) {
      throw toSyncError(error);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
