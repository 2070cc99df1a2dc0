import type Database from 'better-sqlite3';
import type { Sqlite } from '../../db/connection';
import type { CycleKind, SubscriptionStatus, SuspensionKind } from '../../db/schema';
import type { ArrearsEntry } from './arrears';

type Statement = Database.Statement<unknown[]>;

/** A subscription the run looks at, with what its plan says about billing it. */
export interface RunSubscription {
  id: string;
  customerId: string;
  planId: string;
  startDate: string;
  status: SubscriptionStatus;
  suspensionKind: SuspensionKind | null;
  cycleKind: CycleKind;
  billingDay: number | null;
  cycleDays: number | null;
  graceDays: number;
  /** End of the newest billed plan period (voided ones included: a period's key stays taken). */
  lastBilledEnd: string | null;
}

interface EntryRaw {
  id: string;
  customer_id: string;
  kind: ArrearsEntry['kind'];
  amount_minor: number;
  occurred_at: number;
  due_date: string | null;
  subscription_id: string | null;
  voids_entry_id: string | null;
}

const SUBSCRIPTIONS_SQL = `
  SELECT s.id, s.customer_id AS customerId, s.plan_id AS planId, s.start_date AS startDate, s.status,
         s.suspension_kind AS suspensionKind, p.cycle_kind AS cycleKind, p.billing_day AS billingDay,
         p.cycle_days AS cycleDays, p.grace_days AS graceDays,
         (SELECT l.period_end FROM ledger_lines l WHERE l.subscription_id = s.id AND l.kind = 'plan'
          ORDER BY l.period_start DESC LIMIT 1) AS lastBilledEnd
  FROM subscriptions s JOIN service_plans p ON p.id = s.plan_id
  WHERE s.id IN (SELECT value FROM json_each(?))`;

// Only a customer who owes (balance > 0) and holds an invoice already past its due date can be in
// arrears: credit is used up by the oldest debits first (see mayHaveArrears), and grace days only push
// the limit later. Filtering in SQL skips building rows for the paid-up and the not-yet-due majority.
const ENTRIES_SQL = `
  SELECT id, customer_id, kind, amount_minor, occurred_at, due_date, subscription_id, voids_entry_id
  FROM ledger_entries WHERE customer_id IN (
    SELECT customer_id FROM ledger_entries WHERE customer_id IN (SELECT value FROM json_each(?))
    GROUP BY customer_id
    HAVING sum(amount_minor) > 0 AND min(CASE WHEN kind = 'invoice' THEN due_date END) < ?)`;

// A plan's periods of one subscription follow each other, so the newest start has the newest end: the
// partial index ledger_lines_plan_period finds it in one probe however many months were billed.
// No ORDER BY in these two: it would make SQLite walk a whole customer index per chunk and test each row
// against the chunk, instead of probing the primary key / customer index once per id. Callers order.

/**
 * Reads what one chunk of a run needs in three statements instead of a few per subscription: this is
 * what keeps 50,000 subscriptions within the P6 budget. Raw prepared statements (cached per
 * connection) because drizzle's query building would cost more than the queries themselves here.
 */
export class RunSnapshot {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly sqlite: Sqlite) {}

  /**
   * Active subscriptions and those a run suspended, in customer order: the only ones a run changes. Only
   * customers of this office: with sync, recurring billing runs in the customer's home office alone, so
   * two offices never invoice one period (docs/decisions/0015-sync.md).
   */
  candidateIds(): string[] {
    const rows = this.statement(
      `SELECT s.id FROM subscriptions s JOIN customers c ON c.id = s.customer_id
       WHERE (s.status = 'active' OR (s.status = 'suspended' AND s.suspension_kind = 'automatic'))
         AND (c.home_office IS NULL OR c.home_office = (SELECT code FROM office LIMIT 1))
       ORDER BY s.customer_id, s.id`,
    ).all() as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  /** The subscriptions, in the order of `ids`. */
  subscriptions(ids: readonly string[]): RunSubscription[] {
    const byId = new Map((this.statement(SUBSCRIPTIONS_SQL).all(JSON.stringify(ids)) as RunSubscription[]).map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Ledger entries of the customers who may be in arrears on `asOf` (owing, an invoice past due),
   * grouped by customer, in no particular order (allocation sorts). The others cannot be in arrears.
   */
  entriesOfPossiblyInArrears(customerIds: readonly string[], asOf: string): Map<string, ArrearsEntry[]> {
    const grouped = new Map<string, ArrearsEntry[]>();
    for (const raw of this.statement(ENTRIES_SQL).iterate(JSON.stringify(customerIds), asOf) as IterableIterator<EntryRaw>) {
      const list = grouped.get(raw.customer_id) ?? [];
      list.push({
        id: raw.id,
        kind: raw.kind,
        amountMinor: raw.amount_minor,
        occurredAt: raw.occurred_at,
        dueDate: raw.due_date,
        subscriptionId: raw.subscription_id,
        voidsEntryId: raw.voids_entry_id,
      });
      grouped.set(raw.customer_id, list);
    }
    return grouped;
  }

  private statement(text: string): Statement {
    let found = this.statements.get(text);
    if (!found) {
      found = this.sqlite.prepare<unknown[]>(text);
      this.statements.set(text, found);
    }
    return found;
  }
}
