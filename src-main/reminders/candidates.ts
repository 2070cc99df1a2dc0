import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';

/**
 * What is owed, derived in SQL from the insert-only ledger (never from a stored balance), for whole sets
 * of customers at once. It is the statement's allocation (src-main/billing/allocation.ts) written as a
 * window function: live credits (payments, credit notes, credit adjustments) pay live debits oldest
 * first, whatever the order the credits came in, so a debit's open amount is
 * `max(0, min(amount, debits up to and including it − all credits))`. Voided entries and their voids
 * take no part. test/reminders/open-invoices.test.ts checks it against the statement.
 *
 * `cust` (a CTE of `customer_id`s) limits the work to the customers that matter.
 */
const OPEN_DEBITS = `
  live AS (
    SELECT e.id, e.customer_id, e.kind, e.amount_minor, e.occurred_at, e.number, e.due_date, e.subscription_id
    FROM ledger_entries e
    WHERE e.customer_id IN (SELECT customer_id FROM cust) AND e.kind <> 'void'
      AND NOT EXISTS (SELECT 1 FROM ledger_entries v WHERE v.voids_entry_id = e.id)
  ),
  totals AS (
    SELECT customer_id, SUM(amount_minor) AS balance, -SUM(MIN(amount_minor, 0)) AS credit FROM live GROUP BY customer_id
  ),
  open_debits AS (
    SELECT d.id, d.customer_id, d.kind, d.occurred_at, d.number, d.due_date, d.subscription_id, t.balance,
           MAX(0, MIN(d.amount_minor, d.upto - t.credit)) AS open_minor
    FROM (
      SELECT live.*, SUM(amount_minor) OVER (PARTITION BY customer_id ORDER BY occurred_at, id ROWS UNBOUNDED PRECEDING) AS upto
      FROM live WHERE amount_minor > 0 OR kind = 'invoice'
    ) d JOIN totals t ON t.customer_id = d.customer_id
  )`;

const CUSTOMER_COLUMNS = `c.name AS customerName, c.account_number AS accountNumber, json_extract(c.phones, '$[0]') AS phone`;

/** Open invoices due in [from, to] without an outbox row under `prefix || invoice id`. */
const INVOICE_CANDIDATES = `
  WITH cand AS (
    SELECT e.id, e.customer_id FROM ledger_entries e
    WHERE e.kind = 'invoice' AND e.due_date BETWEEN @from AND @to
      AND NOT EXISTS (SELECT 1 FROM reminder_outbox o WHERE o.dedupe_key = @prefix || e.id)
  ),
  cust AS (SELECT DISTINCT customer_id FROM cand),
  ${OPEN_DEBITS}
  SELECT od.id AS invoiceId, od.customer_id AS customerId, od.subscription_id AS subscriptionId, od.number AS invoiceNumber,
         od.due_date AS dueDate, od.open_minor AS openMinor, od.balance AS balanceMinor, ${CUSTOMER_COLUMNS}
  FROM cand JOIN open_debits od ON od.id = cand.id JOIN customers c ON c.id = cand.customer_id
  WHERE od.open_minor > 0 AND c.status <> 'closed'
  ORDER BY od.due_date, c.account_number, od.id`;

/** Automatic suspensions since `since` without an outbox row, with the subscription's oldest open invoice. */
const SUSPENSION_CANDIDATES = `
  WITH sus AS (
    SELECT s.id, s.customer_id, s.suspended_at FROM subscriptions s
    WHERE s.status = 'suspended' AND s.suspension_kind = 'automatic' AND s.suspended_at >= @since
      AND NOT EXISTS (SELECT 1 FROM reminder_outbox o WHERE o.dedupe_key = 'suspended:' || s.id || ':' || s.suspended_at)
  ),
  cust AS (SELECT DISTINCT customer_id FROM sus),
  ${OPEN_DEBITS},
  arrear AS (
    SELECT subscription_id, id, number, due_date, open_minor,
           ROW_NUMBER() OVER (PARTITION BY subscription_id ORDER BY occurred_at, id) AS rn
    FROM open_debits WHERE kind = 'invoice' AND open_minor > 0 AND subscription_id IN (SELECT id FROM sus)
  )
  SELECT sus.id AS subscriptionId, sus.customer_id AS customerId, sus.suspended_at AS suspendedAt,
         COALESCE(t.balance, 0) AS balanceMinor, a.id AS invoiceId, a.number AS invoiceNumber, a.due_date AS dueDate,
         a.open_minor AS openMinor, ${CUSTOMER_COLUMNS}
  FROM sus JOIN customers c ON c.id = sus.customer_id
    LEFT JOIN totals t ON t.customer_id = sus.customer_id
    LEFT JOIN arrear a ON a.subscription_id = sus.id AND a.rn = 1
  WHERE c.status <> 'closed'
  ORDER BY c.account_number, sus.id`;

/** Open amount of one invoice now (0 when paid or voided) and its due date. */
const INVOICE_OPEN = `
  WITH cust AS (SELECT customer_id FROM ledger_entries WHERE id = @invoiceId),
  ${OPEN_DEBITS}
  SELECT COALESCE((SELECT open_minor FROM open_debits WHERE id = @invoiceId), 0) AS openMinor,
         (SELECT due_date FROM ledger_entries WHERE id = @invoiceId) AS dueDate`;

/** Whether a subscription is suspended now. */
const SUBSCRIPTION_STATUS = `SELECT status FROM subscriptions WHERE id = @subscriptionId`;

/** Open debits of some customers: what the equivalence test compares with the statement. */
const OPEN_DEBITS_OF = `
  WITH cust AS (SELECT value AS customer_id FROM json_each(@customerIds)),
  ${OPEN_DEBITS}
  SELECT id, open_minor AS openMinor FROM open_debits`;

interface CustomerFacts {
  customerId: string;
  customerName: string;
  accountNumber: string;
  /** The customer's first phone, or null when they have none. */
  phone: string | null;
  balanceMinor: number;
}

export interface InvoiceCandidate extends CustomerFacts {
  invoiceId: string;
  subscriptionId: string | null;
  invoiceNumber: string | null;
  dueDate: string;
  openMinor: number;
}

export interface SuspensionCandidate extends CustomerFacts {
  subscriptionId: string;
  suspendedAt: number;
  invoiceId: string | null;
  invoiceNumber: string | null;
  dueDate: string | null;
  openMinor: number | null;
}

type Statement = Database.Statement<unknown[]>;

/** The reminder queries, prepared once per connection. */
export class ReminderQueries {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly sqlite: Sqlite) {}

  /** Open invoices due between `from` and `to` (office dates, inclusive) not yet enqueued under `prefix`. */
  invoices(prefix: string, from: string, to: string): InvoiceCandidate[] {
    return this.statement(INVOICE_CANDIDATES).all({ prefix, from, to }) as InvoiceCandidate[];
  }

  suspensions(since: number): SuspensionCandidate[] {
    return this.statement(SUSPENSION_CANDIDATES).all({ since }) as SuspensionCandidate[];
  }

  invoiceNow(invoiceId: string): { openMinor: number; dueDate: string | null } {
    return this.statement(INVOICE_OPEN).get({ invoiceId }) as { openMinor: number; dueDate: string | null };
  }

  subscriptionStatus(subscriptionId: string): string | null {
    const row = this.statement(SUBSCRIPTION_STATUS).get({ subscriptionId }) as { status: string } | undefined;
    return row?.status ?? null;
  }

  openDebits(customerIds: readonly string[]): Map<string, number> {
    const rows = this.statement(OPEN_DEBITS_OF).all({ customerIds: JSON.stringify(customerIds) }) as Array<{ id: string; openMinor: number }>;
    return new Map(rows.map((row) => [row.id, row.openMinor]));
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
