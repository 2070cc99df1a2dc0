import { expect, test } from './fixtures';
import { addOperator, CASHIER, createOffice, openAdminPage } from './desk';

test('the audit log lists what was done, filters it and verifies the chain', async ({ page, app }) => {
  await createOffice(page, app.url);
  await addOperator(page, CASHIER, 'Cashier');
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Password', { exact: true }).fill('Rahasia2026');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeHidden();

  await openAdminPage(page, 'Audit log');
  const table = page.getByRole('table', { name: 'Audit log' });
  await expect(table.getByRole('row').filter({ hasText: 'setup.createOffice' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'operators.create' })).toContainText(CASHIER.username);
  await expect(table.getByRole('row').filter({ hasText: 'auth.lock' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'auth.unlock' })).toBeVisible();

  await page.getByLabel('Search', { exact: true }).fill(CASHIER.username);
  await expect(table.getByRole('row').filter({ hasText: 'setup.createOffice' })).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: 'operators.create' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'setup.createOffice' })).toBeVisible();

  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText(/Chain intact: \d+ entries checked/)).toBeVisible();
});
