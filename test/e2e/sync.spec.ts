// Sync end to end against a real Postgres: configure the central database on the Sync page, test the
// connection, turn sync on, "Sync now" empties the backlog; a customer pushed by another office with an
// account number taken here comes back as a conflict, which is resolved on the Conflicts page.
import path from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import type { Page } from '@playwright/test';
import { newId } from '../../src-shared/domain/ids';
import { PgCentral } from '../../src-main/sync/central-client';
import { startTestPostgres, type TestDatabase, type TestPostgres } from '../sync/support/postgres';
import { createOffice, field, nav } from './desk';
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

async function addCustomer(page: Page, name: string): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Office BB (another desk, played here through its own central role) creates a customer with the given account number. */
async function pushFromOtherOffice(role: pg.ClientConfig, dataDir: string, takenFrom: string): Promise<void> {
  const local = new Database(path.join(dataDir, 'mikrotik-billing.sqlite'), { readonly: true });
  const { search_key: _searchKey, ...row } = local.prepare('SELECT * FROM customers WHERE name = ?').get(takenFrom) as Record<string, string | number | null>;
  local.close();
  const id = newId();
  const now = Date.now();
  const payload = { ...row, id, name: 'Citra Dewi (BB)', home_office: 'BB', created_at: now, updated_at: now };
  const bb = new PgCentral({ connection: role });
  try {
    const result = await bb.push('BB', [{ id: newId(), table: 'customers', rowId: id, hlc: now * 1000, fields: null, payload }]);
    expect(result.rejected).toEqual([]);
  } finally {
    await bb.close();
  }
}

test('configure sync, test the connection, sync now, and resolve a conflict', async ({ page, app }) => {
  test.setTimeout(150_000);
  const office = await central.addOffice('JKT1');
  const otherOffice = await central.addOffice('BB');
  await createOffice(page, app.url);
  await addCustomer(page, 'Dewi Lestari');

  await nav(page, 'Sync').click();
  await expect(page.getByRole('heading', { name: 'Sync', exact: true })).toBeVisible();
  const status = page.getByRole('region', { name: 'Sync status' });
  await expect(status.getByLabel('State: Off')).toBeVisible();
  // No indicator in the top bar while sync is not configured.
  await expect(page.getByRole('link', { name: /^Sync: / })).toHaveCount(0);

  await field(page, 'Host').fill(String(office.host));
  await field(page, 'Port').fill(String(office.port));
  await field(page, 'Database').fill(String(office.database));
  await field(page, 'Office role').fill(String(office.user));
  await field(page, 'Role password').fill(String(office.password));
  await field(page, 'TLS').click();
  await page.getByRole('option', { name: 'Off (local network only)' }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected: the central database accepts this office' })).toBeVisible();

  await page.getByLabel('Sync with the central database').check();
  await page.getByRole('button', { name: 'Save sync settings' }).click();
  await expect(page.getByText('Sync settings saved.')).toBeVisible();
  await expect(page.getByText('A password is saved (stored encrypted). Leave blank to keep it.')).toBeVisible();

  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status.getByLabel('State: Up to date')).toBeVisible();
  await expect(status.getByRole('group', { name: 'Waiting to be sent' })).toContainText(/^Waiting to be sent\s*0$/);
  await expect(status.getByRole('group', { name: 'Last push' })).not.toContainText('Never');
  await expect(page.getByRole('link', { name: 'Sync: Up to date' })).toBeVisible();

  // Office BB hands out Dewi's account number to its own new customer; pulling it here is refused.
  await pushFromOtherOffice(otherOffice, app.dataDir, 'Dewi Lestari');
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status.getByRole('group', { name: 'Open conflicts' })).toContainText(/1$/);
  await status.getByRole('link', { name: 'Show conflicts' }).click();
  await expect(page.getByRole('heading', { name: 'Sync conflicts' })).toBeVisible();
  const row = page.getByRole('table', { name: 'Conflicts' }).getByRole('row').filter({ hasText: 'customers' });
  await expect(row).toContainText('Refused here');
  await expect(row).toContainText('BB');
  await row.getByRole('button', { name: /^View conflict on customers/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Conflict on customers' });
  await expect(dialog.getByRole('cell', { name: 'Citra Dewi (BB)' })).toBeVisible();
  await expect(dialog.getByText('Both documents stay on the books.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: "Take the other version" })).toHaveCount(0);
  await field(page, 'Note').fill('BB will renumber Citra');
  await dialog.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(page.getByText('Conflict resolved.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No conflicts.')).toBeVisible();
  await field(page, 'Show').click();
  await page.getByRole('option', { name: 'Resolved' }).click();
  await expect(page.getByRole('table', { name: 'Conflicts' }).getByRole('row').filter({ hasText: 'customers' })).toContainText('Resolved: Acknowledge');
});
