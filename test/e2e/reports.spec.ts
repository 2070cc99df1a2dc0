// Reports end to end (issue 6): a cashier sells 3 vouchers at the till (two receipts, cash), then the
// Reports page shows exactly those sales — to the cashier (own sales; Sales and Stock tabs only) and to the
// owner (all tabs; by cashier, the date presets) —, the sales CSV and the daily summary PDF carry the same
// totals, and the dashboard's revenue chart draws the day's cash.
//
// Deterministic dates: the app's clock is fixed at START (`testClock`) and so is the browser's (page.clock),
// so "today" is 17 June 2026 (a Wednesday) on both sides, whatever day the test runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { startRouterSim, type RouterSim } from '../router-sim';
import { addOperator, addRouter, CASHIER, createOffice, field, nav, OWNER, signIn, signOut } from './desk';
import { expect, test } from './fixtures';

const START = '2026-06-17T10:00:00+07:00';
const TODAY = '2026-06-17';
const PLAN = 'Harian 1 jam';

let sim: RouterSim;

test.use({ testClock: START, timezoneId: 'Asia/Jakarta' });

test.beforeEach(async () => {
  sim = await startRouterSim({ version: '7.16.2', users: { admin: 'rahasia' }, identity: 'RB-Kantor-Pusat' });
});

test.afterEach(async () => {
  await sim.close();
});

/** An amount as the app shows it in the office's locale ("Rp 15.000" or "IDR 15,000"), as a regex source. */
function amount(thousands: number): string {
  return `(?:Rp|IDR)\\s*${thousands}[.,]000`;
}

/** A 5,000 plan with 10 vouchers on the simulated router. */
async function planWithVouchers(page: Page): Promise<void> {
  await nav(page, 'Voucher plans').click();
  await page.getByRole('button', { name: 'Add plan' }).click();
  const planDialog = page.getByRole('dialog', { name: 'Add a voucher plan' });
  await field(page, 'Plan name').fill(PLAN);
  await field(page, 'Price (IDR)').fill('5000');
  await field(page, 'Validity').fill('1');
  await planDialog.getByRole('button', { name: 'Save' }).click();
  await expect(planDialog).toBeHidden();
  await page.getByRole('button', { name: `Generate vouchers of ${PLAN}` }).click();
  const generate = page.getByRole('dialog', { name: 'Generate vouchers' });
  await field(page, 'How many').fill('10');
  await generate.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(generate).toBeHidden({ timeout: 60_000 });
}

/** Sells `count` vouchers of the first plan (F1 each) for exact cash: F12 pays, Enter takes the exact amount. */
async function sellForCash(page: Page, count: number, total: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await page.keyboard.press('F1');
  await expect(page.getByRole('status', { name: 'Cart total' })).toContainText(new RegExp(amount(total)));
  await page.keyboard.press('F12');
  const payment = page.getByRole('dialog', { name: new RegExp(`^Payment of .*${amount(total)}`) });
  await expect(payment).toBeVisible();
  // The till's own spec checks the keyboard focus; here Enter in the cash field just takes the exact amount.
  await field(page, 'Cash received (IDR)').press('Enter');
  await expect(payment).toBeHidden();
  await expect(page.getByRole('region', { name: 'Last receipt' })).toContainText(PLAN);
}

async function openReports(page: Page): Promise<void> {
  await nav(page, 'Reports').click();
  await expect(page.getByRole('heading', { name: 'Reports', exact: true })).toBeVisible();
}

function totalsRow(page: Page, table: string): Locator {
  return page.getByRole('table', { name: table }).getByTestId('report-totals');
}

/** A money cell as shown ("Rp 15.000" or "IDR 15,000"; zero as "Rp 0"). */
function money(thousands: number): RegExp {
  return thousands === 0 ? /^(?:Rp|IDR)\s*0$/ : new RegExp(`^${amount(thousands)}$`);
}

/** A sales row's cells after the label for 3 vouchers sold for 15,000, nothing voided, no payments. */
const SOLD_15 = ['3', '0', money(15), money(0), money(15), money(15), money(0)];

async function downloadText(download: Download): Promise<string> {
  return fs.readFileSync(await download.path(), 'utf8');
}

test('the reports show what the till sold: on screen, as CSV, as the daily summary PDF and on the dashboard chart', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(new Date(START));
  await createOffice(page, app.url);
  await addRouter(page, { name: 'Kantor Pusat', port: sim.port, password: 'rahasia' });
  await planWithVouchers(page);
  await addOperator(page, CASHIER, 'Cashier');
  await signOut(page);

  // The cashier sells 2 + 1 vouchers for cash: 15,000 in two receipts.
  await signIn(page, CASHIER.username, CASHIER.password);
  await nav(page, 'Till').click();
  await field(page, 'Cash float (IDR)').fill('0');
  await page.getByRole('button', { name: 'Open shift' }).click();
  await expect(page.getByRole('region', { name: 'Open shift' })).toContainText(`Shift of ${CASHIER.displayName}`);
  await sellForCash(page, 2, 10);
  await sellForCash(page, 1, 5);

  // The cashier's reports: own sales and stock only, this month by day (the default), today's row 3 items.
  await openReports(page);
  const tabs = page.getByRole('tablist', { name: 'Report' });
  await expect(tabs.getByRole('tab')).toHaveText(['Sales', 'Voucher stock']);
  await expect(page.getByText('Your own sales only.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'This month' })).toHaveAttribute('aria-pressed', 'true');
  await expect(field(page, 'From')).toHaveValue('2026-06-01');
  await expect(field(page, 'To')).toHaveValue(TODAY);
  const sales = page.getByRole('table', { name: 'Sales' });
  await expect(sales.getByRole('row').filter({ hasText: TODAY }).getByRole('cell')).toHaveText([TODAY, ...SOLD_15]);
  await expect(totalsRow(page, 'Sales').getByRole('cell')).toHaveText(['Total', ...SOLD_15]);
  // Stock: 3 sold, 7 left of 10.
  await tabs.getByRole('tab', { name: 'Voucher stock' }).click();
  const stockRow = page.getByRole('table', { name: 'Voucher stock' }).getByRole('row').filter({ hasText: PLAN });
  await expect(stockRow.getByRole('cell')).toHaveText([PLAN, '0', '7', '3', '0', '0', '10']);
  await signOut(page);

  // The owner sees every tab; by cashier, today's sales are the cashier's 15,000.
  await signIn(page, OWNER.username, OWNER.password);
  await openReports(page);
  await expect(tabs.getByRole('tab')).toHaveText(['Sales', 'Voucher stock', 'Receivables aging', 'Subscriber churn']);
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(field(page, 'From')).toHaveValue(TODAY);
  await expect(field(page, 'To')).toHaveValue(TODAY);
  // Last month (May) had no sales: its total is zero.
  await page.getByRole('button', { name: 'Last month' }).click();
  await expect(field(page, 'From')).toHaveValue('2026-05-01');
  await expect(field(page, 'To')).toHaveValue('2026-05-31');
  await expect(totalsRow(page, 'Sales').getByRole('cell')).toHaveText(['Total', '0', '0', money(0), money(0), money(0), money(0), money(0)]);
  await page.getByRole('button', { name: 'This week' }).click();
  await expect(field(page, 'From')).toHaveValue('2026-06-15');
  await field(page, 'Group by').click();
  await page.getByRole('option', { name: 'Cashier' }).click();
  const cashierRow = sales.getByRole('row').filter({ hasText: CASHIER.displayName });
  await expect(cashierRow.getByRole('cell')).toHaveText([CASHIER.displayName, ...SOLD_15]);

  // The CSV of the same report: one line per cashier and the total, money as plain numbers.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('sales-by-cashier-2026-06-15-2026-06-17-jkt1.csv');
  expect((await downloadText(csv)).replace(/^\uFEFF/, '').split('\r\n')).toEqual([
    'cashier,count,voids,gross,voided,net,vouchers,payments',
    `${CASHIER.displayName},3,0,15000,0,15000,15000,0`,
    'Total,3,0,15000,0,15000,15000,0',
    '',
  ]);

  // The daily summary PDF of today: the same totals, by plan, method and cashier.
  await expect(field(page, 'Summary date')).toHaveValue(TODAY);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Daily summary PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`daily-summary-${TODAY}-jkt1.pdf`);
  const text = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], { encoding: 'utf8' });
  expect(text).toContain(`DAILY SUMMARY: ${TODAY}`);
  expect(text).toMatch(new RegExp(`Voucher sales\\s+${amount(15)}`));
  expect(text).toMatch(new RegExp(`Gross \\(3 items\\)\\s+${amount(15)}`));
  expect(text).toMatch(new RegExp(`NET\\s+${amount(15)}`));
  expect(text).toMatch(new RegExp(`${PLAN} \\(3\\)\\s+${amount(15)}`));
  expect(text).toMatch(new RegExp(`Cash \\(2\\)\\s+${amount(15)}`));
  expect(text).toMatch(new RegExp(`${CASHIER.displayName} \\(3\\)\\s+${amount(15)}`));

  // The day's Z-report (every shift of the day, as the till prints per shift): the same sales.
  const zDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Day Z-report PDF' }).click();
  const zText = execFileSync('pdftotext', ['-layout', await (await zDownload).path(), '-'], { encoding: 'utf8' });
  expect(zText).toContain(TODAY);
  expect(zText).toMatch(new RegExp(`${PLAN}.*\\s${amount(15)}`));

  // The dashboard's revenue chart: one bar series (Cash) in an svg, the legend naming it.
  await nav(page, 'Dashboard').click();
  const chart = page.getByRole('region', { name: 'Revenue, last 30 days' });
  await expect(chart.locator('svg').first()).toBeVisible();
  // The series is keyed by method: MUI X Charts draws its bars in a group named after it.
  await expect(chart.locator('svg [data-series="cash"]').first()).toBeAttached();
  await expect(chart).toContainText('Cash');
  await expect(chart.getByText('No sales in the last 30 days.')).toHaveCount(0);
});
