// Vouchers end to end: a plan on a simulated router, 1,000 vouchers generated with live progress, the batch
// paged, pushed to the router, printed to a PDF with a template edited on the way, and a first login read back.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { startRouterSim, type RouterSim } from '../router-sim';
import { addOperator, addRouter, CASHIER, createOffice, field, nav, signIn, signOut } from './desk';
import { expect, test } from './fixtures';

const ROUTER_NAME = 'Kantor Pusat';
const PLAN = 'Harian 1 jam';
const COUNT = 1000;

let sim: RouterSim;

test.beforeEach(async () => {
  sim = await startRouterSim({ version: '7.16.2', users: { admin: 'rahasia' }, identity: 'RB-Kantor-Pusat' });
});

test.afterEach(async () => {
  await sim.close();
});

async function addPlan(page: Page): Promise<void> {
  await nav(page, 'Voucher plans').click();
  await expect(page.getByRole('heading', { name: 'Voucher plans', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a voucher plan' });
  await field(page, 'Plan name').fill(PLAN);
  await expect(field(page, 'Hotspot profile')).toHaveValue('harian-1-jam');
  await field(page, 'Price (IDR)').fill('5000');
  await field(page, 'Validity').fill('1');
  await field(page, 'Time limit').fill('1');
  // A price with letters is refused by the form before anything is sent.
  await field(page, 'Price (IDR)').fill('5 ribu');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter an amount such as 5000')).toBeVisible();
  await field(page, 'Price (IDR)').fill('5000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('grid', { name: 'Voucher plans' }).getByRole('row').filter({ hasText: PLAN });
  await expect(row).toContainText(ROUTER_NAME);
  await expect(row).toContainText(/5[.,]000/);
  await expect(row).toContainText('1 day');
  await expect(row).toContainText('1 hour');
}

async function watchForProgressBar(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { sawProgressBar?: boolean };
    state.sawProgressBar = false;
    const seen = (): boolean => document.querySelector('[role="dialog"] [role="progressbar"]') !== null;
    new MutationObserver(() => {
      if (seen()) state.sawProgressBar = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** Generates `count` vouchers of the plan from its row; resolves on the new batch's page. */
async function generate(page: Page, count: number, checkProgress: boolean): Promise<void> {
  await page.getByRole('button', { name: `Generate vouchers of ${PLAN}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate vouchers' });
  await field(page, 'How many').fill(String(count));
  const capacity = dialog.getByRole('status', { name: 'Code capacity' });
  if (checkProgress) {
    // 3 characters of 31 symbols hold 29,791 codes; 1 % of that is far below 1,000: refused before sending.
    await field(page, 'Code length').fill('3');
    await expect(capacity).toContainText('Too few possible codes');
    await expect(dialog.getByRole('button', { name: 'Generate', exact: true })).toBeDisabled();
    await field(page, 'Code length').fill('8');
    await expect(capacity).toContainText('Plenty for 1,000');
  }
  // A fast worker can show and hide the bar between two of Playwright's polls: a MutationObserver
  // installed before the click records that a progress bar appeared in the dialog at all.
  if (checkProgress) await watchForProgressBar(page);
  await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  if (checkProgress) expect(await page.evaluate(() => (window as unknown as { sawProgressBar?: boolean }).sawProgressBar)).toBe(true);
  await expect(page.getByRole('heading', { name: new RegExp(`^${PLAN} · `) })).toBeVisible();
}

test('plan, generate 1,000, page, push, print a PDF, edit the template, read a first login', async ({ page, app }) => {
  test.setTimeout(180_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: ROUTER_NAME, port: sim.port, password: 'rahasia' });
  await addPlan(page);
  await generate(page, COUNT, true);

  // The batch page: 1,000 generated, the grid pages through them 100 at a time.
  const lifecycle = page.getByRole('region', { name: 'Vouchers by status' });
  await expect(lifecycle).toContainText(/Vouchers\s*1[.,]000/);
  const grid = page.getByRole('grid', { name: 'Vouchers' });
  await expect(page.getByText(/1–100 of 1[.,]?000/)).toBeVisible();
  const firstCode = (await grid.getByRole('row').nth(1).getByRole('gridcell').nth(1).innerText()).trim();
  expect(firstCode).toMatch(/^[A-Z2-9]{8}$/);
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText(/101–200 of 1[.,]?000/)).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: firstCode })).toHaveCount(0);
  // The code search is main's prefix search: the first voucher is found from any page.
  await field(page, 'Search code').fill(firstCode);
  await expect(page.getByText('1–1 of 1', { exact: true })).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: firstCode })).toHaveCount(1);
  await field(page, 'Search code').fill('');

  // Push: every voucher becomes a hotspot user on the router.
  await page.getByRole('button', { name: 'Push to router' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'vouchers are on the router' })).toContainText(/1[.,]000 vouchers/, { timeout: 60_000 });
  const users = sim.rows('/ip/hotspot/user').filter((user) => (user.comment ?? '').startsWith('mb:b-'));
  expect(users).toHaveLength(COUNT);
  expect(users.map((user) => user.name)).toContain(firstCode);

  // Print: the default A4 grid, previewed; the template editor changes the preview live.
  await page.getByRole('button', { name: 'Print…' }).click();
  const printDialog = page.getByRole('dialog', { name: 'Print vouchers' });
  const preview = printDialog.getByRole('img', { name: /Card preview/ });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  await expect(printDialog).toContainText('24 cards per page');
  await printDialog.getByRole('button', { name: 'Edit template' }).click();
  const editor = page.getByRole('dialog', { name: 'Card template' });
  const editorPreview = editor.getByRole('img', { name: /Card preview/ });
  await expect(editorPreview).toBeVisible({ timeout: 20_000 });
  const before = await editorPreview.innerHTML();
  await editor.getByRole('checkbox', { name: 'QR code' }).uncheck();
  await expect.poll(() => editorPreview.innerHTML(), { timeout: 10_000 }).not.toBe(before);
  await expect(editor.getByTestId('card-qr')).toHaveCount(0);
  await editor.getByRole('checkbox', { name: 'QR code' }).check();
  await expect(editor.getByTestId('card-qr')).toHaveCount(1, { timeout: 10_000 });
  await editor.getByRole('button', { name: 'Use for this print' }).click();
  await expect(editor).toBeHidden();

  await printDialog.getByRole('button', { name: 'Save PDF' }).click();
  const saved = printDialog.getByRole('status').filter({ hasText: 'cards on' });
  await expect(saved).toContainText(/Saved 1[.,]000 cards on 42 pages/, { timeout: 60_000 });
  const file = /to (\S+\.pdf)\./.exec(await saved.innerText())?.[1] ?? '';
  expect(fs.existsSync(file), file).toBe(true);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await PDFDocument.load(bytes)).getPageCount()).toBe(42);
  await printDialog.getByRole('button', { name: 'Close' }).click();
  await expect(lifecycle).toContainText(/Printed\s*1[.,]000/);

  // A customer logs in with the first card; reading usage back shows it used, with its expiry.
  sim.loginHotspotUser(firstCode, { address: '10.5.50.30', macAddress: 'AA:BB:CC:00:11:40' });
  await page.getByRole('button', { name: 'Refresh usage' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'from the router' })).toContainText('1 first logins', { timeout: 20_000 });
  await field(page, 'Search code').fill(firstCode);
  const usedRow = grid.getByRole('row').filter({ hasText: firstCode });
  await expect(usedRow).toContainText('Used');
  // First login and expiry (one day later) are both filled in.
  // Polled: the row can render from the list query before its refetch brings the dates.
  const datesShown = async (): Promise<number> =>
    (await usedRow.getByRole('gridcell').allInnerTexts()).filter((cell) => /\d{4}/.test(cell) && /\d{1,2}[:.]\d{2}/.test(cell)).length;
  await expect.poll(datesShown, { timeout: 10_000 }).toBe(2);
  await expect(page.getByRole('region', { name: 'Usage' })).toContainText(/First logins\s*1/);
});

test('a cashier sees plans and batches but cannot generate, print or delete', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: ROUTER_NAME, port: sim.port, password: 'rahasia' });
  await addPlan(page);
  await generate(page, 20, false);
  await addOperator(page, CASHIER, 'Cashier');
  await signOut(page);
  await signIn(page, CASHIER.username, CASHIER.password);

  await nav(page, 'Voucher plans').click();
  await expect(page.getByRole('grid', { name: 'Voucher plans' }).getByRole('row').filter({ hasText: PLAN })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add plan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Generate vouchers' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Edit ${PLAN}` })).toHaveCount(0);

  await nav(page, 'Voucher batches').click();
  const batches = page.getByRole('grid', { name: 'Voucher batches' });
  await expect(page.getByRole('button', { name: 'Generate vouchers' })).toHaveCount(0);
  await batches.getByRole('link', { name: new RegExp(`^${PLAN} · `) }).click();
  await expect(page.getByRole('region', { name: 'Vouchers by status' })).toContainText(/Vouchers\s*20/);
  await expect(page.getByText('1–20 of 20', { exact: true })).toBeVisible();
  for (const name of ['Push to router', 'Print…', 'Export CSV', 'Delete batch', 'Disable vouchers']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
});

test('export a batch as CSV, then delete it after confirming', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: ROUTER_NAME, port: sim.port, password: 'rahasia' });
  await addPlan(page);
  await generate(page, 20, false);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^vouchers-.*\.csv$/);
  const csv = fs.readFileSync(await file.path(), 'utf8').trim().split('\n');
  expect(csv[0]).toBe('serial,code,password,plan,profile,price_minor,status,note');
  expect(csv).toHaveLength(21);

  await page.getByRole('button', { name: 'Delete batch' }).click();
  const confirm = page.getByRole('dialog', { name: new RegExp(`^Delete 20 unsold vouchers of batch ${PLAN} · `) });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Voucher batches', exact: true })).toBeVisible();
  await expect(page.getByText('No batches yet.')).toBeVisible();
});
