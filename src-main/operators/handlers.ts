import type { Contract } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/result';
import { manageableRoles, type Role } from '../../src-shared/domain/roles';
import type { Handlers, HandlerContext } from '../core/handler-types';
import type { Services } from '../core/services';
import { assertPasswordPolicy, hashPassword } from '../auth/passwords';
import type { OperatorRow } from './service';

type OperatorProcedures = 'operators.list' | 'operators.create' | 'operators.update' | 'operators.resetPassword';

export function operatorHandlers(services: Services): Pick<Handlers<Contract>, OperatorProcedures> {
  const { operators, auth, transaction } = services;
  return {
    'operators.list': () => operators.list(),

    'operators.create': async (input, ctx) => {
      assertMayManage(ctx, input.role);
      assertPasswordPolicy(input.password, input.username);
      const passwordHash = await hashPassword(input.password);
      return transaction(() => {
        const created = operators.create({ ...input, passwordHash, mustChangePassword: false }, ctx.now);
        ctx.audit(`created ${created.role} ${created.username}`, { operatorId: created.id });
        return created;
      });
    },

    'operators.update': (input, ctx) => {
      const target = operators.requireById(input.id);
      assertMayManage(ctx, target.role);
      if (input.role) assertMayManage(ctx, input.role);
      assertKeepsAnOwner(services, target, input.role, input.active);
      assertNotSelfLockout(ctx, target, input.role, input.active);
      const { id, ...change } = input;
      const updated = transaction(() => {
        const result = operators.update(id, change, ctx.now);
        ctx.audit(`updated operator ${target.username}`, { operatorId: id, change });
        return result;
      });
      if ((input.active === false && target.active) || (input.role && input.role !== target.role)) {
        auth.endSessionsOf(id, 'account-changed');
      }
      return updated;
    },

    'operators.resetPassword': async (input, ctx) => {
      const target = operators.requireById(input.id);
      assertPasswordPolicy(input.newPassword, target.username);
      const passwordHash = await hashPassword(input.newPassword);
      transaction(() => {
        // A reset password was typed by someone else: its owner must choose a new one at next sign-in.
        operators.setPassword(target.id, passwordHash, target.id !== ctx.session?.operatorId, ctx.now);
        ctx.audit(`reset the password of ${target.username}`, { operatorId: target.id });
      });
      if (target.id !== ctx.session?.operatorId) auth.endSessionsOf(target.id, 'password-reset');
      return { done: true };
    },
  };
}

function assertMayManage(ctx: HandlerContext, role: Role): void {
  const actor = ctx.session?.role;
  if (!actor || !manageableRoles(actor).includes(role)) {
    throw new AppError('FORBIDDEN', `Your role cannot manage ${role} accounts.`);
  }
}

function assertKeepsAnOwner(services: Services, target: OperatorRow, role?: Role, active?: boolean): void {
  const losesOwner = target.role === 'owner' && target.active && ((role && role !== 'owner') || active === false);
  if (losesOwner && services.operators.activeOwnerCount() <= 1) {
    throw new AppError('CONFLICT', 'The office must keep at least one active owner.');
  }
}

function assertNotSelfLockout(ctx: HandlerContext, target: OperatorRow, role?: Role, active?: boolean): void {
  if (target.id !== ctx.session?.operatorId) return;
  if (active === false || (role && role !== target.role)) {
    throw new AppError('CONFLICT', 'You cannot disable your own account or change your own role.');
  }
}
