import { expect, test } from './fixtures';
import { addOperator, CASHIER, createOffice, signIn, signOut } from './desk';

test('the owner creates a cashier who can then sign in', async ({ page, app }) => {
  await createOffice(page, app.url);
  await addOperator(page, CASHIER, 'Cashier');

  const row = page.getByRole('row').filter({ hasText: CASHIER.username });
  await expect(row.getByRole('cell', { name: 'Cashier', exact: true })).toBeVisible();
  await expect(row.getByText('Active')).toBeVisible();

  await signOut(page);
  await signIn(page, CASHIER.username, CASHIER.password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('banner').getByText(CASHIER.displayName)).toBeVisible();
});

test('a cashier sees no operators or audit link and is refused the page by address', async ({ page, app }) => {
  await createOffice(page, app.url);
  await addOperator(page, CASHIER, 'Cashier');
  await signOut(page);
  await signIn(page, CASHIER.username, CASHIER.password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Operators' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();

  // Typing the address directly (the session lives with this window, so change the hash in place).
  await page.evaluate(() => {
    window.location.hash = '#/admin/operators';
  });
  await expect(page.getByText('You do not have access to this page')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add operator' })).toHaveCount(0);
});

test('a reset password must be changed at the next sign-in', async ({ page, app }) => {
  await createOffice(page, app.url);
  await addOperator(page, CASHIER, 'Cashier');
  await page.getByRole('button', { name: `Reset password for ${CASHIER.username}` }).click();
  await page.getByLabel('New password', { exact: true }).fill('Sementara1');
  await page.getByLabel('Confirm password', { exact: true }).fill('Sementara1');
  await page.getByRole('button', { name: 'Reset password', exact: true }).click();
  await expect(page.getByText(`The password of ${CASHIER.username} was reset.`)).toBeVisible();
  await signOut(page);

  await signIn(page, CASHIER.username, 'Sementara1');
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('Current password', { exact: true }).fill('Sementara1');
  await page.getByLabel('New password', { exact: true }).fill('PilihanSiti7');
  await page.getByLabel('Confirm new password', { exact: true }).fill('PilihanSiti7');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('main').getByText(CASHIER.displayName)).toBeVisible();
});
