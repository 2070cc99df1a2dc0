import type { Role } from '../../src-shared/domain/roles';
import type { SessionInfo } from '../../src-shared/ipc/schemas/auth';

export interface ActiveSession {
  operatorId: string;
  username: string;
  displayName: string;
  role: Role;
  startedAt: number;
  lastActivityAt: number;
  locked: boolean;
  mustChangePassword: boolean;
}

/**
 * Sessions live only in the main process, one per client (an Electron window or a web-bridge socket).
 * A session goes idle-locked when no activity was recorded for `idleLockMs`.
 */
export class SessionStore {
  private readonly sessions = new Map<string, ActiveSession>();

  get(clientId: string): ActiveSession | null {
    return this.sessions.get(clientId) ?? null;
  }

  set(clientId: string, session: ActiveSession): void {
    this.sessions.set(clientId, session);
  }

  end(clientId: string): boolean {
    return this.sessions.delete(clientId);
  }

  /** Every client signed in as this operator (to end them when the account is disabled). */
  clientsOf(operatorId: string): string[] {
    return [...this.sessions].filter(([, session]) => session.operatorId === operatorId).map(([id]) => id);
  }

  /** Locks sessions idle for too long; returns the clients that were just locked. */
  lockIdle(now: number, idleLockMs: number): string[] {
    const locked: string[] = [];
    for (const [clientId, session] of this.sessions) {
      if (!session.locked && now - session.lastActivityAt >= idleLockMs) {
        session.locked = true;
        locked.push(clientId);
      }
    }
    return locked;
  }
}

export function toSessionInfo(session: ActiveSession, idleLockMs: number): SessionInfo {
  return {
    operatorId: session.operatorId,
    username: session.username,
    displayName: session.displayName,
    role: session.role,
    locked: session.locked,
    startedAt: session.startedAt,
    idleLockMs,
    mustChangePassword: session.mustChangePassword,
  };
}
