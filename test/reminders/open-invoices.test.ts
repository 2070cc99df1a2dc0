import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff } from '../support/core-harness';

/** One ledger write; `target` picks an earlier entry (for voids) by position. */
type Op =
  | { kind: 'invoice'; amount: number; tax: number }
  | { kind: 'payment'; amount: number }
  | { kind: 'credit_note'; amount: number }
  | { kind: 'adjustment'; amount: number }
  | { kind: 'void'; target: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('invoice' as const), amount: fc.integer({ min: 0, max: 300_000 }), tax: fc.constantFrom(0, 1100) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('payment' as const), amount: fc.integer({ min: 1, max: 400_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('credit_note' as const), amount: fc.integer({ min: 1, max: 100_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjustment' as const), amount: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('void' as const), target: fc.nat(20) }) },
);

describe('open amounts derived in SQL (reminders) equal the statement (billing)', () => {
  it('for random ledgers of invoices, payments, credit notes, adjustments and voids, in any order', async () => {
    const h = await startOfficeWithStaff();
    const { billing, customers, reminders, transaction } = h.core.services;
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(opArb, fc.nat(2)), { minLength: 1, maxLength: 14 }), async (ops) => {
        serial += 1;
        const customerId = transaction(() => customers.create({ name: `Prop ${serial}`, phones: [], address: '', gps: null, notes: '', tags: [], status: 'active' }, h.clock.now()).id);
        const written: string[] = [];
        for (const [op, step] of ops) {
          // Steps of 0 ms make same-millisecond ties, ordered by the UUIDv7 id on both sides.
          h.clock.advance(step * 1000);
          const actor = { createdBy: null, now: h.clock.now() };
          transaction(() => {
            const line = (netMinor: number, taxRateBp = 0) => [{ description: 'x', netMinor, taxRateBp }];
            if (op.kind === 'invoice') written.push(billing.createInvoice({ customerId, lines: line(op.amount, op.tax), memo: '' }, actor).id);
            else if (op.kind === 'payment') written.push(billing.recordPayment({ customerId, amountMinor: op.amount, method: 'cash', memo: '' }, actor).id);
            else if (op.kind === 'credit_note') written.push(billing.createCreditNote({ customerId, lines: line(op.amount), memo: 'c' }, actor).id);
            else if (op.kind === 'adjustment') written.push(billing.createAdjustment({ customerId, amountMinor: op.amount, memo: 'a' }, actor).id);
            else {
              const target = written[op.target % Math.max(1, written.length)];
              if (target === undefined) return;
              try {
                billing.voidEntry(target, 'prop', actor);
              } catch {
                // Already voided: the ledger refuses it, as it should.
              }
            }
          });
        }
        const statement = billing.statement(customerId, h.clock.now());
        const fromSql = reminders.queries.openDebits([customerId]);
        for (const entry of statement.entries) {
          if (entry.openMinor === null) {
            expect(fromSql.has(entry.id), `${entry.kind} is not a debit`).toBe(false);
            continue;
          }
          expect(fromSql.get(entry.id) ?? 0, `${entry.kind} ${entry.amountMinor}`).toBe(entry.openMinor);
        }
      }),
      { numRuns: 60, seed: 20260513 },
    );
  });
});
