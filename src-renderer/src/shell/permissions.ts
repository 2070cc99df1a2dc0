import type { ProcedureName } from '@shared/ipc/contract';
import { PROCEDURE_ACCESS } from '@shared/ipc/access.generated';
import type { Role } from '@shared/domain/roles';

/**
 * Mirrors the main process's permission check from the contract's access table, so the UI hides what a
 * role may not use. The main process still enforces it; this only decides what to show. The table, not
 * the contract: the shell then needs no schemas (and no zod) to draw.
 */
export function canCall(role: Role, name: ProcedureName): boolean {
  const { permission } = PROCEDURE_ACCESS[name];
  if (permission === 'public' || permission === 'session') return true;
  return permission.includes(role);
}

/** Roles whose approval a sensitive procedure needs, or null when it needs none. */
export function approvers(name: ProcedureName): readonly Role[] | null {
  return PROCEDURE_ACCESS[name].approvalBy ?? null;
}
