import { z } from 'zod';
import { AppError, type AppErrorShape, type Result } from '../../src-shared/ipc/result';
import type { ContractShape, ProcedureDef } from '../../src-shared/ipc/procedure';
import type { Role } from '../../src-shared/domain/roles';
import type { ApprovalStore, Approval } from '../auth/approvals';
import { toSessionInfo, type ActiveSession, type SessionStore } from '../auth/sessions';
import type { AuditService } from '../audit/service';
import type { Clock } from './clock';
import type { EventHub } from './event-hub';
import type { Logger } from './logger';
import type { HandlerContext, Handlers } from './handler-types';

export interface Caller {
  clientId: string;
  /** Set by the transport after its own sender check (Electron frame origin, web token + origin). */
  trusted: boolean;
}

export interface RegistryDeps {
  sessions: SessionStore;
  approvals: ApprovalStore;
  audit: AuditService;
  clock: Clock;
  events: EventHub;
  logger: Logger;
  idleLockMs(): number;
  /** Runs the function in one database transaction (better-sqlite3 is synchronous). */
  transaction<T>(fn: () => T): T;
}

/** Procedures a session that must change its password may still use. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  'app.status',
  'auth.session',
  'auth.activity',
  'auth.lock',
  'auth.unlock',
  'auth.logout',
  'auth.changePassword',
  'settings.get',
]);

const envelopeSchema = z.object({ input: z.unknown(), approvalToken: z.string().min(1).max(200).optional() }).strict();

/**
 * Turns a handler map into a transport-independent call function: sender check, input parse,
 * session and permission check, approval, handler, output parse, audit, `Result` out.
 * A bad input never reaches a handler.
 */
export class Registry<C extends ContractShape> {
  constructor(
    private readonly contract: C,
    private readonly handlers: Handlers<C>,
    private readonly deps: RegistryDeps,
  ) {}

  async call(caller: Caller, name: string, rawEnvelope: unknown): Promise<Result<unknown>> {
    const started = performance.now();
    let result: Result<unknown>;
    try {
      result = { ok: true, data: await this.dispatch(caller, name, rawEnvelope) };
    } catch (error) {
      result = { ok: false, error: this.toErrorShape(name, error) };
    }
    this.logCall(caller.clientId, name, result.ok ? null : result.error, performance.now() - started);
    return result;
  }

  /**
   * One line per call for the log viewer: mutations at info (refusals at warn), queries at debug. Never
   * the input or output, which may hold passwords or customer data; the module is the name's domain.
   */
  private logCall(clientId: string, rawName: string, error: AppErrorShape | null, ms: number): void {
    const name = rawName.slice(0, 100);
    const def = Object.hasOwn(this.contract, name) ? (this.contract[name] as ProcedureDef) : null;
    const fields = {
      module: moduleOf(name),
      procedure: name,
      operator: this.deps.sessions.get(clientId)?.username ?? null,
      ms: Math.round(ms),
      ...(error ? { code: error.code } : {}),
    };
    const message = error ? `${name} refused: ${error.code}` : `${name} done`;
    if (def?.kind !== 'mutation') this.deps.logger.debug?.(message, fields);
    else if (error) this.deps.logger.warn(message, fields);
    else this.deps.logger.info(message, fields);
  }

  /** A client went away (window closed, socket dropped): its session ends with it. */
  disconnect(clientId: string): void {
    this.deps.sessions.end(clientId);
  }

  /** Locks idle sessions and tells their windows; transports call this on a timer. */
  lockIdleSessions(): void {
    const idleLockMs = this.deps.idleLockMs();
    for (const clientId of this.deps.sessions.lockIdle(this.deps.clock.now(), idleLockMs)) {
      const session = this.deps.sessions.get(clientId);
      if (session) {
        this.deps.events.emitTo(clientId, 'session.changed', {
          session: toSessionInfo(session, idleLockMs),
          reason: 'idle',
        });
      }
    }
  }

  private async dispatch(caller: Caller, name: string, rawEnvelope: unknown): Promise<unknown> {
    if (!caller.trusted) throw new AppError('BAD_SENDER', 'This caller is not allowed to use the app.');
    if (!Object.hasOwn(this.contract, name)) throw new AppError('UNKNOWN_PROCEDURE', `Unknown procedure ${name}.`);
    const def = this.contract[name] as ProcedureDef;
    const envelope = parseOrThrow(envelopeSchema, rawEnvelope, 'Malformed call.');
    const input = parseOrThrow(def.input, envelope.input, 'Some fields are not valid.');

    this.lockIdleSessions();
    const now = this.deps.clock.now();
    const session = this.authorize(def, name, caller.clientId);
    const approval = this.takeApproval(def, name, session, caller.clientId, envelope.approvalToken, now);
    if (session && def.kind === 'mutation') session.lastActivityAt = now;

    let audited = false;
    const ctx: HandlerContext = {
      clientId: caller.clientId,
      now,
      session,
      approval,
      audit: (summary, details, actor) => {
        const entry = ctx.prepareAudit(summary, details);
        this.deps.audit.append(actor ?? entry.actor, entry.record, entry.at);
      },
      prepareAudit: (summary, details) => {
        audited = true;
        const withApproval = approval ? { ...details, approvedBy: approval.approverName } : details;
        return this.deps.audit.prepare(
          { operatorId: session?.operatorId ?? null, operatorName: session?.username ?? null },
          { procedure: name, summary, ...(withApproval ? { details: withApproval } : {}) },
          now,
        );
      },
    };
    const handler = this.handlers[name] as (input: unknown, ctx: HandlerContext) => unknown;
    const output = await handler(input, ctx);
    const parsed = def.output.safeParse(output);
    if (!parsed.success) {
      this.deps.logger.error('handler returned data outside its contract', { module: moduleOf(name), procedure: name, issues: parsed.error.issues });
      throw new AppError('INTERNAL', 'The app produced an unexpected answer; the problem was logged.');
    }
    if (def.kind === 'mutation' && !audited) {
      this.deps.transaction(() => ctx.audit(name));
    }
    return parsed.data;
  }

  private authorize(def: ProcedureDef, name: string, clientId: string): ActiveSession | null {
    const session = this.deps.sessions.get(clientId);
    if (def.permission === 'public') return session;
    if (!session) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
    if (def.permission === 'session') return session;
    if (session.locked) throw new AppError('LOCKED', 'The screen is locked. Enter your password to continue.');
    if (!def.permission.includes(session.role)) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this action.', { role: session.role });
    }
    if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(name)) {
      throw new AppError('FORBIDDEN', 'Change your password first.', { reason: 'password-change-required' });
    }
    return session;
  }

  private takeApproval(
    def: ProcedureDef,
    name: string,
    session: ActiveSession | null,
    clientId: string,
    token: string | undefined,
    now: number,
  ): Approval | null {
    const approvers: readonly Role[] | undefined = def.approvalBy;
    if (!approvers || !session || approvers.includes(session.role)) return null;
    const approval = token ? this.deps.approvals.consume(token, clientId, name, now) : null;
    if (!approval || !approvers.includes(approval.approverRole)) {
      throw new AppError('APPROVAL_REQUIRED', 'This action needs approval.', { approvalBy: approvers, procedure: name });
    }
    return approval;
  }

  private toErrorShape(name: string, error: unknown): AppErrorShape {
    if (error instanceof AppError) return error.toShape();
    this.deps.logger.error('procedure failed', {
      module: moduleOf(name),
      procedure: name,
      error: error instanceof Error ? error.message : String(error),
    });
    return { code: 'INTERNAL', message: 'Something went wrong inside the app; the problem was logged.' };
  }
}

/** A procedure's domain (`routers.create` -> `routers`): the log's `module`. */
function moduleOf(name: string): string {
  return name.split('.')[0] ?? name;
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, message: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    throw new AppError('VALIDATION', message, { issues });
  }
  return parsed.data;
}
