import type { Sqlite } from '../../../src-main/db/connection';
import { appendAuditEntry } from '../../../src-main/audit/append';
import { ACCOUNT_SEQUENCE_KEY } from '../../../src-main/billing/numbering';

/**
 * Bulk rows of a long-running office, written with prepared statements in big transactions straight
 * into a db that createCore migrated (so every constraint, index and trigger of the real schema
 * applies). What the services would have written over months, shaped the way they write it.
 */

export const DAY_MS = 86_400_000;
/** Asia/Jakarta has no DST: office-local midnight is a fixed 7 hours before UTC midnight. */
const ZONE_OFFSET_MS = 7 * 3_600_000;
const VOUCHERS_PER_BATCH = 1_000;
const ROWS_PER_TRANSACTION = 50_000;

export interface VoucherPlanRef {
  id: string;
  name: string;
  profile: string;
  priceMinor: number;
  validityMs: number;
}

export interface ServicePlanRef {
  id: string;
  name: string;
  priceMinor: number;
  taxRateBp: number;
}

export interface Masters {
  routerId: string;
  ownerId: string;
  officeCode: string;
  voucherPlans: VoucherPlanRef[];
  servicePlans: ServicePlanRef[];
}

/** A UUIDv7-shaped id: the instant in the first 48 bits, then a per-kind tag and a counter (unique, sortable). */
export function seedId(at: number, tag: number, n: number): string {
  const time = Math.floor(at).toString(16).padStart(12, '0');
  const counter = n.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${tag.toString(16).padStart(3, '0')}-8000-${counter}`;
}

/** Runs `write(i)` for i in [0, count) in transactions of ROWS_PER_TRANSACTION (one huge one would only grow the WAL). */
function inChunks(sqlite: Sqlite, count: number, write: (i: number) => void): void {
  for (let start = 0; start < count; start += ROWS_PER_TRANSACTION) {
    const end = Math.min(count, start + ROWS_PER_TRANSACTION);
    sqlite.transaction(() => {
      for (let i = start; i < end; i += 1) write(i);
    })();
  }
}

function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Office-calendar date (YYYY-MM-DD) of an instant, for the office's +07:00 zone. */
export function officeDate(at: number): string {
  return new Date(at + ZONE_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of an office-local time on an office date. */
function officeInstant(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00Z`) - ZONE_OFFSET_MS;
}

// ---------------------------------------------------------------- vouchers

type VoucherStatus = 'on_router' | 'printed' | 'sold' | 'used' | 'expired';

/** Old batches are mostly sold and used up; the newest are still on the shelf (what a real stock looks like). */
function voucherStatus(batchAgeShare: number, n: number): VoucherStatus {
  const roll = n % 10;
  if (batchAgeShare < 0.9) return roll < 6 ? 'expired' : roll < 7 ? 'used' : roll < 8 ? 'sold' : 'printed';
  return roll < 3 ? 'on_router' : roll < 7 ? 'printed' : roll < 9 ? 'sold' : 'used';
}

/** An 8-character code, unique per index (base 32 without 0/1/I/O, spread so neighbours differ). */
function voucherCode(i: number): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let value = (i * 2_654_435_761) % 2 ** 40;
  let code = '';
  for (let k = 0; k < 8; k += 1) {
    code += alphabet[value % 32];
    value = Math.floor(value / 32);
  }
  return code;
}

const INSERT_BATCH = `INSERT INTO voucher_batches (id, plan_id, router_id, note, router_comment, user_mode, code_length, charset, prefix, voucher_count, user_attributes, source, created_by, created_at, updated_at)
  VALUES (@id, @planId, @routerId, @note, @comment, 'vc', 8, 'upper-digits', '', @count, @attributes, 'app', @createdBy, @at, @at)`;
const INSERT_VOUCHER = `INSERT INTO vouchers (id, batch_id, plan_id, router_id, code, password, profile, serial, status, first_login_at, expires_at, uptime_ms, bytes_in, bytes_out, usage_read_at, ended_at, printed_at, print_count, source, created_at, updated_at)
  VALUES (@id, @batchId, @planId, @routerId, @code, @code, @profile, @serial, @status, @firstLogin, @expires, @uptime, @bytesIn, @bytesOut, @usageRead, @ended, @printed, @printCount, 'app', @createdAt, @updatedAt)`;
const INSERT_SALE = `INSERT INTO voucher_sales (id, voucher_id, router_id, plan_id, plan_name, username, price_minor, sold_at, source, operator_id, validity_ms, created_at)
  VALUES (@id, @voucherId, @routerId, @planId, @planName, @code, @price, @soldAt, 'till', @operatorId, @validity, @soldAt)`;

export interface VoucherSpan {
  count: number;
  /** First and last batch creation instants. */
  from: number;
  to: number;
}

/** `span.count` vouchers in batches of 1,000 spread over the span, with a sale row for every card sold. */
export function seedVouchers(sqlite: Sqlite, masters: Masters, span: VoucherSpan): { batches: number; sales: number } {
  const batches = Math.ceil(span.count / VOUCHERS_PER_BATCH);
  const insertBatch = sqlite.prepare(INSERT_BATCH);
  const insertVoucher = sqlite.prepare(INSERT_VOUCHER);
  const insertSale = sqlite.prepare(INSERT_SALE);
  const step = batches > 1 ? (span.to - span.from) / (batches - 1) : 0;
  let sales = 0;
  inChunks(sqlite, span.count, (i) => {
    const batch = Math.floor(i / VOUCHERS_PER_BATCH);
    const plan = pick(masters.voucherPlans, batch);
    const batchAt = Math.round(span.from + batch * step);
    const batchId = seedId(batchAt, 0x0b1, batch);
    if (i % VOUCHERS_PER_BATCH === 0) {
      const count = Math.min(VOUCHERS_PER_BATCH, span.count - i);
      const attributes = JSON.stringify({ profile: plan.profile, comment: `mb:batch:${batchId}`, server: 'all' });
      insertBatch.run({ id: batchId, planId: plan.id, routerId: masters.routerId, note: `Batch ${batch + 1}`, comment: `mb:batch:${batchId}`, count, attributes, createdBy: masters.ownerId, at: batchAt });
    }
    const voucher = voucherRow(i, batchId, batchAt, plan, batch / batches);
    insertVoucher.run({ ...voucher, routerId: masters.routerId });
    if (voucher.soldAt !== null) {
      insertSale.run({ id: seedId(voucher.soldAt, 0x5a1, i), voucherId: voucher.id, routerId: masters.routerId, planId: plan.id, planName: plan.name, code: voucher.code, price: plan.priceMinor, soldAt: voucher.soldAt, operatorId: masters.ownerId, validity: plan.validityMs });
      sales += 1;
    }
  });
  return { batches, sales };
}

function voucherRow(i: number, batchId: string, batchAt: number, plan: VoucherPlanRef, ageShare: number) {
  const status = voucherStatus(ageShare, i);
  const printed = status === 'on_router' ? null : batchAt + 3_600_000;
  const soldAt = status === 'sold' || status === 'used' || status === 'expired' ? batchAt + DAY_MS + (i % 86_400) * 1000 : null;
  const firstLogin = soldAt !== null && status !== 'sold' ? soldAt + 600_000 : null;
  const expires = firstLogin === null ? null : firstLogin + plan.validityMs;
  const ended = status === 'expired' && expires !== null ? expires + 120_000 : null;
  const usageRead = firstLogin === null ? null : (ended ?? firstLogin + 300_000);
  return {
    id: seedId(batchAt, 0x0c1, i),
    batchId,
    planId: plan.id,
    code: voucherCode(i),
    profile: plan.profile,
    serial: (i % VOUCHERS_PER_BATCH) + 1,
    status,
    firstLogin,
    expires,
    uptime: firstLogin === null ? null : 1_800_000 + (i % 1_800) * 1000,
    bytesIn: firstLogin === null ? null : 50_000_000 + (i % 1000) * 10_000,
    bytesOut: firstLogin === null ? null : 5_000_000 + (i % 1000) * 1000,
    usageRead,
    ended,
    printed,
    printCount: printed === null ? 0 : 1,
    soldAt,
    createdAt: batchAt,
    updatedAt: usageRead ?? soldAt ?? printed ?? batchAt,
  };
}

// ---------------------------------------------------------------- customers and ledger

const FIRST = ['Siti', 'Budi', 'Agus', 'Dewi', 'Rina', 'Joko', 'Wati', 'Andi', 'Nur', 'Putri', 'Eko', 'Yanti', 'Hendra', 'Lestari', 'Bambang', 'Ayu', 'Rudi', 'Fitri', 'Dian', 'Teguh'];
const LAST = ['Santoso', 'Wijaya', 'Aminah', 'Saputra', 'Hidayat', 'Kurniawan', 'Pratama', 'Susanti', 'Nugroho', 'Rahayu', 'Setiawan', 'Gunawan', 'Hutapea', 'Siregar', 'Lubis', 'Harahap'];
const STREETS = ['Melati', 'Mawar', 'Kenanga', 'Merdeka', 'Sudirman', 'Diponegoro', 'Ahmad Yani', 'Pahlawan', 'Cempaka'];
const METHODS = ['cash', 'mobile_money', 'bank_transfer'] as const;

const INSERT_CUSTOMER = `INSERT INTO customers (id, search_key, account_number, name, phones, address, notes, tags, status, home_office, created_at, updated_at)
  VALUES (@id, @searchKey, @account, @name, @phones, @address, '', @tags, 'active', @office, @at, @at)`;
const INSERT_SUBSCRIPTION = `INSERT INTO subscriptions (id, customer_id, plan_id, router_id, ppp_username, ppp_password, start_date, status, created_at, updated_at, suspended_at, suspension_kind, suspension_reason)
  VALUES (@id, @customerId, @planId, @routerId, @username, @password, @startDate, @status, @at, @updatedAt, @suspendedAt, @suspensionKind, @suspensionReason)`;
const INSERT_ENTRY = `INSERT INTO ledger_entries (id, customer_id, kind, number, amount_minor, occurred_at, due_date, method, reference, memo, subscription_id, created_by, created_at)
  VALUES (@id, @customerId, @kind, @number, @amount, @at, @dueDate, @method, NULL, '', @subscriptionId, NULL, @at)`;
const INSERT_LINE = `INSERT INTO ledger_lines (id, entry_id, position, kind, description, subscription_id, plan_id, period_start, period_end, net_minor, tax_rate_bp, tax_minor, total_minor)
  VALUES (@id, @entryId, 1, 'plan', @description, @subscriptionId, @planId, @periodStart, @periodEnd, @net, @taxRateBp, @tax, @total)`;

export interface LedgerSpan {
  customers: number;
  /** Monthly periods billed per customer, ending with the period that started on `lastPeriod`. */
  months: number;
  /** YYYY-MM-01 of the newest billed period. */
  lastPeriod: string;
}

/** The period start `back` months before `lastPeriod` (YYYY-MM-01). */
function monthBefore(lastPeriod: string, back: number): string {
  const [year, month] = lastPeriod.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Customers with one PPPoE subscription each and their months of invoices (one plan line each) and payments. */
export function seedCustomers(sqlite: Sqlite, masters: Masters, span: LedgerSpan): { entries: number; lines: number; invoicesByYear: Map<string, number> } {
  const first = monthBefore(span.lastPeriod, span.months - 1);
  const joinedAt = officeInstant(monthBefore(first, 1).slice(0, 8) + '20', '10:00');
  const statements = {
    customer: sqlite.prepare(INSERT_CUSTOMER),
    subscription: sqlite.prepare(INSERT_SUBSCRIPTION),
    entry: sqlite.prepare(INSERT_ENTRY),
    line: sqlite.prepare(INSERT_LINE),
  };
  const totals = { entries: 0, lines: 0, invoicesByYear: new Map<string, number>() };
  inChunks(sqlite, span.customers, (i) => {
    const at = joinedAt + (i % 86_400) * 1000;
    const customerId = seedId(at, 0xc05, i);
    statements.customer.run(customerRow(i, customerId, at, masters.officeCode));
    const plan = pick(masters.servicePlans, i);
    const subscriptionId = seedId(at, 0x5b5, i);
    const suspended = i % 20 === 7;
    statements.subscription.run({
      id: subscriptionId, customerId, planId: plan.id, routerId: masters.routerId, username: `pppoe-${String(i + 1).padStart(6, '0')}`, password: `pw${(i * 7919) % 1_000_003}`,
      startDate: monthBefore(first, 0), status: suspended ? 'suspended' : 'active', at, updatedAt: at,
      suspendedAt: suspended ? officeInstant(span.lastPeriod.slice(0, 8) + '12', '00:15') : null, suspensionKind: suspended ? 'automatic' : null, suspensionReason: suspended ? 'unpaid past the due date and grace days' : null,
    });
    for (let month = 0; month < span.months; month += 1) {
      const period = monthBefore(span.lastPeriod, span.months - 1 - month);
      const paid = !(suspended && month >= span.months - 2) && !(month === span.months - 1 && i % 3 === 0);
      writeMonth(statements, totals, { i, month, period, next: monthBefore(period, -1), customerId, subscriptionId, plan, paid, officeCode: masters.officeCode });
    }
  });
  return totals;
}

function customerRow(i: number, id: string, at: number, officeCode: string) {
  const name = `${pick(FIRST, i)} ${pick(LAST, Math.floor(i / FIRST.length))}`;
  return {
    id,
    searchKey: i + 1,
    account: `${officeCode}-${String(i + 1).padStart(6, '0')}`,
    name,
    phones: JSON.stringify([`08${String(1_200_000_000 + ((i * 7_368_787) % 800_000_000))}`]),
    address: `Jl. ${pick(STREETS, i)} ${(i % 200) + 1}, RT ${(i % 12) + 1}`,
    tags: i % 10 === 0 ? '["business"]' : '[]',
    office: officeCode,
    at,
  };
}

interface MonthInput {
  i: number;
  month: number;
  period: string;
  next: string;
  customerId: string;
  subscriptionId: string;
  plan: ServicePlanRef;
  paid: boolean;
  officeCode: string;
}

type LedgerStatements = Record<'entry' | 'line', ReturnType<Sqlite['prepare']>>;

/** One month: the scheduled run's invoice (issued 00:15 on the period start, due 7 days later) and, mostly, its payment. */
function writeMonth(statements: LedgerStatements, totals: { entries: number; lines: number; invoicesByYear: Map<string, number> }, input: MonthInput): void {
  const issuedAt = officeInstant(input.period, '00:15') + (input.i % 3_600) * 10;
  const year = input.period.slice(0, 4);
  const number = (totals.invoicesByYear.get(year) ?? 0) + 1;
  totals.invoicesByYear.set(year, number);
  const tax = Math.round((input.plan.priceMinor * input.plan.taxRateBp) / 10_000);
  const total = input.plan.priceMinor + tax;
  const entryId = seedId(issuedAt, 0x1e1, input.i * 64 + input.month * 2);
  const dueDate = officeDate(officeInstant(input.period, '12:00') + 7 * DAY_MS);
  statements.entry.run({ id: entryId, customerId: input.customerId, kind: 'invoice', number: `${input.officeCode}-${year}-${String(number).padStart(6, '0')}`, amount: total, at: issuedAt, dueDate, method: null, subscriptionId: input.subscriptionId });
  statements.line.run({ id: seedId(issuedAt, 0x111, input.i * 64 + input.month), entryId, description: `${input.plan.name} ${input.period} – ${input.next}`, subscriptionId: input.subscriptionId, planId: input.plan.id, periodStart: input.period, periodEnd: input.next, net: input.plan.priceMinor, taxRateBp: input.plan.taxRateBp, tax, total });
  totals.entries += 1;
  totals.lines += 1;
  if (!input.paid) return;
  const paidAt = issuedAt + (1 + (input.i % 6)) * DAY_MS + 4 * 3_600_000;
  statements.entry.run({ id: seedId(paidAt, 0x1e2, input.i * 64 + input.month * 2 + 1), customerId: input.customerId, kind: 'payment', number: null, amount: -total, at: paidAt, dueDate: null, method: pick(METHODS, input.i + input.month), subscriptionId: null });
  totals.entries += 1;
}

// ---------------------------------------------------------------- history around them

/** The counters the services draw from, moved past what the seed used (they only count up). */
export function seedSequences(sqlite: Sqlite, customers: number, invoicesByYear: Map<string, number>): void {
  const set = sqlite.prepare('INSERT INTO number_sequences (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE excluded.value > value');
  sqlite.transaction(() => {
    set.run(ACCOUNT_SEQUENCE_KEY, customers);
    for (const [year, count] of invoicesByYear) set.run(`invoice:${year}`, count);
  })();
}

/** One completed scheduled billing run per office day from `fromDate` to `toDate` (so nothing is owed at start). */
export function seedBillingRuns(sqlite: Sqlite, fromDate: string, toDate: string): number {
  const insert = sqlite.prepare(`INSERT INTO billing_runs (id, as_of_date, "trigger", started_at, finished_at, invoices_issued, suspended, reactivated, errors)
    VALUES (?, ?, 'schedule', ?, ?, 0, 0, 0, 0)`);
  let runs = 0;
  sqlite.transaction(() => {
    for (let day = fromDate; day <= toDate; day = officeDate(officeInstant(day, '12:00') + DAY_MS)) {
      const at = officeInstant(day, '00:15');
      insert.run(seedId(at, 0xb11, runs), day, at, at + 2_000);
      runs += 1;
    }
  })();
  return runs;
}

/** Hash-chained audit entries of a busy desk (what the dashboard counts and the audit page lists). */
export function seedAudit(sqlite: Sqlite, masters: Masters, count: number, from: number, to: number): void {
  const step = count > 1 ? (to - from) / count : 0;
  const actor = { operatorId: masters.ownerId, operatorName: 'owner' };
  inChunks(sqlite, count, (i) => {
    const procedure = pick(['till.sell', 'billing.payments.record', 'customers.update', 'vouchers.print.run', 'auth.login'], i);
    appendAuditEntry(sqlite, { actor, record: { procedure, summary: `${procedure} #${i + 1}` }, at: Math.round(from + i * step), workstationId: 'seed-desk' });
  });
}
