import { and, desc, eq, gte, isNull, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { operators, tillEntries, tillShifts } from '../db/schema';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';
import { TILL_METHOD_NAMES, methodClosingSchema, type PerMethod, type Shift } from '../../src-shared/ipc/schemas/till';
import { addPerMethod, parsePerMethod, subtractPerMethod, sumPerMethod, zeroPerMethod } from './money';

export type ShiftRow = typeof tillShifts.$inferSelect;

const closingSchema = z.object({ cash: methodClosingSchema, mobile_money: methodClosingSchema, bank_transfer: methodClosingSchema }).strict();
type Closing = z.infer<typeof closingSchema>;

function pick(closing: Closing, field: 'expected' | 'counted' | 'difference'): PerMethod {
  return { cash: closing.cash[field], mobile_money: closing.mobile_money[field], bank_transfer: closing.bank_transfer[field] };
}

/**
 * Shifts: one open shift per cashier per workstation (partial unique index), expected amounts derived
 * from the till ledger, a close that fixes counted amounts and differences once (the row is then
 * immutable by trigger). Every method runs in the caller's transaction.
 */
export class ShiftService {
  constructor(
    private readonly db: Db,
    private readonly workstationId: string,
  ) {}

  /** The caller's open shift on this workstation, or null. */
  currentRow(operatorId: string): ShiftRow | null {
    return (
      this.db
        .select()
        .from(tillShifts)
        .where(and(eq(tillShifts.operatorId, operatorId), eq(tillShifts.workstationId, this.workstationId), isNull(tillShifts.closedAt)))
        .get() ?? null
    );
  }

  /** The open shift a sale or payment is recorded in; selling without one is refused. */
  requireOpen(operatorId: string | null): ShiftRow {
    const row = operatorId ? this.currentRow(operatorId) : null;
    if (!row) throw new AppError('CONFLICT', 'Open a shift first: sales and payments are recorded in the cashier’s shift.', { reason: 'no-open-shift' });
    return row;
  }

  require(id: string): ShiftRow {
    const row = this.db.select().from(tillShifts).where(eq(tillShifts.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such shift.', { id });
    return row;
  }

  open(operatorId: string, floats: PerMethod, now: number): ShiftRow {
    if (this.currentRow(operatorId)) throw new AppError('CONFLICT', 'You already have an open shift on this workstation: close it first.');
    const row: ShiftRow = {
      id: newId(),
      operatorId,
      workstationId: this.workstationId,
      openedAt: now,
      openingFloats: JSON.stringify(floats),
      closedAt: null,
      closedBy: null,
      closing: null,
      differenceMinor: null,
      differenceReason: null,
    };
    this.db.insert(tillShifts).values(row).run();
    return row;
  }

  /** Money that moved per method (tenders in, refunds out) in a shift. */
  movements(shiftId: string): PerMethod {
    const rows = this.db
      .select({ method: tillEntries.method, total: sql<number>`sum(${tillEntries.amountMinor})` })
      .from(tillEntries)
      .where(and(eq(tillEntries.shiftId, shiftId), sql`${tillEntries.kind} IN ('tender', 'refund')`))
      .groupBy(tillEntries.method)
      .all();
    const out = zeroPerMethod();
    for (const row of rows) if (row.method) out[row.method] = row.total;
    return out;
  }

  expected(row: ShiftRow): PerMethod {
    return addPerMethod(parsePerMethod(row.openingFloats), this.movements(row.id));
  }

  /**
   * Fixes expected, counted and their differences. A difference needs a reason. The conditional update
   * is the guard against two closes at once; the trigger then keeps the row as it is forever.
   */
  close(input: { shiftId: string; counted: PerMethod; reason?: string | undefined }, closer: { operatorId: string; mayCloseOthers: boolean }, now: number): ShiftRow {
    const row = this.require(input.shiftId);
    if (row.closedAt !== null) throw new AppError('CONFLICT', 'This shift is already closed.', { closedAt: row.closedAt });
    if (row.operatorId !== closer.operatorId && !closer.mayCloseOthers) {
      throw new AppError('CONFLICT', 'Only the shift’s cashier or a manager can close this shift.');
    }
    const expected = this.expected(row);
    const differences = subtractPerMethod(input.counted, expected);
    const differenceMinor = sumPerMethod(differences);
    const reason = input.reason?.trim() ?? '';
    const off = TILL_METHOD_NAMES.some((method) => differences[method] !== 0);
    if (off && reason === '') {
      throw new AppError('VALIDATION', 'The counted amounts differ from what was expected: give a reason.', { differences, expected });
    }
    const closing = Object.fromEntries(
      TILL_METHOD_NAMES.map((m) => [m, { expected: expected[m], counted: input.counted[m], difference: differences[m] }]),
    ) as Closing;
    const change = { closedAt: now, closedBy: closer.operatorId, closing: JSON.stringify(closing), differenceMinor, differenceReason: reason === '' ? null : reason };
    const moved = this.db.update(tillShifts).set(change).where(and(eq(tillShifts.id, row.id), isNull(tillShifts.closedAt))).run().changes;
    if (moved === 0) throw new AppError('CONFLICT', 'This shift is already closed.');
    return { ...row, ...change };
  }

  list(filter: { operatorId?: string | undefined; status?: 'open' | 'closed' | undefined; from?: number | undefined; to?: number | undefined; limit: number }): ShiftRow[] {
    const where: SQL[] = [];
    if (filter.operatorId) where.push(eq(tillShifts.operatorId, filter.operatorId));
    if (filter.status === 'open') where.push(isNull(tillShifts.closedAt));
    if (filter.status === 'closed') where.push(isNotNull(tillShifts.closedAt));
    if (filter.from !== undefined) where.push(gte(tillShifts.openedAt, filter.from));
    if (filter.to !== undefined) where.push(lte(tillShifts.openedAt, filter.to));
    return this.db
      .select()
      .from(tillShifts)
      .where(and(...where))
      .orderBy(desc(tillShifts.openedAt))
      .limit(filter.limit)
      .all();
  }

  operatorName(operatorId: string | null): string {
    if (!operatorId) return '';
    return this.db.select({ name: operators.displayName }).from(operators).where(eq(operators.id, operatorId)).get()?.name ?? '';
  }

  toShift(row: ShiftRow): Shift {
    const closing = row.closing ? closingSchema.parse(JSON.parse(row.closing)) : null;
    return {
      id: row.id,
      operatorId: row.operatorId,
      operatorName: this.operatorName(row.operatorId),
      workstationId: row.workstationId,
      status: row.closedAt === null ? 'open' : 'closed',
      openedAt: row.openedAt,
      openingFloats: parsePerMethod(row.openingFloats),
      // A closed shift reports what was fixed at close, never a recomputation.
      expected: closing ? pick(closing, 'expected') : this.expected(row),
      closedAt: row.closedAt,
      closedBy: row.closedBy,
      counted: closing ? pick(closing, 'counted') : null,
      differences: closing ? pick(closing, 'difference') : null,
      differenceMinor: row.differenceMinor,
      differenceReason: row.differenceReason,
    };
  }
}
