import { expect, test } from './fixtures';
import { field, OWNER } from './desk';

test('first run shows the setup wizard, with no sign-in and no default account', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Set up your office' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);
  await expect(page.getByText(/There is no default account/)).toBeVisible();
  // Defaults come from this computer: a time zone and a locale are already chosen.
  await expect(field(page, 'Time zone')).not.toHaveValue('');
  await expect(field(page, 'Decimal places')).not.toHaveValue('');
});

test('the wizard checks its fields before creating anything', async ({ page, app }) => {
  await page.goto(app.url);
  await field(page, 'Office name').fill('Warnet Sejahtera');
  await field(page, 'Office code').fill('J');
  await field(page, 'Username').fill(OWNER.username);
  await field(page, 'Display name').fill(OWNER.displayName);
  await field(page, 'Password').fill('owner123');
  await field(page, 'Confirm password').fill('different1');
  await page.getByRole('button', { name: 'Create office' }).click();

  await expect(page.getByText('Use 2 to 6 capital letters or digits')).toBeVisible();
  await expect(page.getByText('The passwords do not match')).toBeVisible();
  await expect(page.getByText('The password does not follow the rules above')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set up your office' })).toBeVisible();
});

test('creating the office signs the owner in and shows the dashboard', async ({ page, app }) => {
  await page.goto(app.url);
  await field(page, 'Office name').fill('Warnet Sejahtera');
  await field(page, 'Office code').fill('jkt1');
  await field(page, 'Currency').fill('IDR');
  await expect(field(page, 'Decimal places')).toHaveValue('0');
  await field(page, 'Time zone').fill('Asia/Jakarta');
  await field(page, 'Username').fill(OWNER.username);
  await field(page, 'Display name').fill(OWNER.displayName);
  await field(page, 'Password').fill(OWNER.password);
  await field(page, 'Confirm password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create office' }).click();

  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner.getByText('Warnet Sejahtera')).toBeVisible();
  await expect(banner.getByText(OWNER.displayName)).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('JKT1')).toBeVisible();
  await expect(main.getByText('Asia/Jakarta')).toBeVisible();
  await expect(main.getByText(/^IDR/)).toBeVisible();

  // Reloading keeps the office: the next start asks to sign in, not to set up again.
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
