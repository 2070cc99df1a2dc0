// Logs end to end: the owner sets up the office and adds a manager; a mistyped password and real work
// (sign-ins, a new customer) are written to the log files; the manager opens Logs, sees those entries,
// filters them by level and by text, opens an entry's fields, and no password appears anywhere.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addOperator, createOffice, field, nav, signIn, signOut } from './desk';
import { expect, test } from './fixtures';

const MANAGER = { username: 'manajer1', displayName: 'Rina Manajer', password: 'Manajer2026x' } as const;

async function addCustomer(page: Page, name: string): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('a manager reads the log of real actions and filters it by level and text', async ({ page, app }) => {
  // One core start and a dozen screens on a shared, busy machine.
  test.setTimeout(150_000);
  await createOffice(page, app.url);
  await addOperator(page, MANAGER, 'Manager');
  await signOut(page);
  await signIn(page, MANAGER.username, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText(/Wrong username or password\./);
  await signIn(page, MANAGER.username, MANAGER.password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await addCustomer(page, 'Dewi Lestari');

  await nav(page, 'Logs').click();
  await expect(page.getByRole('heading', { name: 'Logs', exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'Logs' });
  const rows = table.getByRole('row');
  await expect(rows.filter({ hasText: 'customers.create done' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'operators.create done' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'auth.login refused' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'auth.login done' }).first()).toBeVisible();

  // Level: warnings and above leave only the refused sign-in.
  await field(page, 'Level at least').click();
  await page.getByRole('option', { name: 'Warning', exact: true }).click();
  await expect(rows.filter({ hasText: 'auth.login refused' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'done' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'auth.login refused' }).getByText('Warning')).toBeVisible();

  // Back to any level, then text.
  await field(page, 'Level at least').click();
  await page.getByRole('option', { name: 'Any level', exact: true }).click();
  await field(page, 'Search text').fill('customers.create');
  await expect(rows.filter({ hasText: 'auth.login' })).toHaveCount(0);
  const created = rows.filter({ hasText: 'customers.create done' });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText('customers');
  await created.getByRole('button', { name: 'Show the fields of this entry' }).click();
  await expect(table.getByText(`"operator": "${MANAGER.username}"`)).toBeVisible();

  // Neither the page nor the files hold a password that was typed.
  await expect(page.locator('body')).not.toContainText(MANAGER.password);
  const dir = path.join(app.dataDir, 'logs');
  const text = fs
    .readdirSync(dir)
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('');
  expect(text).toContain('customers.create done');
  expect(text).not.toContain(MANAGER.password);
  expect(text).not.toContain('not-the-password');
});
