import { isIsoDate } from '../../../src-shared/domain/civil-date';
import type { CustomerCreateInput } from '../../../src-shared/ipc/schemas/customers';
import type { ImportIssue, ImportSubscriptionStatus } from '../../../src-shared/ipc/schemas/customer-import';
import { cell, type RowCells } from './cells';
import { parseCustomer } from './customer-fields';
import { identityKey } from './identity';
import { issue } from './issues';
import type { ImportLookups } from './lookups';
import { resolvePlan } from './resolve-plan';
import { parseSubscription, type SubscriptionPart } from './subscription-fields';

/** Account numbers use the characters an account-number format may produce (billing settings). */
const ACCOUNT_NUMBER = /^[A-Za-z0-9/_.-]{1,40}$/;

export interface CheckedSubscription {
  plan: string;
  planId: string | null;
  router: string | null;
  routerId: string | null;
  pppUsername: string | null;
  pppPassword: string | null;
  startDate: string;
  status: ImportSubscriptionStatus;
}

export interface CheckedRow {
  line: number;
  customer: CustomerCreateInput;
  accountNumber: string | null;
  subscription: CheckedSubscription | null;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** First line that used a key (account number, identity, router + PPP name) in this file. */
type Seen = Map<string, number>;

interface FileState {
  accounts: Seen;
  identities: Seen;
  usernames: Seen;
}

/**
 * Every row's problems, against the database (via lookups) and against the rows above it in the file.
 * A key used twice is an error on the later row, whether or not the earlier row is good: which of the
 * two the office meant is for a person to decide.
 */
export function checkRows(rows: readonly RowCells[], lookups: ImportLookups): CheckedRow[] {
  const state: FileState = { accounts: new Map(), identities: new Map(), usernames: new Map() };
  return rows.map((row) => checkRow(row, lookups, state));
}

function checkRow(row: RowCells, lookups: ImportLookups, state: FileState): CheckedRow {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (row.extraFields > 0) errors.push(issue(null, 'extra_fields', `The row has ${row.extraFields} more cell(s) than the header has columns: check its quotes and delimiters.`));
  const sub = parseSubscription(row, lookups.today);
  const customer = parseCustomer(row, sub !== null && sub.plan !== '');
  errors.push(...customer.issues);
  const accountNumber = cell(row, 'accountNumber') || null;
  errors.push(...checkAccount(accountNumber, row.line, lookups, state));
  if (accountNumber === null && customer.values.name !== '') errors.push(...checkIdentity(customer.values, row.line, lookups, state));
  const subscription = sub === null ? null : checkSubscription(sub, row.line, lookups, state, { errors, warnings });
  // A good row writes what the schema made of it (trimmed, defaults): the very input `customers.create` takes.
  return { line: row.line, customer: customer.input ?? customer.values, accountNumber, subscription, errors, warnings };
}

function firstUse(seen: Seen, key: string, line: number): number | null {
  const earlier = seen.get(key);
  if (earlier !== undefined) return earlier;
  seen.set(key, line);
  return null;
}

function checkAccount(accountNumber: string | null, line: number, lookups: ImportLookups, state: FileState): ImportIssue[] {
  if (accountNumber === null) return [];
  if (!ACCOUNT_NUMBER.test(accountNumber)) {
    return [issue('accountNumber', 'invalid', `${accountNumber}: an account number is up to 40 letters, digits and - / _ .`, accountNumber)];
  }
  const earlier = firstUse(state.accounts, accountNumber, line);
  if (earlier !== null) return [issue('accountNumber', 'duplicate', `Account number ${accountNumber} is also on line ${earlier}.`, String(earlier))];
  if (lookups.accountNumbers.has(accountNumber)) return [issue('accountNumber', 'exists', `Account number ${accountNumber} already exists.`, accountNumber)];
  return [];
}

function checkIdentity(customer: CustomerCreateInput, line: number, lookups: ImportLookups, state: FileState): ImportIssue[] {
  const key = identityKey(customer);
  const existing = lookups.identities.get(key);
  if (existing !== undefined) {
    return [issue('name', 'exists', `Customer ${existing} already exists with this name, phones and address.`, existing)];
  }
  const earlier = firstUse(state.identities, key, line);
  if (earlier !== null) return [issue('name', 'duplicate', `Line ${earlier} has the same name, phones and address.`, String(earlier))];
  return [];
}

function checkSubscription(
  sub: SubscriptionPart,
  line: number,
  lookups: ImportLookups,
  state: FileState,
  out: { errors: ImportIssue[]; warnings: ImportIssue[] },
): CheckedSubscription {
  out.errors.push(...sub.issues);
  const resolved = sub.plan === '' ? null : resolvePlan(sub.plan, sub.router, lookups);
  if (resolved) out.errors.push(...resolved.issues);
  const routerId = resolved?.router?.id ?? null;
  if (sub.pppUsername !== null && routerId !== null) out.errors.push(...checkUsername(sub.pppUsername, routerId, line, lookups, state, out.warnings));
  if (isIsoDate(sub.startDate) && sub.startDate < lookups.today) {
    out.warnings.push(
      issue('startDate', 'past_start', `Starts ${sub.startDate}, before today: the next billing run invoices every period since then.`, sub.startDate),
    );
  }
  return {
    plan: sub.plan,
    planId: resolved?.plan?.id ?? null,
    router: sub.router ?? resolved?.router?.name ?? null,
    routerId,
    pppUsername: sub.pppUsername,
    pppPassword: sub.pppPassword,
    startDate: sub.startDate,
    status: sub.status,
  };
}

function checkUsername(username: string, routerId: string, line: number, lookups: ImportLookups, state: FileState, warnings: ImportIssue[]): ImportIssue[] {
  const earlier = firstUse(state.usernames, `${routerId}\n${username}`, line);
  if (earlier !== null) return [issue('pppUsername', 'duplicate', `PPPoE user ${username} is also on line ${earlier} for the same router.`, String(earlier))];
  if (lookups.usernameTaken(routerId, username)) return [issue('pppUsername', 'exists', `PPPoE user ${username} already exists on this router.`, username)];
  if (lookups.operatorSecret(routerId, username)) {
    warnings.push(
      issue(
        'pppUsername',
        'secret_on_router',
        `The router already has a secret ${username} that the app did not create: the app will not overwrite it, so its job fails until that secret is removed on the router.`,
        username,
      ),
    );
  }
  return [];
}
