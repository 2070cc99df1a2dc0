// Billing end to end: a service plan on a simulated router, a customer, a subscription whose PPP secret
// reaches the router, a manual invoice, a payment that changes the balance and its void; then a cashier
// finds a customer by phone prefix, pays, and voids only with a manager's approval, but cannot create plans.
import type { Locator, Page } from '@playwright/test';
import { startRouterSim, type RouterSim } from '../router-sim';
import { addOperator, addRouter, CASHIER, createOffice, field, nav, OWNER, signIn, signOut } from './desk';
import { expect, test } from './fixtures';

const ROUTER_NAME = 'Kantor Pusat';
const PLAN = 'Rumah 10M';
const PROFILE = 'rumah-10m';
const ANDI = { name: 'Andi Wijaya', phone: '0812-3456-7890' };
const BUDI = { name: 'Budi Hartono', phone: '0857-1111-2222' };

let sim: RouterSim;

test.beforeEach(async () => {
  sim = await startRouterSim({ version: '7.16.2', users: { admin: 'rahasia' }, identity: 'RB-Kantor-Pusat' });
});

test.afterEach(async () => {
  await sim.close();
});

function balance(page: Page): Locator {
  return page.getByRole('status', { name: 'Balance due' });
}

async function addServicePlan(page: Page): Promise<void> {
  await nav(page, 'Service plans').click();
  await expect(page.getByRole('heading', { name: 'Service plans', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New service plan' });
  await field(page, 'Plan name').fill(PLAN);
  await expect(field(page, 'PPP profile')).toHaveValue(PROFILE);
  await field(page, 'Rate limit').fill('5M/10M');
  // A price with letters is refused by the form before anything is sent.
  await field(page, 'Price per cycle (IDR)').fill('150 ribu');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter an amount such as 150000')).toBeVisible();
  await field(page, 'Price per cycle (IDR)').fill('150000');
  await field(page, 'Billing day').fill('5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('grid', { name: 'Service plans' }).getByRole('row').filter({ hasText: PLAN });
  await expect(row).toContainText(ROUTER_NAME);
  await expect(row).toContainText(/150[.,]000/);
  await expect(row).toContainText('Monthly on day 5');
  await expect(row).toContainText('5M/10M');
}

/** Creates a customer through the dialog; resolves on their page. */
async function addCustomer(page: Page, customer: { name: string; phone: string }, checkValidation = false): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(customer.name);
  await field(page, 'Address').fill('Jl. Melati 5, Bekasi');
  await field(page, 'Tags').fill('rt05 fiber');
  if (checkValidation) {
    await field(page, 'Phones').fill('call me');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText(/Up to 5 numbers/)).toBeVisible();
    await field(page, 'Latitude').fill('-6.2');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText(/both or neither/)).toBeVisible();
    await field(page, 'Latitude').fill('');
  }
  await field(page, 'Phones').fill(customer.phone);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: customer.name, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Customer summary' })).toContainText(/JKT1-\d{6}/);
}

async function invoiceNow(page: Page, description: string, amount: string): Promise<void> {
  await page.getByRole('button', { name: 'Invoice now' }).click();
  const dialog = page.getByRole('dialog', { name: /^Invoice .* now$/ });
  await field(page, 'Line 1 description').fill(description);
  await field(page, 'Line 1 amount (IDR)').fill(amount);
  await dialog.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(dialog).toBeHidden();
}

async function recordPayment(page: Page, amount: string, method: 'Cash' | 'Mobile money' | 'Bank transfer', reference: string): Promise<void> {
  await page.getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog', { name: /^Record a payment from / });
  await field(page, 'Amount (IDR)').fill(amount);
  await field(page, 'Payment method').click();
  await page.getByRole('option', { name: method, exact: true }).click();
  if (method !== 'Cash') {
    // Mobile money and transfers are refused without their reference, before anything is sent.
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await expect(dialog.getByText('Mobile money and bank transfers need their reference')).toBeVisible();
    await field(page, 'Reference').fill(reference);
  }
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
}

test('plan, customer, subscription on the router, invoice, payment and its void', async ({ page, app }) => {
  test.setTimeout(150_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: ROUTER_NAME, port: sim.port, password: 'rahasia' });
  await addServicePlan(page);
  // The plan's PPP profile is queued for the router and applied by the job worker.
  await expect
    .poll(() => sim.rows('/ppp/profile').find((row) => row.name === PROFILE)?.['rate-limit'], { timeout: 30_000 })
    .toBe('5M/10M');

  await addCustomer(page, ANDI, true);
  await expect(page.getByText('No subscriptions yet.')).toBeVisible();
  await expect(page.getByText('No entries yet.')).toBeVisible();

  // A subscription with a typed PPPoE name; no first invoice, so the amounts below are exact.
  await page.getByRole('button', { name: 'New subscription' }).click();
  const subDialog = page.getByRole('dialog', { name: 'New subscription' });
  await field(page, 'PPPoE username').fill('andi');
  await field(page, 'PPPoE password').fill('rahasia-andi');
  await subDialog.getByRole('checkbox', { name: 'Invoice the setup fee and the first period now' }).uncheck();
  await subDialog.getByRole('button', { name: 'Create subscription' }).click();
  await expect(subDialog).toBeHidden();
  const subscriptions = page.getByRole('table', { name: 'Subscriptions' });
  const subRow = subscriptions.getByRole('row').filter({ hasText: 'andi' });
  await expect(subRow).toContainText(PLAN);
  await expect(subRow).toContainText(ROUTER_NAME);
  await expect(subRow).toContainText('Active');
  await expect
    .poll(() => sim.rows('/ppp/secret').find((row) => row.name === 'andi'), { timeout: 30_000 })
    .toMatchObject({ password: 'rahasia-andi', profile: PROFILE, service: 'pppoe' });

  // Invoice now: 100,000 owed, one unpaid invoice.
  await invoiceNow(page, 'Pemasangan kabel', '100000');
  await expect(balance(page)).toContainText(/100[.,]000/);
  await expect(balance(page)).toContainText('Unpaid: 1');
  const ledger = page.getByRole('table', { name: 'Ledger' });
  await expect(ledger.getByRole('row').filter({ hasText: /Invoice JKT1-\d{4}-000001/ })).toContainText('Pemasangan kabel');

  // A partial payment by mobile money: 60,000 left, the invoice is partly paid.
  await recordPayment(page, '40000', 'Mobile money', 'DANA-778899');
  await expect(balance(page)).toContainText(/60[.,]000/);
  await expect(balance(page)).toContainText('Partly paid: 1');
  await expect(ledger.getByRole('row').filter({ hasText: 'DANA-778899' })).toContainText('Mobile money');

  // Voiding the payment writes a reversing entry and re-opens the invoice.
  await page.getByRole('button', { name: /^Void Payment of .*40[.,]000/ }).click();
  const voidDialog = page.getByRole('dialog', { name: /^Void Payment of .*40[.,]000/ });
  await voidDialog.getByRole('button', { name: 'Void entry' }).click();
  await expect(voidDialog.getByText('Enter a reason of up to 300 characters')).toBeVisible();
  await field(page, 'Reason for voiding').fill('Salah input');
  await voidDialog.getByRole('button', { name: 'Void entry' }).click();
  await expect(voidDialog).toBeHidden();
  await expect(balance(page)).toContainText(/100[.,]000/);
  await expect(balance(page)).toContainText('Unpaid: 1');
  await expect(ledger.getByRole('row').filter({ hasText: /^.*Reverses Payment of/ })).toContainText('Salah input');
  await expect(page.getByRole('button', { name: /^Void Payment of/ })).toHaveCount(0);

  // Suspending disables the secret on the router.
  await page.getByRole('button', { name: 'Suspend andi' }).click();
  const suspend = page.getByRole('dialog', { name: `Suspend andi (${PLAN})?` });
  await suspend.getByRole('button', { name: 'Suspend' }).click();
  await expect(suspend).toBeHidden();
  await expect(subRow).toContainText('Suspended');
  await expect.poll(() => sim.rows('/ppp/secret').find((row) => row.name === 'andi')?.disabled, { timeout: 30_000 }).toBe('true');
  await expect(page.getByRole('button', { name: 'Reactivate andi' })).toBeVisible();
});

test('a cashier finds a customer by phone prefix and takes a payment; voiding needs approval; no plan writes', async ({ page, app }) => {
  test.setTimeout(150_000);
  await createOffice(page, app.url);
  await addCustomer(page, BUDI);
  await addCustomer(page, ANDI);
  await invoiceNow(page, 'Tagihan Juni', '150000');
  await expect(balance(page)).toContainText(/150[.,]000/);
  await addOperator(page, CASHIER, 'Cashier');
  await signOut(page);
  await signIn(page, CASHIER.username, CASHIER.password);

  // Plans: readable, not writable; billing runs are not for cashiers.
  await nav(page, 'Service plans').click();
  await expect(page.getByRole('heading', { name: 'Service plans', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New plan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save billing settings' })).toHaveCount(0);
  await expect(nav(page, 'Billing runs')).toHaveCount(0);

  // Type-ahead by phone prefix: only Andi's number starts with 0812.
  await nav(page, 'Customers').click();
  await expect(page.getByRole('button', { name: 'New customer' })).toHaveCount(0);
  const grid = page.getByRole('grid', { name: 'Customers' });
  await expect(grid.getByRole('row').filter({ hasText: BUDI.name })).toBeVisible();
  await field(page, 'Search customers').fill('0812');
  await expect(grid.getByRole('row').filter({ hasText: BUDI.name })).toHaveCount(0);
  const andiRow = grid.getByRole('row').filter({ hasText: ANDI.name });
  await expect(andiRow).toContainText(ANDI.phone);
  await andiRow.getByRole('link').click();
  await expect(page.getByRole('heading', { name: ANDI.name, exact: true })).toBeVisible();
  for (const name of ['Invoice now', 'Credit note', 'Adjustment', 'Edit', 'New subscription']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }

  // The cashier takes the full amount by bank transfer: nothing owed, the invoice is paid.
  await recordPayment(page, '150000', 'Bank transfer', 'BCA-0042');
  await expect(balance(page)).toContainText('Paid: 1');
  await expect(balance(page)).not.toContainText(/150[.,]000/);

  // Voiding opens the approval dialog; a wrong password is refused, the owner's approves it.
  await page.getByRole('button', { name: /^Void Payment of .*150[.,]000/ }).click();
  const voidDialog = page.getByRole('dialog', { name: /^Void Payment of/ });
  await field(page, 'Reason for voiding').fill('Transfer belum masuk');
  await voidDialog.getByRole('button', { name: 'Void entry' }).click();
  const approval = page.getByRole('dialog', { name: 'Approval needed' });
  await expect(approval).toContainText('Void a ledger entry');
  await field(page, 'Approver username').fill(OWNER.username);
  await field(page, 'Approver password').fill(OWNER.password);
  await approval.getByRole('button', { name: 'Approve' }).click();
  await expect(approval).toBeHidden();
  await expect(voidDialog).toBeHidden();
  await expect(balance(page)).toContainText(/150[.,]000/);
  await expect(balance(page)).toContainText('Unpaid: 1');
});

test('billing runs: the schedule time from the settings, and a manual run', async ({ page, app }) => {
  await createOffice(page, app.url);
  await nav(page, 'Service plans').click();
  await field(page, 'Daily billing run at').fill('25:00');
  await page.getByRole('button', { name: 'Save billing settings' }).click();
  await expect(page.getByText('A time such as 00:15')).toBeVisible();
  await field(page, 'Daily billing run at').fill('01:30');
  await page.getByRole('button', { name: 'Save billing settings' }).click();
  await expect(page.getByText('Billing settings saved.')).toBeVisible();

  await nav(page, 'Billing runs').click();
  await expect(page.getByRole('heading', { name: 'Billing runs', exact: true })).toBeVisible();
  await expect(page.getByText(/every day at 01:30/)).toBeVisible();
  await page.getByRole('button', { name: 'Run billing now' }).click();
  const confirm = page.getByRole('dialog', { name: 'Run billing now for today?' });
  await confirm.getByRole('button', { name: 'Run billing now' }).click();
  await expect(confirm).toBeHidden({ timeout: 30_000 });
  const row = page.getByRole('grid', { name: 'Billing runs' }).getByRole('row').filter({ hasText: 'Run now' });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText('Running…', { timeout: 20_000 });
});
