import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PgCentral } from '../../src-main/sync/central-client';
import { startTestPostgres, type TestPostgres } from './support/postgres';

const run = promisify(execFile);
const CLI = path.resolve('src-main/sync/central/cli.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

const suffix = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

it('sets a central database up the way docs/central-database.md says, as a non-superuser admin', { timeout: 60_000 }, async () => {
  const db = await postgres.freshDatabase();
  const { host, port } = db.admin;
  // Step 1 of the page: an admin role with CREATEROLE (not superuser) owning an empty database.
  const admin = `mb_admin_${suffix()}`;
  const adminPassword = `admin-${suffix()}-${suffix()}`;
  const central = `mb_central_${suffix()}`;
  await db.adminQuery(`CREATE ROLE ${admin} LOGIN CREATEROLE PASSWORD '${adminPassword}'`);
  await db.adminQuery(`CREATE DATABASE ${central} OWNER ${admin}`);
  // The test cluster already has mb_office (made by earlier migrations as superuser): the page's extra grant.
  await db.adminQuery(`GRANT mb_office TO ${admin} WITH ADMIN OPTION`);
  const url = `postgres://${admin}:${adminPassword}@${String(host)}:${String(port)}/${central}`;
  const env = { ...process.env, MB_CENTRAL_URL: url };
  const role = `mb_cli_${suffix()}`;
  try {
    expect((await run(TSX, [CLI, 'migrate'], { env })).stdout).toBe('applied: 0001_sync_core.sql, 0002_all_tables_per_field.sql, 0003_bulk_new_facts.sql, 0004_office_history.sql\n');
    expect((await run(TSX, [CLI, 'migrate'], { env })).stdout).toBe('already up to date\n');

    const officePassword = 'correct-horse-battery-staple';
    const added = await run(TSX, [CLI, 'add-office', '--code', 'WJ', '--name', 'Warnet Jaya', '--role', role], {
      env: { ...env, MB_OFFICE_PASSWORD: officePassword },
    });
    expect(added.stdout).toContain(`office WJ can now sync as role ${role}`);

    const office = new PgCentral({ connection: { host: String(host), port: Number(port), database: central, user: role, password: officePassword } });
    try {
      expect(await office.pull('WJ', 0, 10)).toEqual([]);
    } finally {
      await office.close();
    }

    // Bad input: refused with a message, nothing created.
    const refused = await run(TSX, [CLI, 'add-office', '--code', 'wj!', '--name', 'x', '--role', `${role}_2`], {
      env: { ...env, MB_OFFICE_PASSWORD: officePassword },
    }).then(() => null, (error: unknown) => error as { code: number; stderr: string });
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain('office code must be');
    expect(await db.adminQuery('SELECT 1 FROM pg_roles WHERE rolname = $1', [`${role}_2`])).toHaveLength(0);
  } finally {
    await db.adminQuery(`DROP DATABASE IF EXISTS ${central} WITH (FORCE)`);
    await db.adminQuery(`DROP ROLE IF EXISTS ${role}`);
    await db.adminQuery(`DROP ROLE IF EXISTS ${admin}`);
  }
});
