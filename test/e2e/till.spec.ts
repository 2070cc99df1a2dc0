// The till end to end (issue 6): a cashier opens a shift, sells 3 printed vouchers by scanning their codes
// (typed + Enter, as a scanner does), takes a split subscriber payment, tries a void that is refused without
// a manager, voids with the manager's approval, closes the shift short, and the Z-report PDF's totals match.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { startRouterSim, type RouterSim } from '../router-sim';
import { addOperator, addRouter, CASHIER, createOffice, field, nav, signIn, signOut } from './desk';
import { expect, test } from './fixtures';

const ROUTER_NAME = 'Kantor Pusat';
const PLAN = 'Harian 1 jam';
const MANAGER = { username: 'manajer1', displayName: 'Rina Manajer', password: 'Manajer2026x' } as const;
const CUSTOMER = { name: 'Andi Wijaya', phone: '0812-3456-7890' };

let sim: RouterSim;

test.beforeEach(async () => {
  sim = await startRouterSim({ version: '7.16.2', users: { admin: 'rahasia' }, identity: 'RB-Kantor-Pusat' });
});

test.afterEach(async () => {
  await sim.close();
});

/** An amount as the PDFs print it in the office's locale ("Rp 5.000" or "IDR 5,000"), as a regex source. */
function amount(thousands: number, rest = '000'): string {
  return `(?:Rp|IDR)\\s*${thousands}[.,]${rest}`;
}

/** What the till wrote to a FIFO opened (non-blocking) for reading, as latin1 text; closes it. */
function drainFifo(fd: number): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(65_536);
  try {
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) chunks.push(Buffer.from(buffer.subarray(0, read)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
  } finally {
    fs.closeSync(fd);
  }
  return Buffer.concat(chunks).toString('latin1');
}

/** A downloaded PDF's text as pdftotext reads it (layout kept: a label and its amount share a line). */
async function pdfText(download: Download): Promise<string> {
  return execFileSync('pdftotext', ['-layout', await download.path(), '-'], { encoding: 'utf8' });
}

/** A 5,000 plan with 10 vouchers, printed to a PDF; returns three of the printed codes. */
async function printedVouchers(page: Page): Promise<string[]> {
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
  await expect(page.getByRole('heading', { name: new RegExp(`^${PLAN} · `) })).toBeVisible();

  await page.getByRole('button', { name: 'Print…' }).click();
  const print = page.getByRole('dialog', { name: 'Print vouchers' });
  await print.getByRole('button', { name: 'Save PDF' }).click();
  await expect(print.getByRole('status').filter({ hasText: 'cards on' })).toContainText('Saved 10 cards', { timeout: 60_000 });
  await print.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Vouchers by status' })).toContainText(/Printed\s*10/);

  const grid = page.getByRole('grid', { name: 'Vouchers' });
  const codes: string[] = [];
  for (const row of [1, 2, 3]) codes.push((await grid.getByRole('row').nth(row).getByRole('gridcell').nth(1).innerText()).trim());
  for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4,}$/);
  return codes;
}

/** A customer who owes one 100,000 invoice. */
async function customerWithInvoice(page: Page): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(CUSTOMER.name);
  await field(page, 'Phones').fill(CUSTOMER.phone);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Invoice now' }).click();
  const invoice = page.getByRole('dialog', { name: /^Invoice .* now$/ });
  await field(page, 'Line 1 description').fill('Tagihan Juni');
  await field(page, 'Line 1 amount (IDR)').fill('100000');
  await invoice.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(invoice).toBeHidden();
  await expect(page.getByRole('status', { name: 'Balance due' })).toContainText(/100[.,]000/);
}

test('cashier: shift, 3 scanned sales, a split subscriber payment, a void with approval, a short close and its Z-report', async ({ page, app }) => {
  test.setTimeout(300_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: ROUTER_NAME, port: sim.port, password: 'rahasia' });
  const codes = await printedVouchers(page);
  await customerWithInvoice(page);
  await addOperator(page, CASHIER, 'Cashier');
  await addOperator(page, MANAGER, 'Manager');
  await signOut(page);
  await signIn(page, CASHIER.username, CASHIER.password);

  // Open a shift with a cash float.
  await nav(page, 'Till').click();
  await expect(page.getByRole('heading', { name: 'Till', exact: true })).toBeVisible();
  await field(page, 'Cash float (IDR)').fill('100000');
  await page.getByRole('button', { name: 'Open shift' }).click();
  const bar = page.getByRole('region', { name: 'Open shift' });
  await expect(bar).toContainText(`Shift of ${CASHIER.displayName}`);
  await expect(bar.getByRole('status', { name: 'Cash expected' })).toContainText(/100[.,]000/);

  // The code field has the focus; a scanner types each code and Enter. An unknown code is refused on the spot.
  const scan = field(page, 'Scan or type a voucher code');
  await expect(scan).toBeFocused();
  await page.keyboard.type('NOPE2345');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('No voucher has the code or serial “NOPE2345”');
  const cart = page.getByRole('table', { name: 'Cart' });
  const receipt = page.getByRole('region', { name: 'Last receipt' });
  const [first, second, third] = codes;
  if (!first || !second || !third) throw new Error('three codes expected');

  // Sale 1, exact cash: after the scan, Enter (pay) and Enter (exact cash) are the only keys.
  await page.keyboard.type(first);
  await page.keyboard.press('Enter');
  await expect(cart.getByRole('row').filter({ hasText: first })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Cart total' })).toContainText(/5[.,]000/);
  await page.keyboard.press('Enter');
  const exact = page.getByRole('dialog', { name: /^Payment of .*5[.,]000/ });
  await expect(field(page, 'Cash received (IDR)')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(exact).toBeHidden();
  await expect(receipt).toContainText(first);
  await expect(receipt.getByRole('status', { name: 'Change' })).toContainText(/\b0\b/);
  await expect(scan).toBeFocused();

  // Sale 2: two more scans, Pay (F12) shown on the button; the customer hands over 20,000.
  for (const code of [second, third]) {
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect(cart.getByRole('row').filter({ hasText: code })).toBeVisible();
  }
  await expect(page.getByRole('status', { name: 'Cart total' })).toContainText(/10[.,]000/);
  await expect(page.getByRole('button', { name: 'Pay (F12)' })).toBeVisible();
  await page.keyboard.press('F12');
  const payment = page.getByRole('dialog', { name: /^Payment of .*10[.,]000/ });
  // The cash amount is selected: typing what was handed over replaces it.
  await expect(field(page, 'Cash received (IDR)')).toBeFocused();
  await page.keyboard.type('20000');
  await expect(payment.getByRole('status', { name: 'Change' })).toContainText(/10[.,]000/);
  await page.keyboard.press('Enter');
  await expect(payment).toBeHidden();
  await expect(receipt.getByRole('status', { name: 'Change' })).toContainText(/10[.,]000/);
  for (const code of [second, third]) await expect(receipt).toContainText(code);
  await expect(cart).toHaveCount(0);
  await expect(scan).toBeFocused();
  // The receipt (80 mm by default) downloads with Alt+D and lists the codes sold and the change.
  const receiptDownload = page.waitForEvent('download');
  await page.keyboard.press('Alt+D');
  const receiptPdf = await pdfText(await receiptDownload);
  for (const code of [second, third]) expect(receiptPdf).toContain(`Code: ${code}`);
  expect(receiptPdf).not.toContain(first);
  expect(receiptPdf).toMatch(new RegExp(`Change\\s+${amount(10)}`));

  // The cashier picks this computer's receipt printer once: ESC/POS to a device file (a FIFO stands in for
  // /dev/usb/lp0), then Alt+P sends the receipt there as ESC/POS bytes.
  const fifo = path.join(app.dataDir, 'lp0');
  execFileSync('mkfifo', [fifo]);
  const device = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  await receipt.getByRole('button', { name: 'Change printer' }).click();
  const printerDialog = page.getByRole('dialog', { name: 'Receipt printer of this computer' });
  await printerDialog.getByRole('radio', { name: 'ESC/POS to a printer device' }).check();
  await printerDialog.getByRole('textbox', { name: 'Device file' }).fill(fifo);
  await printerDialog.getByRole('button', { name: 'Save' }).click();
  await expect(receipt).toContainText(`ESC/POS to a printer device · ${fifo}`);
  await scan.focus();
  await page.keyboard.press('Alt+P');
  await expect(receipt.getByRole('alert').filter({ hasText: `Sent to ${fifo}` })).toBeVisible();
  const escpos = drainFifo(device);
  expect(escpos.startsWith('\x1b@')).toBe(true);
  for (const code of [second, third]) expect(escpos).toContain(`Code: ${code}`);
  expect(escpos.endsWith('\x1dV\x01')).toBe(true);
  await expect(bar.getByRole('status', { name: 'Cash expected' })).toContainText(/115[.,]000/);

  // A subscriber pays by phone number: 60,000 cash and 40,000 mobile money with its reference.
  await page.keyboard.press('Alt+C');
  await expect(field(page, 'Find customer')).toBeFocused();
  await page.keyboard.type('0812');
  await expect(page.getByRole('list', { name: 'Customers found' })).toContainText(CUSTOMER.name);
  await page.keyboard.press('Enter');
  const paying = page.getByRole('region', { name: 'Customer to pay' });
  await expect(paying.getByRole('status', { name: 'Balance due' })).toContainText(/100[.,]000/);
  await expect(paying.getByRole('table', { name: 'Open invoices' })).toContainText(/100[.,]000/);
  await page.keyboard.press('F12');
  const collect = page.getByRole('dialog', { name: `Payment from ${CUSTOMER.name}` });
  await expect(field(page, 'Cash (IDR)')).toHaveValue('100000');
  await field(page, 'Cash (IDR)').fill('60000');
  await field(page, 'Mobile money (IDR)').fill('40000');
  await page.keyboard.press('Enter');
  // The reference is required before anything is sent.
  await expect(collect.getByText('Needed for mobile money and bank transfers')).toBeVisible();
  await field(page, 'Mobile money reference').fill('DANA-7788');
  await page.keyboard.press('Enter');
  await expect(collect).toBeHidden();
  await expect(receipt).toContainText(CUSTOMER.name);
  await expect(receipt.getByRole('status', { name: 'Balance after payment' })).toContainText(/0/);
  await expect(paying.getByRole('status', { name: 'Balance due' })).not.toContainText(/100[.,]000/);

  // Receipts: void the first voucher sold. The cashier's own password is refused; cancelling refuses the void.
  await page.keyboard.press('Alt+R');
  const history = page.getByRole('region', { name: 'Receipts of this shift' });
  await expect(history.getByRole('listitem').filter({ hasText: /^Payment R-/ })).toHaveCount(1);
  const voidButton = history.getByRole('button', { name: `Void ${PLAN} ${first}` });
  await voidButton.click();
  const voidDialog = page.getByRole('dialog', { name: `Void ${PLAN} ${first}?` });
  await voidDialog.getByRole('button', { name: 'Void', exact: true }).click();
  await expect(voidDialog.getByText('Enter a reason of up to 300 characters')).toBeVisible();
  await expect(voidDialog.getByText('Choose what happens to the voucher')).toBeVisible();
  await field(page, 'Reason for voiding').fill('Salah paket');
  await voidDialog.getByRole('radio', { name: 'Back to stock (it can be sold again)' }).check();
  await voidDialog.getByRole('button', { name: 'Void', exact: true }).click();
  const approval = page.getByRole('dialog', { name: 'Approval needed' });
  await expect(approval).toContainText('Void a till sale or payment and refund it');
  await field(page, 'Approver username').fill(CASHIER.username);
  await field(page, 'Approver password').fill(CASHIER.password);
  await approval.getByRole('button', { name: 'Approve' }).click();
  await expect(approval.getByText('Wrong username or password, or this person may not approve it.')).toBeVisible();
  await approval.getByRole('button', { name: 'Cancel' }).click();
  await expect(voidDialog.getByText('Not voided: a manager or owner must approve this void.')).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: /^Void R-/ })).toHaveCount(0);

  // The manager approves on the cashier's screen: the card goes back to stock, 5,000 cash is refunded.
  await voidDialog.getByRole('button', { name: 'Void', exact: true }).click();
  await field(page, 'Approver username').fill(MANAGER.username);
  await field(page, 'Approver password').fill(MANAGER.password);
  await approval.getByRole('button', { name: 'Approve' }).click();
  await expect(approval).toBeHidden();
  await expect(voidDialog).toBeHidden();
  await expect(history.getByRole('listitem').filter({ hasText: /^Void R-/ })).toContainText('Salah paket');
  await expect(history.getByRole('button', { name: `Void ${PLAN} ${first}` })).toHaveCount(0);
  await expect(history.getByRole('button', { name: `Void ${PLAN} ${second}` })).toBeVisible();
  // Float 100,000 + 15,000 sales + 60,000 payment − 5,000 refund.
  await expect(bar.getByRole('status', { name: 'Cash expected' })).toContainText(/170[.,]000/);
  await expect(bar.getByRole('status', { name: 'Mobile money expected' })).toContainText(/40[.,]000/);

  // Close with 500 short: the reason is required.
  await page.keyboard.press('Alt+Q');
  const close = page.getByRole('dialog', { name: 'Close the shift' });
  await field(page, 'Counted cash (IDR)').fill('169500');
  await field(page, 'Counted mobile money (IDR)').fill('40000');
  await expect(close.getByRole('status', { name: 'Total difference' })).toContainText(/-.*500/);
  await close.getByRole('button', { name: 'Close shift' }).click();
  await expect(close.getByText('The counts differ from what was expected: give a reason')).toBeVisible();
  await field(page, 'Reason for the difference').fill('Kurang 500');
  await close.getByRole('button', { name: 'Close shift' }).click();
  await expect(close).toBeHidden();

  // The closed shift and its Z-report: totals as sold, paid, voided and counted.
  const closed = page.getByRole('region', { name: 'Last closed shift' });
  await expect(closed).toContainText('Reason: Kurang 500');
  await expect(page.getByRole('button', { name: 'Open shift' })).toBeVisible();
  const zDownload = page.waitForEvent('download');
  await closed.getByRole('button', { name: 'Download Z-report (PDF)' }).click();
  const z = await zDownload;
  expect(z.suggestedFilename()).toMatch(/^z-report-shift-.*\.pdf$/);
  const text = await pdfText(z);
  expect(text).toContain(`Z-REPORT: shift of ${CASHIER.displayName}`);
  expect(text).toMatch(new RegExp(`${PLAN} x 2\\s+${amount(10)}`));
  expect(text).toMatch(new RegExp(`Vouchers sold: 3\\s+${amount(15)}`));
  expect(text).toMatch(new RegExp(`Customer payments: 2\\s+${amount(100)}`));
  expect(text).toMatch(new RegExp(`Voids: 1\\s+-${amount(5)}`));
  expect(text).toMatch(new RegExp(`NET\\s+${amount(110)}`));
  expect(text).toMatch(new RegExp(`\\n\\s*Cash\\s+${amount(70)}`));
  expect(text).toMatch(new RegExp(`\\n\\s*Mobile money\\s+${amount(40)}`));
  expect(text).toMatch(new RegExp(`Cash expected\\s+${amount(170)}`));
  expect(text).toMatch(new RegExp(`Cash counted\\s+${amount(169, '500')}`));
  expect(text).toMatch(/Cash difference\s+-(?:Rp|IDR)\s*500\b/);
  expect(text).toMatch(/Differences\s+-(?:Rp|IDR)\s*500\b/);
  expect(text).toContain('Reason: Kurang 500');
  expect(text).toContain('Cashier signature');

  // Print Z-report goes to the same receipt printer (kept on this computer): ESC/POS on the 80 mm roll.
  const zDevice = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  await closed.getByRole('button', { name: 'Print Z-report' }).click();
  await expect(closed.getByRole('alert').filter({ hasText: `Sent to ${fifo}` })).toBeVisible();
  const zBytes = drainFifo(zDevice);
  expect(zBytes).toContain(`Z-REPORT: shift of ${CASHIER.displayName}`);
  expect(zBytes).toContain('-'.repeat(48));
  expect(zBytes.endsWith('\x1dV\x01')).toBe(true);
});
