import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrateCentral } from './migrate';
import { createOfficeRole } from './office-roles';

/**
 * Admin CLI for the central sync database (docs/central-database.md):
 *   npx tsx src-main/sync/central/cli.ts migrate --url postgres://admin@host/mb_central?sslmode=verify-full
 *   npx tsx src-main/sync/central/cli.ts add-office --url … --code WJ --name "Warnet Jaya" --role office_wj
 * The office role's password is read from MB_OFFICE_PASSWORD (never a command-line argument: it would
 * show in the process list and the shell history). The URL may also come from MB_CENTRAL_URL.
 */

const USAGE = `usage:
  cli.ts migrate [--url URL]
  cli.ts add-office [--url URL] --code CODE --name NAME --role ROLE   (password in MB_OFFICE_PASSWORD)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  });
  const url = values.url ?? process.env.MB_CENTRAL_URL;
  if (!url) fail('missing --url (or MB_CENTRAL_URL)');
  const command = positionals[0];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (command === 'migrate') {
      const { applied } = await migrateCentral(client);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'already up to date\n');
    } else if (command === 'add-office') {
      const password = process.env.MB_OFFICE_PASSWORD;
      if (!values.code || !values.name || !values.role || !password) fail('add-office needs --code, --name, --role and MB_OFFICE_PASSWORD');
      await createOfficeRole(client, { code: values.code, name: values.name, role: values.role, password });
      process.stdout.write(`office ${values.code} can now sync as role ${values.role}\n`);
    } else {
      fail(`unknown command: ${command ?? '(none)'}`);
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
