// Backups end to end: back up now, see it verified in the list, add a customer, restore the backup
// (owner's password, safety copy first), and after the core restarts and the page reloads the customer is gone.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createOffice, field, nav, OWNER, signIn } from './desk';
import { expect, test } from './fixtures';

async function addCustomer(page: Page, name: string): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

test('back up now, restore it, and data entered after the backup is gone', async ({ page, app }) => {
  // Two core starts (office setup and the restart after the restore) on a shared, busy machine.
  test.setTimeout(150_000);
  await createOffice(page, app.url);
  await nav(page, 'Backups').click();
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
  await expect(page.getByText('No backups yet.')).toBeVisible();
  // In a plain browser the export and import paths are typed: no file chooser is offered.
  await expect(page.getByRole('heading', { name: 'Move to a new PC' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose where…' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup made and checked.')).toBeVisible();
  const row = page.locator('tr[data-backup-id]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('By hand');
  await expect(row).toContainText('Verified');
  await expect(row).toContainText('Customers 0');

  await addCustomer(page, 'Dewi Lestari');
  await nav(page, 'Backups').click();
  await page.getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = page.getByRole('dialog', { name: /Restore the backup of/ });
  await expect(dialog.getByText('the file is intact')).toBeVisible();
  await expect(dialog.getByTestId('restore-holds')).toContainText('Customers 0');
  await expect(dialog).toContainText('A safety copy of the current data is made first');

  await field(page, 'Your password').fill('not-my-password');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog.getByText('The password is wrong.')).toBeVisible();

  await field(page, 'Your password').fill(OWNER.password);
  const reloaded = page.waitForEvent('load');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText('Restored. The app is restarting…')).toBeVisible();
  await reloaded;
  // The core restarted on the restored data and the page reloaded: sign in again.
  await signIn(page, OWNER.username, OWNER.password);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await nav(page, 'Customers').click();
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  await expect(page.getByText('Dewi Lestari')).toHaveCount(0);

  // The safety copy (taken before the restore) is listed and still holds the customer.
  await nav(page, 'Backups').click();
  const safety = page.locator('tr[data-backup-id^="backup-pre-restore-"]');
  await expect(safety).toContainText('Safety copy before a restore');
  await expect(safety).toContainText('Customers 1');
  await expect(safety).toContainText('Verified');
});

test('move to a new PC: the desktop app’s file chooser fills the path, and the export lands there', async ({ page, app }) => {
  // The desktop app's preload offers the system's chooser (src-main/electron/file-dialog.ts), which cannot
  // open here: this stands in for it with the same shape, answering a path in the test's own folder.
  const target = path.join(app.dataDir, 'moving', 'WJ-export.sqlite');
  fs.mkdirSync(path.dirname(target));
  await page.addInitScript((chosen: string) => {
    (window as unknown as { mikrotikBillingFiles: unknown }).mikrotikBillingFiles = {
      chooseFile: async (purpose: string) => (purpose === 'export-database' ? chosen : null),
    };
  }, target);
  await createOffice(page, app.url);
  await nav(page, 'Backups').click();
  await page.getByRole('button', { name: 'Choose where…' }).click();
  await expect(field(page, 'Export to file (full path ending in .sqlite)')).toHaveValue(target);
  // Cancelling the import chooser leaves the field as it was.
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await expect(field(page, 'Import from file (full path)')).toHaveValue('');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByText(`Exported to ${target}`)).toBeVisible();
  expect(fs.statSync(target).size).toBeGreaterThan(0);
});
