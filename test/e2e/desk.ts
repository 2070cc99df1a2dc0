import { expect, type Locator, type Page } from '@playwright/test';

/** Shared steps for the desk's e2e specs: the way a person would do them, by role and label. */

export const OWNER = { username: 'owner', displayName: 'Budi Santoso', password: 'Rahasia2026' } as const;
export const CASHIER = { username: 'kasir1', displayName: 'Siti Kasir', password: 'Kasir2026x' } as const;

/** A labelled control, matched exactly ("Password" must not also match "Confirm password"). */
export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** First run: the wizard creates the office and the owner, who lands signed in on the dashboard. */
export async function createOffice(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Set up your office' })).toBeVisible();
  await field(page, 'Office name').fill('Warnet Sejahtera');
  await field(page, 'Office code').fill('JKT1');
  await field(page, 'Currency').fill('IDR');
  await field(page, 'Username').fill(OWNER.username);
  await field(page, 'Display name').fill(OWNER.displayName);
  await field(page, 'Password').fill(OWNER.password);
  await field(page, 'Confirm password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create office' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await field(page, 'Username').fill(username);
  await field(page, 'Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

export async function openAdminPage(page: Page, link: 'Operators' | 'Audit log' | 'Settings'): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { name: link, exact: true })).toBeVisible();
}

export async function addOperator(
  page: Page,
  operator: { username: string; displayName: string; password: string },
  role: 'Cashier' | 'Manager' | 'Technician' | 'Owner',
): Promise<void> {
  await openAdminPage(page, 'Operators');
  await page.getByRole('button', { name: 'Add operator' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an operator' });
  await field(page, 'Username').fill(operator.username);
  await field(page, 'Display name').fill(operator.displayName);
  await field(page, 'Role').click();
  await page.getByRole('option', { name: role, exact: true }).click();
  await field(page, 'Password').fill(operator.password);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: operator.displayName })).toBeVisible();
}

/** A main navigation link, by its exact name. */
export function nav(page: Page, link: string): Locator {
  return page.getByRole('navigation').getByRole('link', { name: link, exact: true });
}

/** Adds a simulated router (API user `admin`) on the Routers page and waits until it shows Online. */
export async function addRouter(page: Page, router: { name: string; port: number; password: string }): Promise<void> {
  await nav(page, 'Routers').click();
  await page.getByRole('button', { name: 'Add router' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a router' });
  await field(page, 'Router name').fill(router.name);
  await field(page, 'Host').fill('127.0.0.1');
  await field(page, 'Port').fill(String(router.port));
  await field(page, 'Router username').fill('admin');
  await field(page, 'Router password').fill(router.password);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('grid', { name: 'Routers' }).getByRole('row').filter({ hasText: router.name });
  await expect(row).toContainText('Online', { timeout: 20_000 });
}
