import type { Contract } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/result';
import type { RouterInfo } from '../../src-shared/ipc/schemas/routers';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { RouterError, RouterTrapError } from './client';
import { kickSession, readSessions, sessionUser } from './live/sessions';
import type { RouterRow } from './registry/service';
import { testConnection } from './test-connection';

type RouterProcedureName =
  | 'routers.list'
  | 'routers.create'
  | 'routers.update'
  | 'routers.remove'
  | 'routers.testConnection'
  | 'routers.health'
  | 'routers.sessions'
  | 'routers.kick'
  | 'routers.reconcile';

export function routerHandlers(services: Services): Pick<Handlers<Contract>, RouterProcedureName> {
  const { routers, routerRuntime, transaction } = services;
  const info = (row: RouterRow): RouterInfo => toRouterInfo(row, routerRuntime.connections.status(row.id));

  return {
    'routers.list': () => routers.listLive().map(info),

    'routers.create': (input, ctx) => {
      const officeCode = services.office.require().code;
      const row = transaction(() => {
        const created = routers.create({ ...input, officeCode }, ctx.now);
        ctx.audit(`added router ${created.name}`, { routerId: created.id, host: created.host, port: created.port, transport: created.transport });
        return created;
      });
      routerRuntime.routerChanged(row.id);
      return info(row);
    },

    'routers.update': (input, ctx) => {
      const { id, password, ...change } = input;
      const row = transaction(() => {
        const updated = routers.update(id, { ...change, ...(password !== undefined ? { password } : {}) }, ctx.now);
        // The password itself never goes to the audit log, only the fact that it changed.
        ctx.audit(`updated router ${updated.name}`, { routerId: id, change, passwordChanged: password !== undefined });
        return updated;
      });
      routerRuntime.routerChanged(id);
      return info(row);
    },

    'routers.remove': (input, ctx) => {
      transaction(() => {
        const removed = routers.softDelete(input.id, ctx.now);
        ctx.audit(`removed router ${removed.name}`, { routerId: input.id });
      });
      routerRuntime.routerChanged(input.id);
      return { done: true };
    },

    'routers.testConnection': (input) => testConnection(routerRuntime.connections, routers.require(input.id)),

    'routers.health': (input) => routerRuntime.health.list(input.routerId),

    'routers.sessions': async (input) => {
      const row = routers.require(input.routerId);
      return routerCall(() => routerRuntime.connections.use(row, readSessions));
    },

    'routers.kick': async (input, ctx) => {
      const row = routers.require(input.routerId);
      const outcome = await routerRuntime.connections
        .use(row, async (runner) => {
          const user = await sessionUser(runner, input.kind, input.id);
          if (user === null) return { ok: false as const, user: null, answer: 'no such session' };
          await kickSession(runner, input.kind, input.id);
          return { ok: true as const, user, answer: 'done' };
        })
        .catch((error: unknown) => ({ ok: false as const, user: null, answer: routerMessage(error), error }));
      const details = { routerId: row.id, kind: input.kind, sessionId: input.id, user: outcome.user, answer: outcome.answer };
      if (!outcome.ok) {
        // A refused kick is worth recording too: who tried, on which session, what the router said.
        transaction(() => ctx.audit(`kick refused on ${row.name}: ${outcome.answer}`, details));
        throw new AppError('CONFLICT', `The router did not end the session: ${outcome.answer}`, details);
      }
      transaction(() => ctx.audit(`kicked ${input.kind} user ${outcome.user} on ${row.name}`, details));
      return { done: true, user: outcome.user };
    },

    'routers.reconcile': async (input, ctx) => {
      const row = routers.require(input.routerId);
      // Reads come first; a read failure means nothing was sent, so it is an error, not a report.
      const progress = (done: number, total: number): void =>
        services.events.emitTo(ctx.clientId, 'routers.pushProgress', { routerId: row.id, done, total });
      const report = await routerCall(() => routerRuntime.reconcile(row.id, input.menus, progress));
      const { added, updated, removed, conflicts, errors } = report;
      transaction(() =>
        ctx.audit(`reconciled router ${row.name}: ${added} added, ${updated} updated, ${removed} removed, ${conflicts.length} conflicts, ${errors.length} errors`, {
          routerId: row.id,
          menus: input.menus ?? 'all',
          added,
          updated,
          removed,
          // Bounded: a 10,000-user router must not put 10,000 names into one audit entry.
          conflicts: conflicts.slice(0, 50),
          conflictCount: conflicts.length,
          errors: errors.slice(0, 50),
          errorCount: errors.length,
        }),
      );
      return report;
    },
  };
}

/** The router's own words for a failure (trap message), or the connection error. */
export function routerMessage(error: unknown): string {
  if (error instanceof RouterTrapError || error instanceof RouterError || error instanceof Error) return error.message;
  return String(error);
}

/** Router failures on read-only pages become a CONFLICT quoting the router, not an INTERNAL error. */
async function routerCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new AppError('CONFLICT', `The router could not be read: ${routerMessage(error)}`, { router: routerMessage(error) });
  }
}

function toRouterInfo(row: RouterRow, status: RouterInfo['status']): RouterInfo {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: row.port,
    transport: row.transport,
    tls: { anonymousDh: row.tlsAnonymousDh, verifyCert: row.tlsVerifyCert },
    username: row.username,
    officeCode: row.officeCode,
    hotspotServer: row.hotspotServer,
    loginUrl: row.loginUrl,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    status,
  };
}
