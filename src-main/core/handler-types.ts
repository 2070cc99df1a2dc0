import type { z } from 'zod';
import type { ContractShape, ProcedureDef, ProcedureParsedInput } from '../../src-shared/ipc/procedure';
import type { ActiveSession } from '../auth/sessions';
import type { Approval } from '../auth/approvals';
import type { AuditActor, PreparedAudit } from '../audit/service';

export interface HandlerContext {
  clientId: string;
  /** The instant of this call (from the injected clock). */
  now: number;
  /** The caller's session; null only for public procedures called before login. */
  session: ActiveSession | null;
  /** The approval spent on this call, for sensitive procedures called by a role that needed one. */
  approval: Approval | null;
  /**
   * Appends the audit entry for this call. Call it inside the transaction that makes the change, so
   * the change and its audit row commit together. Mutations that do not call it get a generic entry.
   * `actor` overrides the session's operator (login and setup act before a session exists).
   */
  audit(summary: string, details?: Record<string, unknown>, actor?: AuditActor): void;
  /**
   * The audit entry for this call as data, for a change committed on another connection (the voucher
   * worker): that transaction appends it with `appendAuditEntry`. Counts as audited: no generic entry.
   */
  prepareAudit(summary: string, details?: Record<string, unknown>): PreparedAudit;
}

export type Handler<P extends ProcedureDef> = (
  input: ProcedureParsedInput<P>,
  ctx: HandlerContext,
) => Promise<z.input<P['output']>> | z.input<P['output']>;

/** One handler per procedure of the contract: a missing or mistyped one does not compile. */
export type Handlers<C extends ContractShape> = { [K in keyof C]: Handler<C[K]> };
