import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';

const statements = new WeakMap<Sqlite, Database.Statement<[string]>>();

/**
 * Balances of a page of customers, derived from the ledger (the sum of each customer's signed entries,
 * positive = owes; docs/decisions/0010), never stored. One query per page: the ids go in as one JSON
 * array and each is looked up through the `(customer_id, occurred_at)` index.
 */
export function balancesOf(sqlite: Sqlite, customerIds: readonly string[]): Map<string, number> {
  const balances = new Map<string, number>(customerIds.map((id) => [id, 0]));
  if (customerIds.length === 0) return balances;
  let statement = statements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare<[string]>(
      'SELECT customer_id AS id, sum(amount_minor) AS balance FROM ledger_entries WHERE customer_id IN (SELECT value FROM json_each(?)) GROUP BY customer_id',
    );
    statements.set(sqlite, statement);
  }
  for (const row of statement.all(JSON.stringify(customerIds)) as Array<{ id: string; balance: number }>) balances.set(row.id, row.balance);
  return balances;
}
