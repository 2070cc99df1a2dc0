import { AppError } from '../../src-shared/ipc/result';
import type { Role } from '../../src-shared/domain/roles';
import type { SessionInfo } from '../../src-shared/ipc/schemas/auth';
import type { EventHub } from '../core/event-hub';
import type { HandlerContext } from '../core/handler-types';
import type { OperatorRow, OperatorService } from '../operators/service';
import { usernameKey } from '../operators/service';
import type { ApprovalStore } from './approvals';
import { hashPassword, timingDummyHash, verifyPassword, assertPasswordPolicy } from './passwords';
import { toSessionInfo, type ActiveSession, type SessionStore } from './sessions';
import { throttleKeys, type LoginThrottle } from './throttle';

export interface AuthDeps {
  operators: OperatorService;
  sessions: SessionStore;
  approvals: ApprovalStore;
  throttle: LoginThrottle;
  events: EventHub;
  workstationId: string;
  idleLockMs(): number;
  transaction<T>(fn: () => T): T;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';

/** Login, lock/unlock, password change and approvals. Sessions stay in the main process. */
export class AuthService {
  constructor(private readonly deps: AuthDeps) {}

  info(session: ActiveSession): SessionInfo {
    return toSessionInfo(session, this.deps.idleLockMs());
  }

  async login(username: string, password: string, ctx: HandlerContext): Promise<SessionInfo> {
    const keys = throttleKeys(usernameKey(username), this.deps.workstationId);
    this.assertNotThrottled(keys, ctx.now);
    const operator = await this.checkCredentials(username, password);
    if (!operator) this.failLogin(keys, username, ctx);

    const session: ActiveSession = {
      operatorId: operator.id,
      username: operator.username,
      displayName: operator.displayName,
      role: operator.role,
      startedAt: ctx.now,
      lastActivityAt: ctx.now,
      locked: false,
      mustChangePassword: operator.mustChangePassword,
    };
    this.deps.transaction(() => {
      this.deps.throttle.reset(keys);
      this.deps.operators.recordLogin(operator.id, ctx.now);
      ctx.audit(`${operator.username} signed in`, undefined, actorOf(operator));
    });
    this.deps.sessions.set(ctx.clientId, session);
    return this.info(session);
  }

  /** Starts a session for an operator who was just created (the owner at first run). */
  startSession(clientId: string, operator: OperatorRow, now: number): SessionInfo {
    const session: ActiveSession = {
      operatorId: operator.id,
      username: operator.username,
      displayName: operator.displayName,
      role: operator.role,
      startedAt: now,
      lastActivityAt: now,
      locked: false,
      mustChangePassword: false,
    };
    this.deps.sessions.set(clientId, session);
    return this.info(session);
  }

  logout(ctx: HandlerContext): void {
    const session = requireSession(ctx);
    this.deps.transaction(() => ctx.audit(`${session.username} signed out`));
    this.deps.sessions.end(ctx.clientId);
  }

  lock(ctx: HandlerContext): SessionInfo {
    const session = requireSession(ctx);
    session.locked = true;
    this.deps.transaction(() => ctx.audit(`${session.username} locked the screen`));
    return this.info(session);
  }

  async unlock(password: string, ctx: HandlerContext): Promise<SessionInfo> {
    const session = requireSession(ctx);
    const keys = throttleKeys(usernameKey(session.username), this.deps.workstationId);
    this.assertNotThrottled(keys, ctx.now);
    const operator = await this.checkCredentials(session.username, password);
    if (!operator) this.failLogin(keys, session.username, ctx);
    session.locked = false;
    session.lastActivityAt = ctx.now;
    this.deps.transaction(() => {
      this.deps.throttle.reset(keys);
      ctx.audit(`${session.username} unlocked the screen`);
    });
    return this.info(session);
  }

  activity(ctx: HandlerContext): SessionInfo {
    const session = requireSession(ctx);
    if (!session.locked) session.lastActivityAt = ctx.now;
    return this.info(session);
  }

  async changePassword(currentPassword: string, newPassword: string, ctx: HandlerContext): Promise<void> {
    const session = requireSession(ctx);
    const operator = await this.checkCredentials(session.username, currentPassword);
    if (!operator) throw new AppError('UNAUTHENTICATED', 'The current password is wrong.');
    assertPasswordPolicy(newPassword, operator.username);
    const passwordHash = await hashPassword(newPassword);
    this.deps.transaction(() => {
      this.deps.operators.setPassword(operator.id, passwordHash, false, ctx.now);
      ctx.audit(`${operator.username} changed their password`);
    });
    session.mustChangePassword = false;
  }

  /** A manager's credentials typed on this screen approve one call of one procedure. */
  async requestApproval(
    username: string,
    password: string,
    procedure: string,
    ctx: HandlerContext,
  ): Promise<{ approvalToken: string; approverName: string; expiresAt: number }> {
    const keys = throttleKeys(usernameKey(username), this.deps.workstationId);
    this.assertNotThrottled(keys, ctx.now);
    const approver = await this.checkCredentials(username, password);
    if (!approver) this.failLogin(keys, username, ctx);
    if (!isApproverRole(approver.role)) {
      throw new AppError('FORBIDDEN', `${approver.displayName} cannot approve actions.`);
    }
    const { token, expiresAt } = this.deps.approvals.issue(
      {
        clientId: ctx.clientId,
        procedure,
        approverId: approver.id,
        approverName: approver.username,
        approverRole: approver.role,
      },
      ctx.now,
    );
    this.deps.transaction(() => ctx.audit(`${approver.username} approved ${procedure}`, { approver: approver.username }));
    return { approvalToken: token, approverName: approver.displayName, expiresAt };
  }

  /**
   * The signed-in operator types their password again before something that cannot be undone (a restore).
   * It counts against the same throttle as sign-in, so a desk left signed in cannot be used to guess the
   * password: after 5 wrong ones the next try is refused with THROTTLED until the wait is over.
   */
  async confirmOwnPassword(password: string, ctx: HandlerContext): Promise<boolean> {
    const session = requireSession(ctx);
    const keys = throttleKeys(usernameKey(session.username), this.deps.workstationId);
    this.assertNotThrottled(keys, ctx.now);
    const operator = await this.checkCredentials(session.username, password);
    this.deps.transaction(() => {
      if (operator) this.deps.throttle.reset(keys);
      else this.deps.throttle.recordFailure(keys, ctx.now);
    });
    return operator !== null;
  }

  /** Ends every session of an operator (account disabled or role changed): they must sign in again. */
  endSessionsOf(operatorId: string, reason: string): void {
    for (const clientId of this.deps.sessions.clientsOf(operatorId)) {
      this.deps.sessions.end(clientId);
      this.deps.events.emitTo(clientId, 'session.changed', { session: null, reason });
    }
  }

  private assertNotThrottled(keys: string[], now: number): void {
    const retryAfterMs = this.deps.throttle.retryAfterMs(keys, now);
    if (retryAfterMs > 0) {
      throw new AppError('THROTTLED', 'Too many failed sign-in attempts. Wait before trying again.', { retryAfterMs });
    }
  }

  /** The active operator with these credentials, or null. Unknown users cost the same time as known ones. */
  private async checkCredentials(username: string, password: string): Promise<OperatorRow | null> {
    const operator = this.deps.operators.findByUsername(username);
    if (!operator) {
      await verifyPassword(await timingDummyHash(), password);
      return null;
    }
    const valid = await verifyPassword(operator.passwordHash, password);
    return valid && operator.active ? operator : null;
  }

  private failLogin(keys: string[], username: string, ctx: HandlerContext): never {
    const waitMs = this.deps.transaction(() => {
      const wait = this.deps.throttle.recordFailure(keys, ctx.now);
      ctx.audit(`failed sign-in as ${username}`, { username }, { operatorId: null, operatorName: null });
      return wait;
    });
    if (waitMs > 0) {
      throw new AppError('THROTTLED', 'Too many failed sign-in attempts. Wait before trying again.', {
        retryAfterMs: waitMs,
      });
    }
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
}

function isApproverRole(role: Role): boolean {
  return role === 'owner' || role === 'manager';
}

function requireSession(ctx: HandlerContext): ActiveSession {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  return ctx.session;
}

function actorOf(operator: OperatorRow): { operatorId: string; operatorName: string } {
  return { operatorId: operator.id, operatorName: operator.username };
}

