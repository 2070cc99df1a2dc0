import { randomBytes } from 'node:crypto';
import type { Role } from '../../src-shared/domain/roles';

export interface Approval {
  clientId: string;
  procedure: string;
  approverId: string;
  approverName: string;
  approverRole: Role;
  expiresAt: number;
}

export const APPROVAL_TTL_MS = 2 * 60_000;

/**
 * One-time approvals: a manager's credentials typed on the cashier's screen yield a token that is good
 * for one call of one procedure, from that same client, for two minutes.
 */
export class ApprovalStore {
  private readonly approvals = new Map<string, Approval>();

  issue(approval: Omit<Approval, 'expiresAt'>, now: number): { token: string; expiresAt: number } {
    const token = randomBytes(24).toString('base64url');
    const expiresAt = now + APPROVAL_TTL_MS;
    this.approvals.set(token, { ...approval, expiresAt });
    return { token, expiresAt };
  }

  /** Returns and spends the approval if it matches; null otherwise (unknown, expired, other call). */
  consume(token: string, clientId: string, procedure: string, now: number): Approval | null {
    const approval = this.approvals.get(token);
    if (!approval) return null;
    if (approval.expiresAt <= now) {
      this.approvals.delete(token);
      return null;
    }
    if (approval.clientId !== clientId || approval.procedure !== procedure) return null;
    this.approvals.delete(token);
    return approval;
  }
}
