import type { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * Who may call a procedure:
 * - 'public': anyone, even before login (login, first-run setup, status);
 * - 'session': any logged-in operator, also while the session is locked (unlock, logout);
 * - a list of roles: a logged-in, unlocked operator with one of these roles.
 */
export type Permission = 'public' | 'session' | readonly Role[];

export interface ProcedureDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
  /** Mutations are audited and counted as writes; queries must not change the database. */
  kind: 'query' | 'mutation';
  /**
   * Sensitive actions: callers whose role is not listed here must carry an approval token from an
   * operator whose role is (a manager typing their password on the cashier's screen).
   */
  approvalBy?: readonly Role[];
}

export function procedure<I extends z.ZodType, O extends z.ZodType>(def: ProcedureDef<I, O>): ProcedureDef<I, O> {
  return def;
}

export type ContractShape = Record<string, ProcedureDef>;

export type ProcedureInput<P extends ProcedureDef> = z.input<P['input']>;
export type ProcedureParsedInput<P extends ProcedureDef> = z.output<P['input']>;
export type ProcedureOutput<P extends ProcedureDef> = z.output<P['output']>;

/** What every transport carries for one call: the input plus, for sensitive actions, an approval. */
export interface CallEnvelope {
  input: unknown;
  approvalToken?: string;
}
