import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres';
import { POSTGRES_CONTROL_KEY, type PostgresControl } from './postgres';

/**
 * vitest globalSetup: ONE Postgres for the whole run, started lazily. It only opens a tiny control
 * endpoint on 127.0.0.1 and provides its address to the test workers; the first test file that needs
 * Postgres (test/sync/support/postgres.ts) asks it, and only then is embedded-postgres started (~3 s).
 * A run without such files pays for a listening socket. With `PG_URL` set the tests use that server
 * directly and nothing is started here. Every test still makes its own databases and role names.
 */
function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // MB_PG_PER_FILE=1: the old way, one embedded server per test file (for comparing run times).
  if (process.env.PG_URL || process.env.MB_PG_PER_FILE) return async () => undefined;
  const token = randomBytes(16).toString('hex');
  let started: Promise<EmbeddedServer> | null = null;
  const server = http.createServer((request, response) => {
    if (request.headers['x-mb-token'] !== token || request.url !== '/postgres') {
      response.writeHead(403).end();
      return;
    }
    // Concurrent first requests share one start; a failed start is retried by the next request.
    if (!started) process.stderr.write('[postgres-global-setup] a test asked for Postgres: starting one embedded-postgres for this run\n');
    started ??= startEmbeddedPostgres().catch((error: unknown) => {
      started = null;
      throw error;
    });
    started.then(
      (pg) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(pg.base)),
      (error: unknown) => response.writeHead(500).end(error instanceof Error ? error.message : String(error)),
    );
  });
  const port = await listen(server);
  const control: PostgresControl = { url: `http://127.0.0.1:${port}/postgres`, token };
  project.provide(POSTGRES_CONTROL_KEY, control);
  return async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    const pg = await started?.catch(() => null);
    await pg?.stop();
  };
}
