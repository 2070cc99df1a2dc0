// Customer CSV import end to end: a service plan on a simulated router, then a spreadsheet with one bad
// row. The preview shows the bad row's error; Import without "skip bad rows" writes nothing; with it the
// good rows become customers in the grid and the subscriber's PPP secret reaches the router.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { startRouterSim, type RouterSim } from '../router-sim';
import { addRouter, createOffice, field, nav } from './desk';
import { expect, test } from './fixtures';

const ROUTER_NAME = 'Kantor Pusat';
const PLAN = 'Rumah 10M';
const PROFILE = 'rumah-10m';

/** A spreadsheet export as offices write it: `;`, a BOM, CRLF, a quoted address with the delimiter in it. */
const SHEET = [
  'Nama;No HP;Alamat;Paket;Router;PPPoE Username;PPPoE Password;Status',
  `Andi Wijaya;0812-3456-7890;"Jl. Melati 5; Bekasi";${PLAN};${ROUTER_NAME};andi;rahasia-andi;active`,
  'Budi Hartono;0857-1111-2222;Gang Mawar 12;;;;;',
  `Citra Lestari;0813-9999-0000;Jl. Kenanga 1;Gold 1G;${ROUTER_NAME};citra;;active`,
].join('\r\n');

let sim: RouterSim;

test.beforeEach(async () => {
  sim = await startRouterSim({ version: '7.16.2', users: { admin: 'rahasia' }, identity: 'RB-Kantor-Pusat' });
});

test.afterEach(async () => {
  await sim.close();
});

async function addServicePlan(page: Page): Promise<void> {
  await nav(page, 'Service plans').click();
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New service plan' });
  await field(page, 'Plan name').fill(PLAN);
  await expect(field(page, 'PPP profile')).toHaveValue(PROFILE);
  await field(page, 'Price per cycle (IDR)').fill('150000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('CSV import: preview with a bad row, refused without skip, imported with skip, secret on the router', async ({ page, app }) => {
  test.setTimeout(240_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: ROUTER_NAME, port: sim.port, password: 'rahasia' });
  await addServicePlan(page);

  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers from a CSV file' });

  // The template holds the headers the import expects (with a BOM for spreadsheets).
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download template' }).click();
  const template = fs.readFileSync(await (await downloading).path(), 'utf8');
  expect(template).toMatch(/^\uFEFFname,phones,address,.*,plan,router,pppoe username,pppoe password,start date,status\r\n$/);

  await dialog.locator('input[type="file"]').setInputFiles({ name: 'pelanggan.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${SHEET}\r\n`, 'utf8') });
  await expect(dialog.getByRole('status', { name: 'Check the rows' })).toHaveText('Rows: 3. Ready: 2. With errors: 1. Subscriptions to create: 1.');
  const grid = dialog.getByRole('grid', { name: 'Rows to import' });
  await expect(grid.getByRole('row').filter({ hasText: 'Citra Lestari' })).toContainText('Plan “Gold 1G” does not exist');
  await expect(grid.getByRole('row').filter({ hasText: 'Andi Wijaya' })).toContainText('Ready');
  await expect(grid.getByRole('row').filter({ hasText: 'Budi Hartono' })).toContainText('new');

  // All or nothing: with a bad row and no skip, nothing is imported.
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText('Nothing was imported: rows with errors: 1.', { exact: false })).toBeVisible();

  await dialog.getByRole('checkbox', { name: 'Skip bad rows and import the others' }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status', { name: 'Imported' })).toHaveText('Import finished. Customers: 2. Subscriptions: 1.');
  await expect(dialog.getByText('Skipped lines (not imported): 4')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const customers = page.getByRole('grid', { name: 'Customers' });
  await expect(customers.getByRole('row').filter({ hasText: 'Andi Wijaya' })).toContainText('0812-3456-7890');
  await expect(customers.getByRole('row').filter({ hasText: 'Budi Hartono' })).toContainText(/JKT1-\d{6}/);
  await expect(customers.getByRole('row').filter({ hasText: 'Citra Lestari' })).toHaveCount(0);
  await expect
    .poll(() => sim.rows('/ppp/secret').find((row) => row.name === 'andi'), { timeout: 30_000 })
    .toMatchObject({ password: 'rahasia-andi', profile: PROFILE, service: 'pppoe' });

  // The imported subscription is on Andi's page like one made there.
  await customers.getByRole('row').filter({ hasText: 'Andi Wijaya' }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Andi Wijaya', exact: true })).toBeVisible();
  const subRow = page.getByRole('table', { name: 'Subscriptions' }).getByRole('row').filter({ hasText: 'andi' });
  await expect(subRow).toContainText(PLAN);
  await expect(subRow).toContainText('Active');
});
