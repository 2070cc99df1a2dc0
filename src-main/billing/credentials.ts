import { randomInt } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { subscriptions } from '../db/schema';

/** No look-alikes (0/O, 1/l/I): the password is read out over the phone and typed into a CPE. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PASSWORD_LENGTH = 10;

export function generatePppPassword(): string {
  let password = '';
  for (let i = 0; i < PASSWORD_LENGTH; i += 1) password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return password;
}

/** True when a live (not cancelled) subscription already uses the name on the router. */
export function usernameTaken(db: Db, routerId: string, username: string, exceptId?: string): boolean {
  const rows = db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.routerId, routerId), eq(subscriptions.pppUsername, username), ne(subscriptions.status, 'cancelled')))
    .all();
  return rows.some((row) => row.id !== exceptId);
}

/**
 * A PPPoE name from the account number (`WJ-000042` -> `wj-000042`), with `-2`, `-3`… when a customer
 * has more than one subscription on the router. Account numbers are ASCII by their format's rule.
 */
export function generatePppUsername(db: Db, routerId: string, accountNumber: string): string {
  const base = accountNumber.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`;
    if (!usernameTaken(db, routerId, candidate)) return candidate;
  }
}
