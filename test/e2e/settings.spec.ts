import { expect, test } from './fixtures';
import { addOperator, CASHIER, createOffice, field, openAdminPage, OWNER, signIn, signOut } from './desk';

const MANAGER = { username: 'andi', displayName: 'Andi Manajer', password: 'Kantor2026' } as const;

test('a manager saves settings after the owner approves on the spot', async ({ page, app }) => {
  await createOffice(page, app.url);
  await addOperator(page, MANAGER, 'Manager');
  await signOut(page);
  await signIn(page, MANAGER.username, MANAGER.password);
  await openAdminPage(page, 'Settings');

  await field(page, 'Office name').fill('Warnet Sejahtera Pusat');
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approval needed' });
  await expect(dialog).toBeVisible();

  await field(page, 'Approver username').fill(OWNER.username);
  await field(page, 'Approver password').fill('wrong-password1');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();

  await field(page, 'Approver password').fill(OWNER.password);
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Warnet Sejahtera Pusat')).toBeVisible();
});

test('a cashier reads the settings but cannot change them', async ({ page, app }) => {
  await createOffice(page, app.url);
  await addOperator(page, CASHIER, 'Cashier');
  await signOut(page);
  await signIn(page, CASHIER.username, CASHIER.password);
  await openAdminPage(page, 'Settings');
  await expect(page.getByText('Only an owner or a manager can change these settings.')).toBeVisible();
  await expect(field(page, 'Office name')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change password' })).toBeVisible();
});

test('the display language switches to Bahasa Indonesia and back', async ({ page, app }) => {
  await createOffice(page, app.url);
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { name: 'Dasbor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
});
