// Routers end to end: a simulated RouterOS on 127.0.0.1, seeded the way MikHmon leaves a router, is added
// through the desk, tested, imported (twice: the second finds nothing new), and a live hotspot session is kicked.
import type { Locator, Page } from '@playwright/test';
import { startRouterSim, type RouterSim } from '../router-sim';
import { SEEDED, seedMikhmonRouter } from '../imports/seed';
import { createOffice, field } from './desk';
import { expect, test } from './fixtures';

const ROUTER_NAME = 'Kantor Pusat';
const IDENTITY = 'RB-Kantor-Pusat';

/** Preview/result row labels as the wizard shows them, with what the seed put on the router. */
const KINDS: ReadonlyArray<[label: string, total: number]> = [
  ['Hotspot profiles (voucher plans)', SEEDED.profiles.length],
  ['Voucher batches', SEEDED.batches.length],
  ['Unused vouchers', SEEDED.unusedVouchers.length],
  ['Used vouchers', SEEDED.usedVouchers.length],
  ['Sales records', SEEDED.sales.length],
  ['PPP profiles', SEEDED.pppProfiles.length],
  ['PPP secrets (subscribers-to-be)', SEEDED.pppSecrets.length],
];
const TOTAL = KINDS.reduce((sum, [, total]) => sum + total, 0);

/** The number cells of the table row headed by `label`. */
async function rowNumbers(table: Locator, label: string): Promise<string[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: label, exact: true }) });
  return row.getByRole('cell').allInnerTexts();
}

async function openImportWizard(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import from router' }).click();
  const wizard = page.getByRole('dialog', { name: `Import from ${ROUTER_NAME}` });
  await expect(wizard.getByRole('table', { name: 'What the router holds' })).toBeVisible({ timeout: 20_000 });
  return wizard;
}

let sim: RouterSim;

test.beforeEach(async () => {
  sim = await startRouterSim({ version: '7.16.2', users: { admin: 'rahasia' }, identity: IDENTITY });
  seedMikhmonRouter(sim, true);
  // The seed's first logins leave two sessions; end them so the session the test starts is the only one.
  sim.logoutHotspotUser('ef67');
  sim.logoutHotspotUser('KX7P');
});

test.afterEach(async () => {
  await sim.close();
});

test('add a router, test it, import it twice, see and kick a live session', async ({ page, app }) => {
  // A long flow with several router round trips: give it room on a loaded machine (it takes ~20 s alone).
  test.setTimeout(120_000);
  await createOffice(page, app.url);

  // Add the router and test the connection: the router's identity comes back.
  await page.getByRole('navigation').getByRole('link', { name: 'Routers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Routers', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add router' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a router' });
  await field(page, 'Router name').fill(ROUTER_NAME);
  await field(page, 'Host').fill('127.0.0.1');
  await field(page, 'Port').fill(String(sim.port));
  await field(page, 'Router username').fill('admin');
  await field(page, 'Router password').fill('rahasia');
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  const answer = dialog.getByRole('status').filter({ hasText: 'The router answered' });
  await expect(answer).toContainText(IDENTITY, { timeout: 20_000 });
  await expect(answer).toContainText('7.16.2');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The list shows it, and the live status turns green.
  const grid = page.getByRole('grid', { name: 'Routers' });
  const row = grid.getByRole('row').filter({ hasText: ROUTER_NAME });
  await expect(row).toContainText(`127.0.0.1:${sim.port}`);
  await expect(row).toContainText('Online', { timeout: 20_000 });
  await expect(page.getByRole('img', { name: `${ROUTER_NAME}: Online` })).toBeVisible();

  // The dashboard shows the router live, with its CPU once health has been read.
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
  const routersCard = page.getByRole('region', { name: 'Routers' });
  await expect(routersCard).toContainText(ROUTER_NAME);
  await expect(routersCard).toContainText(/CPU \d+%/, { timeout: 20_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'Routers', exact: true }).click();

  // Import preview: exactly what the seed put on the router, all new, and the 7.10+ expiry warning.
  await row.getByRole('link', { name: ROUTER_NAME }).click();
  await expect(page.getByRole('heading', { name: ROUTER_NAME, exact: true })).toBeVisible();
  let wizard = await openImportWizard(page);
  const preview = wizard.getByRole('table', { name: 'What the router holds' });
  for (const [label, total] of KINDS) {
    expect(await rowNumbers(preview, label), label).toEqual([String(total), String(total), '0', '0', '0']);
  }
  await expect(wizard).toContainText('expiry scripts do not work');
  await expect(wizard.getByRole('checkbox', { name: 'Vouchers and batches' })).toBeChecked();

  // Apply: the result counts everything as imported.
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(wizard.getByRole('status').filter({ hasText: 'Import finished' })).toContainText(`${TOTAL} imported, 0 updated`, {
    timeout: 20_000,
  });
  const result = wizard.getByRole('table', { name: 'What was imported' });
  for (const [label, total] of KINDS) {
    expect(await rowNumbers(result, label), label).toEqual([String(total), '0', '0']);
  }
  await wizard.getByRole('button', { name: 'Done' }).click();
  await expect(wizard).toBeHidden();

  // A second preview finds nothing new: everything is "already imported" and Import is off.
  wizard = await openImportWizard(page);
  await expect(wizard).toContainText('Nothing new: everything on this router is already in the app.');
  const again = wizard.getByRole('table', { name: 'What the router holds' });
  for (const [label, total] of KINDS) {
    expect(await rowNumbers(again, label), label).toEqual([String(total), '0', String(total), '0', '0']);
  }
  await expect(wizard.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await wizard.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard).toBeHidden();

  // A customer logs in on the hotspot; the detail page shows the session after a refresh.
  sim.loginHotspotUser('walkin', { address: '10.5.50.20', macAddress: 'AA:BB:CC:00:11:30' });
  await page.getByRole('button', { name: 'Refresh sessions' }).click();
  const hotspot = page.getByRole('grid', { name: 'Hotspot active' });
  await expect(hotspot.getByRole('row').filter({ hasText: 'walkin' })).toContainText('10.5.50.20');

  // Kick it: a confirmation names the user and the router; then the session is gone, here and on the router.
  await hotspot.getByRole('button', { name: 'Kick walkin' }).click();
  const confirm = page.getByRole('dialog', { name: `Disconnect walkin from ${ROUTER_NAME}?` });
  await confirm.getByRole('button', { name: 'Kick', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('walkin was disconnected.')).toBeVisible();
  await expect(hotspot.getByRole('row').filter({ hasText: 'walkin' })).toHaveCount(0);
  await expect(hotspot).toContainText('Nobody is connected.');
  expect(sim.rows('/ip/hotspot/active')).toEqual([]);
});
