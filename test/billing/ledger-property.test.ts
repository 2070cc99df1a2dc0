import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src-shared/ipc/schemas/billing';
import { startBillingHarness, type BillingHarness } from './support';

const DAY_MS = 86_400_000;

type Op =
  | { kind: 'invoice'; netMinor: number; taxRateBp: number }
  | { kind: 'payment'; amountMinor: number }
  | { kind: 'creditNote'; netMinor: number }
  | { kind: 'adjustment'; amountMinor: number }
  | { kind: 'void'; pick: number }
  | { kind: 'changePlan'; days: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('invoice' as const), netMinor: fc.integer({ min: 0, max: 2_000_000 }), taxRateBp: fc.integer({ min: 0, max: 2_500 }) }),
  fc.record({ kind: fc.constant('payment' as const), amountMinor: fc.integer({ min: 1, max: 2_000_000 }) }),
  fc.record({ kind: fc.constant('creditNote' as const), netMinor: fc.integer({ min: 1, max: 300_000 }) }),
  fc.record({ kind: fc.constant('adjustment' as const), amountMinor: fc.integer({ min: -300_000, max: 300_000 }).filter((n) => n !== 0) }),
  fc.record({ kind: fc.constant('void' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('changePlan' as const), days: fc.integer({ min: 0, max: 45 }) }),
);

/** Tax computed independently of the app: half up on exact integers. */
function expectedTax(net: number, bp: number): number {
  return Number((BigInt(net) * BigInt(bp) * 2n + 10_000n) / 20_000n);
}

/** Every number anywhere in a value is a safe integer (no float reaches the renderer). */
function assertIntegersOnly(value: unknown, path = '$'): void {
  if (typeof value === 'number') expect(Number.isSafeInteger(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, i) => assertIntegersOnly(item, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) assertIntegersOnly(item, `${path}.${key}`);
}

function checkStatement(statement: Statement, expectedBalance: number): void {
  assertIntegersOnly(statement);
  const sum = statement.entries.reduce((total, entry) => total + entry.amountMinor, 0);
  expect(statement.balanceMinor).toBe(sum);
  expect(statement.balanceMinor).toBe(expectedBalance);
  expect(statement.balanceMinor).toBe(statement.outstandingMinor - statement.creditMinor);
  // Credit is never left unused while a debit is open.
  expect(statement.creditMinor === 0 || statement.outstandingMinor === 0).toBe(true);
  const voided = new Set(statement.entries.filter((e) => e.voidsEntryId).map((e) => e.voidsEntryId));
  const live = statement.entries.filter((e) => e.kind !== 'void' && !voided.has(e.id));
  const debits = live.filter((e) => e.amountMinor > 0 || e.kind === 'invoice');
  const credits = live.filter((e) => e.amountMinor < 0);
  const allocated = statement.allocations.reduce((total, a) => total + a.amountMinor, 0);
  // Conservation: every unit of credit is either allocated or still held; every debit unit is covered or open.
  expect(credits.reduce((total, e) => total - e.amountMinor, 0)).toBe(allocated + statement.creditMinor);
  expect(debits.reduce((total, e) => total + e.amountMinor, 0)).toBe(allocated + statement.outstandingMinor);
  for (const allocation of statement.allocations) {
    expect(allocation.amountMinor).toBeGreaterThan(0);
    expect(voided.has(allocation.creditEntryId) || voided.has(allocation.debitEntryId)).toBe(false);
  }
  // Oldest first: after the first debit still open, no later debit has received anything.
  const firstOpen = debits.findIndex((e) => (e.openMinor ?? 0) > 0);
  if (firstOpen >= 0) for (const later of debits.slice(firstOpen + 1)) expect(later.settledMinor).toBe(0);
  for (const entry of statement.entries) {
    if (entry.lines.length > 0) expect(Math.abs(entry.amountMinor)).toBe(entry.lines.reduce((t, l) => t + l.totalMinor, 0));
    for (const line of entry.lines) expect(line.totalMinor).toBe(line.netMinor + line.taxMinor);
    if (voided.has(entry.id) && entry.status !== null) expect(entry.status).toBe('void');
  }
}

async function runSequence(bh: BillingHarness, plans: [string, string], ops: Op[]): Promise<void> {
  const { h } = bh;
  const customerId = await bh.customer(`Prop ${Math.random().toString(36).slice(2, 8)}`);
  const created = await h.must('manager', 'billing.subscriptions.create', { customerId, planId: plans[0] });
  let planIndex = 0;
  const entries: Array<{ id: string; amountMinor: number; isVoid: boolean }> = [];
  const voided = new Set<string>();
  const record = (entry: { id: string; amountMinor: number; kind: string }): void => {
    entries.push({ id: entry.id, amountMinor: entry.amountMinor, isVoid: entry.kind === 'void' });
  };
  if (created.invoice) record(created.invoice);
  for (const op of ops) {
    h.clock.advance(60_000);
    switch (op.kind) {
      case 'invoice': {
        const { entry } = await h.must('manager', 'billing.invoices.create', { customerId, lines: [{ description: 'x', netMinor: op.netMinor, taxRateBp: op.taxRateBp }] });
        expect(entry.amountMinor).toBe(op.netMinor + expectedTax(op.netMinor, op.taxRateBp));
        record(entry);
        break;
      }
      case 'payment':
        record((await h.must('cashier', 'billing.payments.record', { customerId, amountMinor: op.amountMinor, method: 'cash' })).entry);
        break;
      case 'creditNote':
        record((await h.must('manager', 'billing.creditNotes.create', { customerId, lines: [{ description: 'c', netMinor: op.netMinor }], memo: 'c' })).entry);
        break;
      case 'adjustment':
        record((await h.must('manager', 'billing.adjustments.create', { customerId, amountMinor: op.amountMinor, memo: 'a' })).entry);
        break;
      case 'void': {
        const target = entries[op.pick % Math.max(1, entries.length)];
        if (!target) break;
        const result = await h.call('manager', 'billing.entries.void', { entryId: target.id, reason: 'prop' });
        if (target.isVoid || voided.has(target.id)) {
          expect(result.ok ? 'OK' : result.error.code).toBe('CONFLICT');
        } else {
          if (!result.ok) throw new Error(result.error.message);
          expect(result.data.entry.amountMinor).toBe(-target.amountMinor);
          voided.add(target.id);
          record(result.data.entry);
        }
        break;
      }
      case 'changePlan': {
        h.clock.advance(op.days * DAY_MS);
        planIndex = 1 - planIndex;
        const change = await h.must('manager', 'billing.subscriptions.changePlan', { id: created.subscription.id, planId: plans[planIndex]! });
        if (change.creditNote) record(change.creditNote);
        if (change.invoice) record(change.invoice);
        break;
      }
    }
  }
  const expected = entries.reduce((total, entry) => total + entry.amountMinor, 0);
  checkStatement(await h.must('cashier', 'billing.ledger.get', { customerId }), expected);
}

describe('ledger properties', () => {
  it('for random invoices, payments, credit notes, adjustments, voids and plan changes: balance = sum of the ledger, money is conserved, only integers', async () => {
    const bh = await startBillingHarness();
    const plans: [string, string] = [
      await bh.plan({ priceMinor: 149_999, taxRateBp: 1100, cycle: { kind: 'monthly', billingDay: 31 } }),
      await bh.plan({ priceMinor: 250_001, taxRateBp: 700, cycle: { kind: 'monthly', billingDay: 31 } }),
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => runSequence(bh, plans, ops)),
      { numRuns: 60, seed: 20260515 },
    );
    const odd = bh.h.core.services.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM ledger_entries WHERE typeof(amount_minor) <> 'integer')
              + (SELECT count(*) FROM ledger_lines WHERE typeof(net_minor) <> 'integer' OR typeof(tax_minor) <> 'integer' OR typeof(total_minor) <> 'integer' OR typeof(tax_rate_bp) <> 'integer') AS n,
                (SELECT count(*) FROM ledger_entries) AS rows`,
      )
      .get() as { n: number; rows: number };
    expect(odd.n).toBe(0);
    expect(odd.rows).toBeGreaterThan(200);
  });
});
