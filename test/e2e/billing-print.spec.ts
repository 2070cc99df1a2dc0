// Printable billing documents end to end: the office details on the billing settings page, a customer with a
// CJK name, an invoice, a payment and a numbered credit note; then, on the customer page, the invoice PDF and
// the statement are created and downloaded (their text read back with pdftotext), and the customers grid
// shows the balance the statement ends with.
import { execFileSync } from 'node:child_process';
import type { Download, Locator, Page } from '@playwright/test';
import { createOffice, field, nav } from './desk';
import { expect, test } from './fixtures';

const CUSTOMER = { name: '陳大文 Chan', phone: '0812-7777-1234' };
const OFFICE_PHONE = '021-555-0199';

/** The downloaded PDF's text as pdftotext reads it (layout kept, so labels and amounts share a line). */
async function downloadedText(download: Download): Promise<string> {
  const file = await download.path();
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Clicks the dialog's Create PDF and returns the browser download it starts. */
async function createPdf(page: Page, dialog: Locator): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create PDF' }).click();
  const download = await downloading;
  await expect(dialog.getByRole('status')).toContainText(/Saved 1 page\(s\) to .*prints/);
  return download;
}

async function addCustomer(page: Page): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(CUSTOMER.name);
  await field(page, 'Phones').fill(CUSTOMER.phone);
  await field(page, 'Address').fill('Jl. Kenanga 8, Bogor');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: CUSTOMER.name, exact: true })).toBeVisible();
}

async function issueDocument(page: Page, kind: 'invoice' | 'creditNote', description: string, amount: string): Promise<void> {
  const open = kind === 'invoice' ? 'Invoice now' : 'Credit note';
  await page.getByRole('button', { name: open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: kind === 'invoice' ? /^Invoice .* now$/ : /^Credit note for / });
  await field(page, 'Line 1 description').fill(description);
  await field(page, 'Line 1 amount (IDR)').fill(amount);
  if (kind === 'creditNote') await field(page, 'Reason').fill('Gangguan jaringan');
  await dialog.getByRole('button', { name: kind === 'invoice' ? 'Issue invoice' : 'Issue credit note' }).click();
  await expect(dialog).toBeHidden();
}

async function recordCashPayment(page: Page, amount: string): Promise<void> {
  await page.getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog', { name: /^Record a payment from / });
  await field(page, 'Amount (IDR)').fill(amount);
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
}

test('invoice and statement PDFs download from the customer page; the grid shows the balance', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createOffice(page, app.url);

  // The office details printed on every document.
  await nav(page, 'Service plans').click();
  const details = page.getByRole('region', { name: 'Office details on invoices and statements' });
  await details.getByLabel('Office phone').fill(OFFICE_PHONE);
  await details.getByLabel('Office e-mail').fill('not an address');
  await details.getByRole('button', { name: 'Save office details' }).click();
  await expect(details.getByText(/an e-mail address such as/)).toBeVisible();
  await details.getByLabel('Office e-mail').fill('kantor@sejahtera.id');
  await details.getByLabel('Office address').fill('Jl. Pahlawan 2, Depok');
  await details.getByRole('button', { name: 'Save office details' }).click();
  await expect(page.getByText('Office details saved.')).toBeVisible();

  await addCustomer(page);
  await issueDocument(page, 'invoice', 'Internet Maret', '150000');
  await recordCashPayment(page, '50000');
  await issueDocument(page, 'creditNote', 'Kompensasi gangguan', '10000');
  const ledger = page.getByRole('table', { name: 'Ledger' });
  // Credit notes carry their own number now.
  await expect(ledger.getByRole('row').filter({ hasText: /Credit note CN-JKT1-\d{4}-000001/ })).toContainText('Kompensasi gangguan');
  const balance = page.getByRole('status', { name: 'Balance due' });
  await expect(balance).toContainText(/90[.,]000/);

  // The invoice: A4 PDF, downloaded by the browser.
  const invoiceRow = ledger.getByRole('row').filter({ hasText: /Invoice JKT1-\d{4}-000001/ });
  await invoiceRow.getByRole('button', { name: /^Print Invoice JKT1-\d{4}-000001$/ }).click();
  const invoiceDialog = page.getByRole('dialog', { name: /^Print Invoice JKT1-/ });
  await expect(invoiceDialog.getByRole('radio', { name: 'A4' })).toBeChecked();
  const invoicePdf = await createPdf(page, invoiceDialog);
  expect(invoicePdf.suggestedFilename()).toMatch(/^invoice-JKT1-\d{4}-000001-a4\.pdf$/);
  const invoiceText = await downloadedText(invoicePdf);
  expect(invoiceText).toContain('Warnet Sejahtera');
  expect(invoiceText).toContain(`Phone: ${OFFICE_PHONE}`);
  expect(invoiceText).toContain('Jl. Pahlawan 2, Depok');
  expect(invoiceText).toContain('INVOICE');
  expect(invoiceText).toContain(CUSTOMER.name);
  expect(invoiceText).toMatch(/Invoice no\.\s+JKT1-\d{4}-000001/);
  expect(invoiceText).toMatch(/TOTAL\s+\S*\s?150[.,]000/);
  expect(invoiceText).toMatch(/Amount paid\s+\S*\s?60[.,]000/);
  expect(invoiceText).toMatch(/Amount due\s+\S*\s?90[.,]000/);
  expect(invoiceText).toMatch(/Status\s+PARTLY PAID/);
  await invoiceDialog.getByRole('button', { name: 'Close' }).click();
  await expect(invoiceDialog).toBeHidden();

  // The statement: default period (the last 3 months), closing with the balance.
  await page.getByRole('button', { name: 'Print statement' }).click();
  const statementDialog = page.getByRole('dialog', { name: `Print the statement of ${CUSTOMER.name}` });
  await expect(field(page, 'From')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  // A period that runs backwards is refused before anything is sent.
  const to = await field(page, 'To').inputValue();
  await field(page, 'From').fill('2099-01-01');
  await statementDialog.getByRole('button', { name: 'Create PDF' }).click();
  await expect(statementDialog.getByText('Pick a start date on or before the end date')).toBeVisible();
  await field(page, 'From').fill(`${to.slice(0, 4)}-01-01`);
  const statementPdf = await createPdf(page, statementDialog);
  expect(statementPdf.suggestedFilename()).toMatch(/^statement-JKT1-\d{6}-\d{4}-01-01-\d{4}-\d{2}-\d{2}-a4\.pdf$/);
  const statementText = await downloadedText(statementPdf);
  expect(statementText).toContain('STATEMENT OF ACCOUNT');
  expect(statementText).toContain(CUSTOMER.name);
  expect(statementText).toMatch(/Invoice JKT1-\d{4}-000001/);
  // The document column may break a long number onto a second line.
  expect(statementText).toMatch(/Credit note CN-JKT1-\d{4}-000001|Credit note[^\n]*\n\s+CN-JKT1-\d{4}-000001/);
  expect(statementText).toMatch(/Closing balance\s+\S*\s?90[.,]000/);
  await statementDialog.getByRole('button', { name: 'Close' }).click();

  // The customers grid shows the same balance.
  await nav(page, 'Customers').click();
  const grid = page.getByRole('grid', { name: 'Customers' });
  await expect(grid.getByRole('columnheader', { name: 'Balance' })).toBeVisible();
  await expect(grid.getByRole('row').filter({ hasText: CUSTOMER.name })).toContainText(/90[.,]000/);
  // And the search results too.
  await field(page, 'Search customers').fill('0812-7777');
  await expect(grid.getByRole('row').filter({ hasText: CUSTOMER.name })).toContainText(/90[.,]000/);
});
