import type { CustomerImportResult } from '../../../src-shared/ipc/schemas/customer-import';
import type { SubscriptionService } from '../../billing/subscriptions';
import type { CustomerService } from '../service';
import type { CustomerRow } from '../rows';
import type { CheckedRow } from './check-rows';

export interface RowWriters {
  customers: CustomerService;
  subscriptions: SubscriptionService;
  /** The next number of the office's account sequence (for rows without one). */
  drawAccountNumber(): string;
}

export interface ImportActor {
  createdBy: string | null;
  now: number;
}

type WrittenRow = CustomerImportResult['rows'][number];

/**
 * Writes checked good rows inside the caller's transaction through the app's own creation paths:
 * `CustomerService.create` (with the next number of the office sequence, gapless, when the row has
 * none) and `SubscriptionService.create` (desired PPP secret + its router job, exactly as the
 * New subscription dialog), then `suspend` for rows imported as suspended. No first invoice: the office
 * billed these subscribers before; the billing run takes over from the start date (decision 0011).
 */
export function writeRows(rows: readonly CheckedRow[], writers: RowWriters, actor: ImportActor): WrittenRow[] {
  const created = rows.map((row) => ({ row, customer: writers.customers.create(row.customer, actor.now, row.accountNumber ?? writers.drawAccountNumber()) }));
  // Typed PPP names first: a name generated from an account number then steps around them (`-2`)
  // instead of taking a name a later row typed.
  const typedFirst = [...created.filter(({ row }) => row.subscription?.pppUsername), ...created.filter(({ row }) => row.subscription && !row.subscription.pppUsername)];
  const subscribed = new Map(typedFirst.map(({ row, customer }) => [row, subscribe(row, customer, writers.subscriptions, actor)] as const));
  return created.map(({ row, customer }) => ({
    row: row.line,
    customerId: customer.id,
    accountNumber: customer.accountNumber,
    name: customer.name,
    subscriptionId: subscribed.get(row)?.id ?? null,
    pppUsername: subscribed.get(row)?.pppUsername ?? null,
  }));
}

function subscribe(row: CheckedRow, customer: CustomerRow, subscriptions: SubscriptionService, actor: ImportActor): { id: string; pppUsername: string } {
  const sub = row.subscription;
  if (!sub?.planId) throw new Error(`line ${row.line}: a good row with a subscription has a plan`);
  const { subscription } = subscriptions.create(
    {
      customerId: customer.id,
      planId: sub.planId,
      pppUsername: sub.pppUsername ?? undefined,
      pppPassword: sub.pppPassword ?? undefined,
      startDate: sub.startDate,
      invoiceNow: false,
    },
    actor,
  );
  if (sub.status === 'suspended') subscriptions.suspend(subscription.id, actor.now, { kind: 'manual', reason: 'Imported as suspended' });
  return subscription;
}
