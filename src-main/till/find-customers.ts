import { and, asc, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { customers, subscriptions } from '../db/schema';
import type { CustomerService } from '../customers/service';
import { toCustomer } from '../customers/rows';
import type { Customer } from '../../src-shared/ipc/schemas/customers';
import type { CustomerMatch } from '../../src-shared/ipc/schemas/till';

/** `LIKE` treats % and _ as wildcards: a typed username is matched literally. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Customers whose PPPoE username starts with the text (any subscription, cancelled ones too: old debts get paid). */
function byPppUsername(db: Db, text: string, limit: number): Array<{ customerId: string; username: string }> {
  return db
    .select({ customerId: subscriptions.customerId, username: subscriptions.pppUsername })
    .from(subscriptions)
    .where(sql`${subscriptions.pppUsername} LIKE ${likePrefix(text)} ESCAPE '\\'`)
    .orderBy(asc(subscriptions.pppUsername))
    .limit(limit)
    .all();
}

/** Live PPPoE usernames of the found customers, shown next to each name so the cashier picks the right one. */
function usernamesOf(db: Db, customerIds: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (customerIds.length === 0) return out;
  const rows = db
    .select({ customerId: subscriptions.customerId, username: subscriptions.pppUsername })
    .from(subscriptions)
    .where(and(inArray(subscriptions.customerId, [...customerIds]), ne(subscriptions.status, 'cancelled')))
    .orderBy(asc(subscriptions.pppUsername))
    .all();
  for (const row of rows) {
    const list = out.get(row.customerId);
    if (list) list.push(row.username);
    else out.set(row.customerId, [row.username]);
  }
  return out;
}

/**
 * The till's customer finder: the customers' own type-ahead (name, phone, account number, address,
 * tags) plus PPPoE usernames, which live on subscriptions. An exact username comes first (the cashier
 * typed what the customer's router login says), then the type-ahead's order, then username prefixes.
 */
export function findCustomers(deps: { db: Db; customers: CustomerService }, query: string, limit: number): CustomerMatch[] {
  const text = query.trim();
  const users = byPppUsername(deps.db, text, limit);
  const exact = users.filter((row) => row.username.toLowerCase() === text.toLowerCase()).map((row) => row.customerId);
  const prefix = users.map((row) => row.customerId);
  // Only the ids of the type-ahead's answer are used: each customer is read here, in the contract's shape.
  const searched = deps.customers.search(text, limit).map((customer) => customer.id);
  const order = [...new Set([...exact, ...searched, ...prefix])].slice(0, limit);
  const found = new Map<string, Customer>();
  if (order.length > 0) {
    for (const row of deps.db.select().from(customers).where(inArray(customers.id, order)).all()) found.set(row.id, toCustomer(row));
  }
  const names = usernamesOf(deps.db, order);
  return order.flatMap((id) => {
    const customer = found.get(id);
    return customer ? [{ customer, pppUsernames: names.get(id) ?? [] }] : [];
  });
}
