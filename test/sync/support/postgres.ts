import pg from 'pg';
import { migrateCentral } from '../../../src-main/sync/central/migrate';
import { createOfficeRole } from '../../../src-main/sync/central/office-roles';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * The Postgres the sync tests use, in this order:
 * - `PG_URL` (an admin connection string) when set;
 * - inside vitest, the run's one shared embedded-postgres, started on first use by the global setup
 *   (postgres-global-setup.ts, registered in vitest.config.ts) and stopped when the run ends;
 * - otherwise (a script such as the P7 benchmark) an embedded-postgres of its own.
 * Each call to `freshDatabase` makes its own database (and office roles with unique names, roles being
 * per cluster), so test files sharing the server never see each other's data.
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

/** What the global setup provides to the workers: where to ask for the shared server. */
export interface PostgresControl {
  url: string;
  token: string;
}

export const POSTGRES_CONTROL_KEY = 'mbPostgresControl';

declare module 'vitest' {
  export interface ProvidedContext {
    mbPostgresControl: PostgresControl;
  }
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

/**
 * The group role every office joins is per cluster; migrations of databases made at the same time by
 * parallel test files would race to create it (their advisory locks are per database), so it is made
 * here first, once, tolerating a concurrent creator.
 */
async function ensureOfficeGroup(client: pg.Client): Promise<void> {
  await client.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mb_office') THEN CREATE ROLE mb_office NOLOGIN; END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
}

interface Created {
  databases: string[];
  roles: string[];
}

/**
 * The central migrations are applied once per TestPostgres, to a template database; each fresh database
 * is a copy of it (CREATE DATABASE … TEMPLATE), which is much cheaper than migrating every time and
 * leaves the same state (schema, grants, `schema_migrations`).
 */
async function makeTemplate(base: pg.ClientConfig, created: Created): Promise<string> {
  const name = `mb_tpl_${unique()}`;
  await withClient(base, async (client) => {
    await ensureOfficeGroup(client);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
  created.databases.push(name);
  await withClient({ ...base, database: name }, (client) => migrateCentral(client));
  return name;
}

function makeDatabaseFactory(base: pg.ClientConfig, created: Created) {
  let template: Promise<string> | null = null;
  return async (): Promise<TestDatabase> => {
    template ??= makeTemplate(base, created);
    const source = await template;
    const name = `mb_sync_${unique()}`;
    await withClient(base, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(source)}`));
    created.databases.push(name);
    const admin: pg.ClientConfig = { ...base, database: name };
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

/** A server someone else owns (PG_URL, the run's shared one): drop only what this file made there. */
function onSharedServer(base: pg.ClientConfig): TestPostgres {
  const created: Created = { databases: [], roles: [] };
  return {
    freshDatabase: makeDatabaseFactory(base, created),
    stop: () =>
      withClient(base, async (client) => {
        for (const db of created.databases) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(db)} WITH (FORCE)`);
        for (const role of created.roles) await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
      }),
  };
}

/** The shared server's settings from the global setup, or null outside vitest or without the setup. */
async function sharedServer(): Promise<pg.ClientConfig | null> {
  if (!process.env.VITEST) return null;
  // Imported only under vitest: scripts run by tsx must not load the test runner.
  const { inject } = await import('vitest');
  const control = inject(POSTGRES_CONTROL_KEY);
  if (!control) return null;
  const response = await fetch(control.url, { headers: { 'x-mb-token': control.token } });
  if (!response.ok) throw new Error(`shared test Postgres did not start: ${await response.text()}`);
  return (await response.json()) as pg.ClientConfig;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const url = process.env.PG_URL;
  if (url) return onSharedServer(configFromUrl(url));
  const shared = await sharedServer();
  if (shared) return onSharedServer(shared);
  const server = await startEmbeddedPostgres();
  const created: Created = { databases: [], roles: [] };
  return { freshDatabase: makeDatabaseFactory(server.base, created), stop: () => server.stop() };
}
