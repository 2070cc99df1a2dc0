import Database from 'better-sqlite3';
import type { Sqlite } from '../../src-main/db/connection';

/**
 * Records every statement the app runs on its main-thread connections, with the values it bound.
 * better-sqlite3 has no statement hook, so the Statement prototype's run/get/all/iterate are wrapped
 * while capturing (the voucher worker's connection lives in another thread and is not seen).
 */

export interface RanStatement {
  sql: string;
  params: unknown[];
}

type StatementMethod = 'run' | 'get' | 'all' | 'iterate';
const METHODS: readonly StatementMethod[] = ['run', 'get', 'all', 'iterate'];
type Runner = (this: Database.Statement, ...params: unknown[]) => unknown;

function statementPrototype(): Record<StatementMethod, Runner> {
  const probe = new Database(':memory:');
  try {
    return Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<StatementMethod, Runner>;
  } finally {
    probe.close();
  }
}

/** Starts recording; the returned stop() puts the original methods back and returns what ran. */
export function captureStatements(): { stop(): RanStatement[] } {
  const proto = statementPrototype();
  const originals = new Map<StatementMethod, Runner>(METHODS.map((method) => [method, proto[method]]));
  const ran: RanStatement[] = [];
  for (const method of METHODS) {
    const original = originals.get(method) as Runner;
    proto[method] = function (this: Database.Statement, ...params: unknown[]): unknown {
      ran.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  return {
    stop: () => {
      for (const method of METHODS) proto[method] = originals.get(method) as Runner;
      return ran;
    },
  };
}

/** Tables that grow without bound in a real office: reading all of one at start-up does not scale. */
export const BIG_TABLES = ['vouchers', 'voucher_sales', 'voucher_batches', 'customers', 'subscriptions', 'ledger_entries', 'ledger_lines', 'sync_outbox', 'audit_log', 'till_entries', 'till_receipts', 'till_shifts', 'router_jobs', 'reminder_messages'];

export interface Scan {
  sql: string;
  plan: string[];
}

/**
 * `EXPLAIN QUERY PLAN` of the statement with the values it ran with; the plan's `SCAN <big table>`
 * steps (also through an index: a full index walk reads every row's entry). A scan that a LIMIT stops
 * early is allowed: ordered by the index it walks, with no sort, grouping or aggregate over it.
 */
export function bigTableScans(sqlite: Sqlite, statement: RanStatement): Scan | null {
  if (!/^\s*(WITH|SELECT|INSERT|UPDATE|DELETE|REPLACE)\b/i.test(statement.sql)) return null;
  const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as Array<{ detail: string }>).map((row) => row.detail);
  const aliases = tableAliases(statement.sql);
  const partial = partialIndexes(sqlite);
  const scans = plan.filter((detail) => {
    const [, scanned, index] = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?/.exec(detail) ?? [];
    // A partial index holds only the rows its WHERE picks (work waiting, not history): walking it is bounded.
    if (index !== undefined && partial.has(index)) return false;
    return scanned !== undefined && BIG_TABLES.includes(aliases.get(scanned) ?? scanned);
  });
  if (scans.length === 0 || stopsEarly(statement.sql, plan)) return null;
  return { sql: statement.sql, plan };
}

function partialIndexes(sqlite: Sqlite): Set<string> {
  const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'").pluck().all() as string[];
  return new Set(rows);
}

const KEYWORDS = new Set(['where', 'join', 'left', 'inner', 'cross', 'on', 'group', 'order', 'limit', 'using', 'natural', 'union', 'set', 'values', 'select', 'as', 'indexed', 'not', 'window', 'having']);

/** `FROM vouchers v` / `JOIN customers AS c`: EXPLAIN names a scan by the alias. */
function tableAliases(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const match of sql.matchAll(/\b(?:FROM|JOIN)\s+["`]?(\w+)["`]?(?:\s+(?:AS\s+)?["`]?(\w+)["`]?)?/gi)) {
    const [, table, alias] = match;
    if (table && alias && !KEYWORDS.has(alias.toLowerCase())) aliases.set(alias, table);
  }
  return aliases;
}

function stopsEarly(sql: string, plan: readonly string[]): boolean {
  const limited = /\bLIMIT\b/i.test(sql);
  const whole = /\bGROUP BY\b|\b(count|sum|total|avg|group_concat|json_group_array)\s*\(/i.test(sql) || plan.some((detail) => detail.includes('TEMP B-TREE'));
  return limited && !whole;
}
