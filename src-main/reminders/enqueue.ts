import type { Sqlite } from '../db/connection';
import type { Office } from '../../src-shared/ipc/schemas/common';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import { newId } from '../../src-shared/domain/ids';
import type { EnqueueResult, ReminderChannel, ReminderKind, ReminderSettings } from '../../src-shared/ipc/schemas/reminders';
import type { InvoiceCandidate, ReminderQueries, SuspensionCandidate } from './candidates';
import { LOOKBACK_DAYS } from './defaults';
import { MessageRenderer, normalizeRecipient, type MessageFacts } from './render';

const DAY_MS = 86_400_000;

const INSERT_SQL = `
  INSERT INTO reminder_outbox (id, customer_id, kind, channel, dedupe_key, invoice_id, subscription_id, recipient, body, status, attempts, next_attempt_at, created_at, updated_at)
  VALUES (@id, @customerId, @kind, @channel, @dedupeKey, @invoiceId, @subscriptionId, @recipient, @body, 'queued', 0, @now, @now, @now)
  ON CONFLICT (dedupe_key) DO NOTHING`;

export interface EnqueueContext {
  sqlite: Sqlite;
  queries: ReminderQueries;
  office: Office;
  settings: ReminderSettings;
  /** The enabled templates of the settings' channel; a kind without one is not enqueued. */
  templates: Partial<Record<ReminderKind, string>>;
}

interface Draft {
  customerId: string;
  phone: string | null;
  dedupeKey: string;
  invoiceId: string | null;
  subscriptionId: string | null;
  facts: MessageFacts;
}

/**
 * Enqueues every reminder owed at `now`, in the caller's transaction: one set-based query per kind
 * (which already leaves out keys the outbox holds), then one prepared INSERT per new message. The
 * unique `dedupe_key` makes a rerun, or a second process, create nothing new.
 *
 * - due_soon: open invoices due between today and today + `dueSoonDays`;
 * - overdue: open invoices whose due date passed (up to LOOKBACK_DAYS ago: a reminder for a day the
 *   desk was off still goes out, a months-old one does not surface when reminders are turned on);
 * - suspended: automatic suspensions of the last LOOKBACK_DAYS, one per suspension.
 */
export function enqueueReminders(context: EnqueueContext, now: number): EnqueueResult {
  const { settings, queries, office, templates } = context;
  const today = dateInZone(now, office.timeZone);
  const renderer = new MessageRenderer({ name: office.name, phone: settings.officePhone, currency: office.currency, locale: office.locale });
  const insert = context.sqlite.prepare(INSERT_SQL);
  const result: EnqueueResult = { created: { due_soon: 0, overdue: 0, suspended: 0 }, skippedNoPhone: 0 };
  const withoutPhone = new Set<string>();
  const write = (kind: ReminderKind, drafts: readonly Draft[]): void => {
    const template = templates[kind];
    if (template === undefined) return;
    for (const draft of drafts) {
      if (draft.phone === null) {
        withoutPhone.add(draft.customerId);
        continue;
      }
      const row = toRow(draft, kind, settings.channel, settings.countryCode, renderer.render(template, draft.facts), now);
      result.created[kind] += insert.run(row).changes;
    }
  };
  if (templates.due_soon !== undefined) write('due_soon', queries.invoices('due_soon:', today, addDays(today, settings.dueSoonDays)).map((row) => invoiceDraft('due_soon', row)));
  if (templates.overdue !== undefined) write('overdue', queries.invoices('overdue:', addDays(today, -LOOKBACK_DAYS), addDays(today, -1)).map((row) => invoiceDraft('overdue', row)));
  if (templates.suspended !== undefined) write('suspended', queries.suspensions(now - LOOKBACK_DAYS * DAY_MS).map(suspensionDraft));
  result.skippedNoPhone = withoutPhone.size;
  return result;
}

function invoiceDraft(kind: 'due_soon' | 'overdue', row: InvoiceCandidate): Draft {
  return {
    customerId: row.customerId,
    phone: row.phone,
    dedupeKey: `${kind}:${row.invoiceId}`,
    invoiceId: row.invoiceId,
    subscriptionId: row.subscriptionId,
    facts: { ...facts(row), amountMinor: row.openMinor, dueDate: row.dueDate, invoiceNumber: row.invoiceNumber },
  };
}

function suspensionDraft(row: SuspensionCandidate): Draft {
  return {
    customerId: row.customerId,
    phone: row.phone,
    dedupeKey: `suspended:${row.subscriptionId}:${row.suspendedAt}`,
    invoiceId: row.invoiceId,
    subscriptionId: row.subscriptionId,
    facts: { ...facts(row), amountMinor: row.openMinor ?? row.balanceMinor, dueDate: row.dueDate, invoiceNumber: row.invoiceNumber },
  };
}

function facts(row: { customerName: string; accountNumber: string; balanceMinor: number }): Pick<MessageFacts, 'customerName' | 'accountNumber' | 'balanceMinor'> {
  return { customerName: row.customerName, accountNumber: row.accountNumber, balanceMinor: row.balanceMinor };
}

function toRow(draft: Draft, kind: ReminderKind, channel: ReminderChannel, countryCode: string, body: string, now: number) {
  return {
    id: newId(),
    customerId: draft.customerId,
    kind,
    channel,
    dedupeKey: draft.dedupeKey,
    invoiceId: draft.invoiceId,
    subscriptionId: draft.subscriptionId,
    recipient: normalizeRecipient(draft.phone ?? '', countryCode),
    body,
    now,
  };
}
