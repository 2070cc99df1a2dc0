import { contract, type ProcedureName } from '@shared/ipc/contract';
import type { Role } from '@shared/domain/roles';

/**
 * Mirrors the main process's permission check from the same contract, so the UI hides what a role
 * may not use. The main process still enforces it; this only decides what to show.
 */
export function canCall(role: Role, name: ProcedureName): boolean {
  const permission = contract[name].permission;
  if (permission === 'public' || permission === 'session') return true;
  return (permission as readonly Role[]).includes(role);
}

/** Roles whose approval a sensitive procedure needs, or null when it needs none. */
export function approvers(name: ProcedureName): readonly Role[] | null {
  const def: { approvalBy?: readonly Role[] } = contract[name];
  return def.approvalBy ?? null;
}
