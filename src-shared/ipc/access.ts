import type { Role } from '../domain/roles';
import type { ContractShape, Permission } from './procedure';

/** Who may call a procedure and whose approval it needs: the part of the contract the UI gates on. */
export interface ProcedureAccess {
  permission: Permission;
  approvalBy?: readonly Role[];
}

/**
 * The access table of a contract, without its schemas. The renderer's shell needs only this, and the
 * full contract would bring zod and every schema into the code the sign-in screen preloads (P4).
 * access.generated.ts is this table for the real contract; a test keeps the two equal.
 */
export function accessOf(contract: ContractShape): Record<string, ProcedureAccess> {
  const table: Record<string, ProcedureAccess> = {};
  for (const [name, def] of Object.entries(contract)) {
    table[name] = def.approvalBy ? { permission: def.permission, approvalBy: def.approvalBy } : { permission: def.permission };
  }
  return table;
}
