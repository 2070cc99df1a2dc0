import { eq } from 'drizzle-orm';
import { PASSWORDS, type Harness } from '../support/core-harness';
import { ledgerEntries, subscriptions } from '../../src-main/db/schema';
import { dateInZone } from '../../src-shared/domain/civil-date';
import type { BillingRun } from '../../src-shared/ipc/schemas/billing';

/** What the daily timer and start-up catch-up call: every run owed at the clock's now. */
export function runDue(h: Harness, trigger: 'schedule' | 'catch-up' = 'schedule'): Promise<BillingRun[]> {
  return h.core.services.billingRuns.runDue(h.clock.now(), trigger);
}

/** The app closed and opened again on the same data folder (sessions are gone: staff sign in again). */
export async function reopen(h: Harness): Promise<Harness> {
  const next = h.reopen();
  for (const role of ['manager', 'cashier'] as const) await next.must(role, 'auth.login', { username: role, password: PASSWORDS[role] });
  return next;
}

export interface IssuedInvoice {
  number: string | null;
  issued: string;
  dueDate: string | null;
  amountMinor: number;
  periods: string[];
}

/** Every invoice in the db, in number order, with its issue date on the Jakarta calendar and its plan periods. */
export function invoices(h: Harness): IssuedInvoice[] {
  const { billing, db } = h.core.services;
  const customerIds = db.selectDistinct({ id: ledgerEntries.customerId }).from(ledgerEntries).all();
  return customerIds
    .flatMap(({ id }) => billing.ledger.entries(id))
    .filter((entry) => entry.kind === 'invoice')
    .sort((a, b) => ((a.number ?? '') < (b.number ?? '') ? -1 : 1))
    .map((entry) => ({
      number: entry.number,
      issued: dateInZone(entry.occurredAt, 'Asia/Jakarta'),
      dueDate: entry.dueDate,
      amountMinor: entry.amountMinor,
      periods: entry.lines.filter((line) => line.kind === 'plan').map((line) => `${line.periodStart}..${line.periodEnd}`),
    }));
}

export function subscriptionRow(h: Harness, id: string) {
  const row = h.core.services.db.select().from(subscriptions).where(eq(subscriptions.id, id)).get();
  if (!row) throw new Error(`no subscription ${id}`);
  return row;
}
