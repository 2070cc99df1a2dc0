import { asc, count, eq } from 'drizzle-orm';
import { operators } from '../db/schema';
import type { Db } from '../db/connection';
import type { Operator } from '../../src-shared/ipc/schemas/operators';
import type { Role } from '../../src-shared/domain/roles';
import { AppError } from '../../src-shared/ipc/result';
import { newId } from '../../src-shared/domain/ids';

export type OperatorRow = typeof operators.$inferSelect;

export interface NewOperator {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
}

export interface OperatorChange {
  displayName?: string;
  role?: Role;
  active?: boolean;
}

export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

/** Operator accounts. Password hashing and the rules on who may change whom live in the handlers. */
export class OperatorService {
  constructor(private readonly db: Db) {}

  list(): Operator[] {
    return this.db.select().from(operators).orderBy(asc(operators.usernameKey)).all().map(toOperator);
  }

  count(): number {
    return this.db.select({ n: count() }).from(operators).get()?.n ?? 0;
  }

  findById(id: string): OperatorRow | null {
    return this.db.select().from(operators).where(eq(operators.id, id)).get() ?? null;
  }

  findByUsername(username: string): OperatorRow | null {
    return this.db.select().from(operators).where(eq(operators.usernameKey, usernameKey(username))).get() ?? null;
  }

  requireById(id: string): OperatorRow {
    const row = this.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such operator.');
    return row;
  }

  create(input: NewOperator, now: number): Operator {
    if (this.findByUsername(input.username)) {
      throw new AppError('CONFLICT', `The username "${input.username}" is already taken.`);
    }
    const id = newId();
    this.db
      .insert(operators)
      .values({
        id,
        username: input.username.trim(),
        usernameKey: usernameKey(input.username),
        displayName: input.displayName,
        role: input.role,
        passwordHash: input.passwordHash,
        active: true,
        mustChangePassword: input.mustChangePassword,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: null,
      })
      .run();
    return toOperator(this.requireById(id));
  }

  update(id: string, change: OperatorChange, now: number): Operator {
    this.db
      .update(operators)
      .set({ ...change, updatedAt: now })
      .where(eq(operators.id, id))
      .run();
    return toOperator(this.requireById(id));
  }

  setPassword(id: string, passwordHash: string, mustChangePassword: boolean, now: number): void {
    this.db.update(operators).set({ passwordHash, mustChangePassword, updatedAt: now }).where(eq(operators.id, id)).run();
  }

  recordLogin(id: string, now: number): void {
    this.db.update(operators).set({ lastLoginAt: now }).where(eq(operators.id, id)).run();
  }

  /** Active owners left; the last one may not be demoted or disabled. */
  activeOwnerCount(): number {
    return this.list().filter((operator) => operator.role === 'owner' && operator.active).length;
  }
}

export function toOperator(row: OperatorRow): Operator {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
    createdAt: row.createdAt,
    lastLoginAt: row.lastLoginAt,
  };
}
