import { dateInZone } from '../../src-shared/domain/civil-date';
import type { ReminderQueries } from './candidates';
import type { OutboxRow } from './outbox';

/**
 * Why a queued message should no longer go out, or null when it still should. A message can wait in
 * the outbox for days while the office is offline; a customer who paid meanwhile must not be told
 * their invoice is overdue. Checked against the ledger right before each send.
 */
export function staleReason(queries: ReminderQueries, row: Pick<OutboxRow, 'kind' | 'invoiceId' | 'subscriptionId'>, now: number, timeZone: string): string | null {
  if (row.kind === 'suspended') {
    if (row.subscriptionId !== null && queries.subscriptionStatus(row.subscriptionId) !== 'suspended') {
      return 'not sent: the subscription was reactivated first';
    }
    return null;
  }
  if (row.invoiceId === null) return null;
  const invoice = queries.invoiceNow(row.invoiceId);
  if (invoice.openMinor === 0) return 'not sent: the invoice was paid (or voided) first';
  if (row.kind === 'due_soon' && invoice.dueDate !== null && dateInZone(now, timeZone) > invoice.dueDate) {
    return 'not sent: the due date passed first (the overdue reminder takes over)';
  }
  return null;
}
