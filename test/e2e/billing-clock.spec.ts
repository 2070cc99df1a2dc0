// Billing over time, end to end (issue 5): plan → customer → subscription (secret on the simulated router,
// a live PPPoE session) → the app's clock jumps twelve days, past due date + grace (as a desk that slept
// would see it) → the catch-up billing run invoices the next week and suspends: the secret is disabled and
// the session kicked → a payment of the whole balance at the desk enables the secret again.
//
// The web bridge runs with `--test-clock` (the `testClock` option): its clock starts at START and only
// moves when the test says so; everything else waits on conditions. The jump locks the desk (12 days idle
// is past any idle-lock time, as after a real sleep); the test signs out from the lock screen and signs in
// again, which also starts the desk with nothing cached from before the jump.
import type { Locator, Page } from '@playwright/test';
import { startRouterSim, type RouterSim } from '../router-sim';
import { addRouter, createOffice, field, nav, OWNER, signIn } from './desk';
import { expect, moveTestClock, test } from './fixtures';

const ROUTER_NAME = 'Kantor Pusat';
const PLAN = 'Mingguan 5M';
const PROFILE = 'mingguan-5m';
const CUSTOMER = 'Andi Wijaya';
const PPP_USER = 'andi';
/** 10:00 on Thursday 15 January 2026 in Jakarta: the first week is 15–22 January, due on the 22nd. */
const START = '2026-01-15T10:00:00+07:00';
/** Due 22 January + 3 grace days: the run of the 26th suspends. On the 27th that run is behind us. */
const AFTER_GRACE = '2026-01-27T10:00:00+07:00';

let sim: RouterSim;

test.use({ testClock: START, timezoneId: 'Asia/Jakarta' });

test.beforeEach(async () => {
  sim = await startRouterSim({ version: '7.16.2', users: { admin: 'rahasia' }, identity: 'RB-Kantor-Pusat' });
});

test.afterEach(async () => {
  await sim.close();
});

const secret = (): Record<string, string> | undefined => sim.rows('/ppp/secret').find((row) => row.name === PPP_USER);
const sessions = (): number => sim.rows('/ppp/active').filter((row) => row.name === PPP_USER).length;

function balance(page: Page): Locator {
  return page.getByRole('status', { name: 'Balance due' });
}

function subscriptionRow(page: Page): Locator {
  return page.getByRole('table', { name: 'Subscriptions' }).getByRole('row').filter({ hasText: PPP_USER });
}

/** A weekly plan (every 7 days, 50,000) with 3 grace days. */
async function addWeeklyPlan(page: Page): Promise<void> {
  await nav(page, 'Service plans').click();
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New service plan' });
  await field(page, 'Plan name').fill(PLAN);
  await expect(field(page, 'PPP profile')).toHaveValue(PROFILE);
  await field(page, 'Price per cycle (IDR)').fill('50000');
  await field(page, 'Billing cycle').click();
  await page.getByRole('option', { name: 'Every N days' }).click();
  await field(page, 'Cycle length in days').fill('7');
  await field(page, 'Grace days').fill('3');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('grid', { name: 'Service plans' }).getByRole('row').filter({ hasText: PLAN });
  await expect(row).toContainText('Every 7 days');
}

async function addCustomer(page: Page): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(CUSTOMER);
  await field(page, 'Phones').fill('0812-3456-7890');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: CUSTOMER, exact: true })).toBeVisible();
}

/** A subscription that invoices its first week now (the dialog's default). */
async function addSubscription(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New subscription' }).click();
  const dialog = page.getByRole('dialog', { name: 'New subscription' });
  await field(page, 'PPPoE username').fill(PPP_USER);
  await field(page, 'PPPoE password').fill('rahasia-andi');
  await expect(dialog.getByRole('checkbox', { name: 'Invoice the setup fee and the first period now' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create subscription' }).click();
  await expect(dialog).toBeHidden();
  await expect(subscriptionRow(page)).toContainText('Active');
}

async function openCustomer(page: Page): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('grid', { name: 'Customers' }).getByRole('row').filter({ hasText: CUSTOMER }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: CUSTOMER, exact: true })).toBeVisible();
}

/** The billing runs list: one row per billed day, the catch-up days labelled as such. */
function runRow(page: Page, day: string): Locator {
  return page.getByRole('grid', { name: 'Billing runs' }).getByRole('row').filter({ hasText: day });
}

test('a clock jump past due date + grace suspends on the router; paying the balance enables the secret again', async ({ page, app }) => {
  test.setTimeout(240_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: ROUTER_NAME, port: sim.port, password: 'rahasia' });
  await addWeeklyPlan(page);
  await addCustomer(page);
  await addSubscription(page);

  // The first week is invoiced at once: 50,000 due on 22 January, not overdue yet.
  await expect(balance(page)).toContainText(/50[.,]000/);
  await expect(balance(page)).toContainText('Unpaid: 1');
  await expect(page.getByRole('table', { name: 'Ledger' })).toContainText('Due 2026-01-22');
  // The secret reaches the router, and the subscriber dials in.
  await expect.poll(() => secret(), { timeout: 30_000 }).toMatchObject({ profile: PROFILE, disabled: 'false' });
  sim.loginPppUser(PPP_USER);
  expect(sessions()).toBe(1);

  // Twelve days later. The move answers once the app has reacted: the catch-up runs are done.
  const moved = await moveTestClock(app, { to: AFTER_GRACE });
  expect(moved.nowMs).toBeGreaterThanOrEqual(Date.parse(AFTER_GRACE));

  // The router follows the suspension: secret disabled, the live session kicked.
  await expect.poll(() => secret()?.disabled, { timeout: 30_000 }).toBe('true');
  await expect.poll(() => sessions(), { timeout: 30_000 }).toBe(0);

  // The desk was idle for twelve days: it is locked. The operator signs out and in again.
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, OWNER.username, OWNER.password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();

  // Every missed day ran in order as catch-up: the 22nd invoiced the second week, the 26th suspended.
  await nav(page, 'Billing runs').click();
  await expect(runRow(page, '2026-01-15')).toContainText('Catch-up');
  await expect(runRow(page, '2026-01-22').locator('[data-field="invoicesIssued"]')).toHaveText('1');
  await expect(runRow(page, '2026-01-25').locator('[data-field="suspended"]')).toHaveText('0');
  await expect(runRow(page, '2026-01-26')).toContainText('Catch-up');
  await expect(runRow(page, '2026-01-26').locator('[data-field="suspended"]')).toHaveText('1');
  await expect(runRow(page, '2026-01-27')).toHaveCount(1);

  // The customer's page: suspended, the first week overdue, the second unpaid, 100,000 owed.
  await openCustomer(page);
  await expect(subscriptionRow(page)).toContainText('Suspended');
  await expect(balance(page)).toContainText(/100[.,]000/);
  await expect(balance(page)).toContainText('Overdue: 1');
  await expect(balance(page)).toContainText('Unpaid: 1');

  // The customer pays everything in cash: both weeks paid, the suspension lifted, the secret enabled.
  await page.getByRole('button', { name: 'Record payment' }).click();
  const payment = page.getByRole('dialog', { name: /^Record a payment from / });
  await field(page, 'Amount (IDR)').fill('100000');
  await payment.getByRole('button', { name: 'Record payment' }).click();
  await expect(payment).toBeHidden();
  await expect(balance(page)).toContainText('Paid: 2');
  await expect(subscriptionRow(page)).toContainText('Active');
  await expect.poll(() => secret()?.disabled, { timeout: 30_000 }).toBe('false');
  // And the subscriber can dial in again.
  sim.loginPppUser(PPP_USER);
  expect(sessions()).toBe(1);
});
