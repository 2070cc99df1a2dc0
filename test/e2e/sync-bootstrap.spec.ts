// Restoring an office from the central database in the first-run wizard, against a real Postgres: office JKT1
// billed a customer and pushed it, then its disk died; the fresh install is set up with the same office code
// and "Restore this office from the central database", shows what it restored, and the customer is back.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestPostgres, type TestDatabase, type TestPostgres } from '../sync/support/postgres';
import { field, nav, OWNER } from './desk';
import { expect, test } from './fixtures';

let postgres: TestPostgres;
let central: TestDatabase;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  postgres = await startTestPostgres();
  central = await postgres.freshDatabase();
});
test.afterAll(async () => {
  await postgres?.stop();
});

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The office before its disk died (test/sync/support/seed-office.ts): one customer with an invoice, pushed. */
async function officeBeforeTheCrash(role: Awaited<ReturnType<TestDatabase['addOffice']>>): Promise<void> {
  const env = { ...process.env, MB_SEED_CONNECTION: JSON.stringify(role), MB_SEED_CODE: 'JKT1', MB_SEED_OWNER: JSON.stringify(OWNER) };
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/sync/support/seed-office.ts'], { cwd: ROOT, env });
  expect(stdout).toContain('pushed 3');
}

test('rebuild an office from the central database in the first-run wizard', async ({ page, app }) => {
  test.setTimeout(120_000);
  const role = await central.addOffice('JKT1');
  await officeBeforeTheCrash(role);

  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Set up your office' })).toBeVisible();
  await field(page, 'Office name').fill('Warnet Sejahtera');
  await field(page, 'Office code').fill('JKT1');
  await field(page, 'Currency').fill('IDR');
  await field(page, 'Username').fill(OWNER.username);
  await field(page, 'Display name').fill(OWNER.displayName);
  await field(page, 'Password').fill(OWNER.password);
  await field(page, 'Confirm password').fill(OWNER.password);

  await page.getByRole('checkbox', { name: 'Restore this office from the central database' }).check();
  // Required connection fields are checked before anything is created.
  await page.getByRole('button', { name: 'Create office and restore' }).click();
  await expect(page.getByText('Required').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set up your office' })).toBeVisible();

  await field(page, 'Host').fill(String(role.host));
  await field(page, 'Port').fill(String(role.port));
  await field(page, 'Database').fill(String(role.database));
  await field(page, 'Office role').fill(String(role.user));
  await field(page, 'Role password').fill(String(role.password));
  await field(page, 'Encryption').click();
  await page.getByRole('option', { name: 'None (local network only)' }).click();
  await page.getByRole('button', { name: 'Create office and restore' }).click();

  await expect(page.getByText('Office JKT1 restored')).toBeVisible({ timeout: 30_000 });
  const restored = page.getByRole('definition');
  await expect(page.getByRole('term').filter({ hasText: /^Customers$/ })).toBeVisible();
  await expect(restored.first()).toHaveText('1');
  await expect(page.getByText(/Numbering continues after: .*invoice:\d{4} = 1/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await nav(page, 'Customers').click();
  await expect(page.getByText('Dewi Lestari')).toBeVisible();
});
