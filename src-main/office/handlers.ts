import fs from 'node:fs';
import type { Contract } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/result';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { assertPasswordPolicy, hashPassword } from '../auth/passwords';

type OfficeProcedures = 'app.status' | 'setup.createOffice' | 'settings.get' | 'settings.update' | 'dashboard.summary';

export function officeHandlers(services: Services): Pick<Handlers<Contract>, OfficeProcedures> {
  const { office, operators, auth, audit, transaction } = services;
  return {
    'app.status': (_input, ctx) => {
      const current = office.get();
      return {
        version: services.appVersion,
        setupComplete: current !== null,
        office: current,
        session: ctx.session ? auth.info(ctx.session) : null,
        lastUsername: services.preferences.lastOperator(),
      };
    },

    'setup.createOffice': async (input, ctx) => {
      if (office.get()) throw new AppError('CONFLICT', 'This installation already has an office.');
      assertPasswordPolicy(input.owner.password, input.owner.username);
      const passwordHash = await hashPassword(input.owner.password);
      const owner = transaction(() => {
        const created = office.create(input.office, ctx.now);
        const account = operators.create(
          { ...input.owner, role: 'owner', passwordHash, mustChangePassword: false },
          ctx.now,
        );
        const row = operators.requireById(account.id);
        ctx.audit(`created office ${created.name} (${created.code}) and owner ${account.username}`, undefined, {
          operatorId: account.id,
          operatorName: account.username,
        });
        return row;
      });
      return auth.startSession(ctx.clientId, owner, ctx.now);
    },

    'settings.get': () => office.settings(),

    'settings.update': (input, ctx) =>
      transaction(() => {
        const updated = office.update(input, ctx.now);
        ctx.audit('changed settings', { change: input });
        return updated;
      }),

    'dashboard.summary': (_input, ctx) => {
      const session = ctx.session;
      if (!session) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
      const me = operators.requireById(session.operatorId);
      return {
        office: office.require(),
        operatorName: session.displayName,
        role: session.role,
        dbSizeBytes: databaseSize(services.dbFile),
        operatorCount: operators.count(),
        auditEntryCount: audit.count(),
        lastLoginAt: me.lastLoginAt,
        serverTime: ctx.now,
      };
    },
  };
}

/** The db file plus its WAL: what the office actually stores on disk. */
function databaseSize(dbFile: string): number {
  const size = (file: string): number => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0;
    }
  };
  return size(dbFile) + size(`${dbFile}-wal`);
}
