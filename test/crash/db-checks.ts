import Database from 'better-sqlite3';
import { foreignKeyViolations } from '../../src-main/db/foreign-keys';
import type { Committed } from './journal';

/**
 * Whether a dangling reference names a row of the peer office that never syncs (its operators): rows
 * pulled from it are applied with foreign keys off and keep those references, by design (sync/apply.ts).
 */
export type PeerRow = (parent: string, value: unknown) => boolean;

/**
 * What must hold in the database after any kill, read with a plain connection before the app opens it
 * again: SQLite's own checks, the app's all-or-nothing rules, uniqueness, and every committed journal
 * fact. Returns the problems found (empty: all good), so one report names all of them.
 */
export function checkDatabase(dbFile: string, facts: readonly Committed[], peerRow: PeerRow): string[] {
  const sqlite = new Database(dbFile);
  try {
    return [...sqliteChecks(sqlite, peerRow), ...allOrNothing(sqlite), ...duplicates(sqlite), ...gaplessNumbers(sqlite), ...facts.flatMap((fact) => factProblems(sqlite, fact)), ...manualSuspensions(sqlite, facts)];
  } finally {
    sqlite.close();
  }
}

type Db = Database.Database;

function rows(sqlite: Db, sql: string, ...args: unknown[]): Array<Record<string, unknown>> {
  return sqlite.prepare(sql).all(...args) as Array<Record<string, unknown>>;
}

function count(sqlite: Db, sql: string, ...args: unknown[]): number {
  return Number(sqlite.prepare(sql).pluck().get(...args) ?? 0);
}

/** Named offenders, a few at most: the report must stay readable with thousands. */
function offenders(what: string, found: Array<Record<string, unknown>>): string[] {
  return found.length === 0 ? [] : [`${what}: ${found.length}, e.g. ${JSON.stringify(found.slice(0, 3))}`];
}

function sqliteChecks(sqlite: Db, peerRow: PeerRow): string[] {
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  const problems = integrity === 'ok' ? [] : [`integrity_check: ${String(integrity)}`];
  const dangling = foreignKeyViolations(sqlite).filter((violation) => !peerRow(violation.parent, violation.value));
  return [...problems, ...offenders('foreign key violations', dangling as unknown as Array<Record<string, unknown>>)];
}

/** A batch is stored all or nothing (write-batch.ts): its row's count is its vouchers. Receipts and invoices likewise. */
function allOrNothing(sqlite: Db): string[] {
  return [
    ...offenders(
      'partial voucher batches',
      rows(sqlite, `SELECT b.id, b.voucher_count AS expected, count(v.id) AS found FROM voucher_batches b LEFT JOIN vouchers v ON v.batch_id = b.id GROUP BY b.id HAVING found <> expected`),
    ),
    ...offenders('vouchers without a batch', rows(sqlite, `SELECT v.id FROM vouchers v LEFT JOIN voucher_batches b ON b.id = v.batch_id WHERE v.batch_id IS NOT NULL AND b.id IS NULL`)),
    ...offenders('till receipts without entries', rows(sqlite, `SELECT r.id FROM till_receipts r WHERE NOT EXISTS (SELECT 1 FROM till_entries e WHERE e.receipt_id = r.id)`)),
    ...offenders('invoices without lines', rows(sqlite, `SELECT e.id FROM ledger_entries e WHERE e.kind = 'invoice' AND NOT EXISTS (SELECT 1 FROM ledger_lines l WHERE l.entry_id = e.id)`)),
    ...offenders('sold vouchers without a sale', rows(sqlite, `SELECT v.id FROM vouchers v WHERE v.status = 'sold' AND NOT EXISTS (SELECT 1 FROM voucher_sales s WHERE s.voucher_id = v.id)`)),
  ];
}

function duplicates(sqlite: Db): string[] {
  const dup = (what: string, table: string, columns: string, where = 'TRUE'): string[] =>
    offenders(`duplicate ${what}`, rows(sqlite, `SELECT ${columns}, count(*) AS n FROM ${table} WHERE ${where} GROUP BY ${columns} HAVING n > 1`));
  return [
    ...dup('voucher codes', 'vouchers', 'code'),
    ...dup('ledger numbers', 'ledger_entries', 'number', 'number IS NOT NULL'),
    ...dup('ledger ids', 'ledger_entries', 'id'),
    ...dup('till receipt ids', 'till_receipts', 'id'),
    ...dup('plan periods invoiced', 'ledger_lines', 'subscription_id, period_start', "kind = 'plan'"),
    // A void is a reversing row naming its sale: without voids, one sale row per voucher.
    ...dup('voucher sales of one voucher', 'voucher_sales', 'voucher_id', 'voucher_id IS NOT NULL AND reverses_sale_id IS NULL AND NOT EXISTS (SELECT 1 FROM voucher_sales r WHERE r.reverses_sale_id = voucher_sales.id)'),
    ...dup('account numbers', 'customers', 'account_number'),
    ...dup('PPPoE usernames', 'subscriptions', 'ppp_username'),
    ...dup('router job sequence numbers', 'router_jobs', 'router_id, seq'),
  ];
}

/** Invoice and credit-note numbers are gapless per office and year (`WJ-2026-000001`, `CN-WJ-2026-000001`). */
function gaplessNumbers(sqlite: Db): string[] {
  const numbers = sqlite.prepare('SELECT number FROM ledger_entries WHERE number IS NOT NULL').pluck().all() as string[];
  const bySeries = new Map<string, number[]>();
  for (const number of numbers) {
    const cut = number.lastIndexOf('-');
    const series = number.slice(0, cut);
    bySeries.set(series, [...(bySeries.get(series) ?? []), Number(number.slice(cut + 1))]);
  }
  const problems: string[] = [];
  for (const [series, list] of bySeries) {
    const sorted = [...list].sort((a, b) => a - b);
    const gap = sorted.findIndex((n, index) => n !== index + 1);
    if (gap >= 0) problems.push(`number series ${series} has a gap or duplicate at position ${gap + 1} (found ${sorted[gap]})`);
  }
  return problems;
}

/**
 * A manager's suspension is lifted only by a manager (billing runs and payments lift automatic ones):
 * a subscription whose last committed manual action was a suspend must still be suspended.
 */
function manualSuspensions(sqlite: Db, facts: readonly Committed[]): string[] {
  const last = new Map<string, 'suspend' | 'reactivate'>();
  for (const fact of facts) if (fact.op === 'suspend' || fact.op === 'reactivate') last.set(fact.subscriptionId, fact.op);
  const problems: string[] = [];
  for (const [id, op] of last) {
    if (op !== 'suspend') continue;
    const status = sqlite.prepare('SELECT status FROM subscriptions WHERE id = ?').pluck().get(id);
    if (status !== 'suspended') problems.push(`committed suspend lost: subscription ${id} is ${String(status)}`);
  }
  return problems;
}

/** Each committed fact: the rows the worker was told exist. */
function factProblems(sqlite: Db, fact: Committed): string[] {
  const exists = (table: string, id: string): boolean => count(sqlite, `SELECT count(*) FROM ${table} WHERE id = ?`, id) === 1;
  const lost = (what: string, id: string): string[] => [`committed ${fact.op} lost: ${what} ${id}`];
  switch (fact.op) {
    case 'shift':
      return exists('till_shifts', fact.shiftId) ? [] : lost('shift', fact.shiftId);
    case 'generate': {
      const found = count(sqlite, 'SELECT count(*) FROM vouchers WHERE batch_id = ?', fact.batchId);
      return exists('voucher_batches', fact.batchId) && found === fact.count ? [] : lost(`batch (${found}/${fact.count} vouchers)`, fact.batchId);
    }
    case 'customer':
      return exists('customers', fact.customerId) ? [] : lost('customer', fact.customerId);
    case 'subscribe':
      return [
        ...(exists('subscriptions', fact.subscriptionId) ? [] : lost('subscription', fact.subscriptionId)),
        ...(fact.invoiceId === null || exists('ledger_entries', fact.invoiceId) ? [] : lost('first invoice', fact.invoiceId)),
      ];
    case 'billing': {
      const finished = count(sqlite, 'SELECT count(*) FROM billing_runs WHERE id = ? AND finished_at IS NOT NULL', fact.runId);
      return finished === 1 ? [] : lost('finished billing run', fact.runId);
    }
    case 'sale':
      return [
        ...(exists('till_receipts', fact.receiptId) ? [] : lost('receipt', fact.receiptId)),
        ...fact.saleIds.flatMap((id) => (exists('voucher_sales', id) ? [] : lost('voucher sale', id))),
        ...fact.voucherIds.flatMap((id) => (count(sqlite, "SELECT count(*) FROM vouchers WHERE id = ? AND status = 'sold'", id) === 1 ? [] : lost('sold voucher', id))),
      ];
    case 'payment':
      return [
        ...(exists('till_receipts', fact.receiptId) ? [] : lost('receipt', fact.receiptId)),
        ...fact.ledgerEntryIds.flatMap((id) => (exists('ledger_entries', id) ? [] : lost('ledger payment', id))),
      ];
    case 'suspend':
    case 'reactivate':
    case 'push':
    case 'login':
    case 'skip':
    case 'sync':
      // State changes later operations may undo (a billing run suspends, a payment reactivates); the
      // router check covers where they must lead; sync is judged by comparing books after the restart.
      return [];
  }
}
