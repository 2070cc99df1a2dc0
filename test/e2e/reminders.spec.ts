// Billing reminders end to end (issue 5): the manager points the gateway at a local HTTP server (127.0.0.1,
// started by this test) and sends a test message; writes an overdue WhatsApp template with the live preview
// (an unknown placeholder is flagged and refused); a customer gets an invoice; the app's clock moves past
// the due date; "Enqueue now" puts the overdue reminder in the outbox, where it waits while reminders are
// off; turning them on delivers it to the server and the row turns "Sent".
import type { Page } from '@playwright/test';
import { startGatewayServer, type GatewayServer } from '../reminders/gateway-server';
import { createOffice, field, nav } from './desk';
import { expect, moveTestClock, test } from './fixtures';

const CUSTOMER = 'Siti Rahmawati';
const PHONE = '0812-7777-1234';
/** 10:00 on 15 January 2026 in Jakarta: an invoice issued now is due on the 22nd. */
const START = '2026-01-15T10:00:00+07:00';
const AFTER_DUE = '2026-01-24T10:00:00+07:00';
const TEMPLATE = 'Halo {customerName}, tagihan {invoiceNumber} sebesar {amount} lewat jatuh tempo {dueDate}.';

// Nine idle days must not lock the desk in the middle of the test.
test.use({ testClock: START, timezoneId: 'Asia/Jakarta', idleLockMs: 30 * 86_400_000 });

let gateway: GatewayServer;

test.beforeEach(async () => {
  gateway = await startGatewayServer({ path: '/api/send' });
});

test.afterEach(async () => {
  await gateway.close();
});

async function openTab(page: Page, name: 'Outbox' | 'Templates' | 'Gateway'): Promise<void> {
  await nav(page, 'Reminders').click();
  await expect(page.getByRole('heading', { name: 'Reminders', exact: true })).toBeVisible();
  await page.getByRole('tab', { name }).click();
}

async function configureGateway(page: Page): Promise<void> {
  await openTab(page, 'Gateway');
  const form = page.getByRole('form', { name: 'Gateway settings' });
  // An address that is not http(s) is refused by the form before anything is sent.
  await field(page, 'Gateway address (URL)').fill('ftp://127.0.0.1/send');
  await form.getByRole('button', { name: 'Save gateway settings' }).click();
  await expect(form.getByText('Check the highlighted fields.')).toBeVisible();
  await field(page, 'Gateway address (URL)').fill(gateway.url);
  await field(page, 'Auth header name').fill('X-Api-Key');
  await field(page, 'Auth header value').fill('kunci-rahasia');
  await field(page, 'Country code').fill('62');
  await field(page, 'Send from').fill('00:00');
  await field(page, 'Send until').fill('00:00');
  await form.getByRole('button', { name: 'Save gateway settings' }).click();
  await expect(page.getByText('Gateway settings saved.')).toBeVisible();
  // The secret is never shown again, only that one is saved.
  await expect(field(page, 'Auth header value')).toHaveValue('');
  await expect(form.getByText('A value is saved (hidden).', { exact: false })).toBeVisible();

  const testForm = page.getByRole('form', { name: 'Send a test message' });
  await field(page, 'Test phone number').fill('0812 0000 1111');
  await testForm.getByRole('button', { name: 'Send test message' }).click();
  await expect(testForm.getByRole('status')).toContainText('Delivered: the gateway answered HTTP 200');
  expect(gateway.received).toHaveLength(1);
  expect(gateway.received[0]?.headers['x-api-key']).toBe('kunci-rahasia');
  expect(JSON.parse(gateway.received[0]?.body ?? '{}')).toMatchObject({ to: '6281200001111', channel: 'whatsapp' });
}

async function writeOverdueTemplate(page: Page): Promise<void> {
  await openTab(page, 'Templates');
  await field(page, 'Reminder').click();
  await page.getByRole('option', { name: 'Overdue', exact: true }).click();
  const body = field(page, 'Message text');
  await body.fill(`${TEMPLATE} Total {total}`);
  await expect(page.getByText('Unknown placeholder(s): {total}.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Enter 1 to 1000 characters and use only the placeholders listed.')).toBeVisible();
  // Fixed by typing, then a placeholder inserted with its chip at the end.
  await body.fill(`${TEMPLATE} Total `);
  await body.press('End');
  await page.getByRole('button', { name: 'Insert {balance}' }).click();
  await expect(body).toHaveValue(`${TEMPLATE} Total {balance}`);
  const preview = page.getByRole('status', { name: 'Preview of the message' });
  await expect(preview).toContainText('Halo Budi Santoso, tagihan JKT1-2026-000042 sebesar');
  await expect(preview).not.toContainText('{');
  await expect(page.getByText(/characters · 1 SMS part\(s\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('The Overdue WhatsApp template was saved.')).toBeVisible();
  await expect(page.getByText('Changed by the office')).toBeVisible();
}

async function customerWithInvoice(page: Page): Promise<void> {
  await nav(page, 'Customers').click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await field(page, 'Customer name').fill(CUSTOMER);
  await field(page, 'Phones').fill(PHONE);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: CUSTOMER, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Invoice now' }).click();
  const invoice = page.getByRole('dialog', { name: /^Invoice .* now$/ });
  await field(page, 'Line 1 description').fill('Internet Januari');
  await field(page, 'Line 1 amount (IDR)').fill('175000');
  await invoice.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(invoice).toBeHidden();
  await expect(page.getByRole('status', { name: 'Balance due' })).toContainText('Unpaid: 1');
}

function outboxRow(page: Page) {
  return page.getByRole('grid', { name: 'Reminder outbox' }).getByRole('row').filter({ hasText: CUSTOMER });
}

test('an overdue invoice is enqueued, waits while reminders are off, and reaches the gateway when they are on', async ({ page, app }) => {
  test.setTimeout(180_000);
  await createOffice(page, app.url);
  await configureGateway(page);
  await writeOverdueTemplate(page);
  await customerWithInvoice(page);

  // Nine days later the invoice is overdue (the move answers once the catch-up billing runs are done;
  // reminders are off, so those runs enqueue nothing).
  await moveTestClock(app, { to: AFTER_DUE });

  await openTab(page, 'Outbox');
  await expect(page.getByText('Reminders are off: messages wait in the outbox')).toBeVisible();
  await page.getByRole('button', { name: 'Enqueue now' }).click();
  const confirm = page.getByRole('dialog', { name: 'Enqueue reminders now?' });
  await confirm.getByRole('button', { name: 'Enqueue now' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('1 new message(s) in the outbox. Customers without a phone number: 0.')).toBeVisible();
  await expect(outboxRow(page)).toContainText('Overdue');
  await expect(outboxRow(page)).toContainText('Queued');
  await expect(outboxRow(page)).toContainText('6281277771234');
  expect(gateway.received).toHaveLength(1); // only the test message so far

  // Reminders on: the dispatcher delivers at once.
  await openTab(page, 'Gateway');
  await page.getByRole('switch', { name: 'Send reminders' }).check();
  await page.getByRole('form', { name: 'Gateway settings' }).getByRole('button', { name: 'Save gateway settings' }).click();
  await expect(page.getByText('Gateway settings saved.')).toBeVisible();
  await expect.poll(() => gateway.received.length, { timeout: 20_000 }).toBe(2);
  const delivered = JSON.parse(gateway.received[1]?.body ?? '{}') as { to: string; message: string; channel: string };
  expect(delivered.to).toBe('6281277771234');
  expect(delivered.channel).toBe('whatsapp');
  expect(delivered.message).toMatch(/^Halo Siti Rahmawati, tagihan JKT1-2026-000001 sebesar .*175[.,]000 lewat jatuh tempo .*2026\. Total .*175[.,]000$/);

  await openTab(page, 'Outbox');
  await expect(outboxRow(page)).toContainText('Sent', { timeout: 20_000 });
  // Enqueueing again creates nothing new: the invoice already has its overdue reminder.
  await page.getByRole('button', { name: 'Enqueue now' }).click();
  await page.getByRole('dialog', { name: 'Enqueue reminders now?' }).getByRole('button', { name: 'Enqueue now' }).click();
  await expect(page.getByText('0 new message(s) in the outbox.', { exact: false })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Reminder outbox' }).getByRole('row').filter({ hasText: CUSTOMER })).toHaveCount(1);
});
