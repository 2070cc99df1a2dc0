import type { Contract } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/result';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type AuthProcedures =
  | 'auth.login'
  | 'auth.logout'
  | 'auth.session'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.activity'
  | 'auth.changePassword'
  | 'auth.requestApproval';

export function authHandlers(services: Services): Pick<Handlers<Contract>, AuthProcedures> {
  const { auth } = services;
  return {
    'auth.login': async (input, ctx) => {
      const session = await auth.login(input.username, input.password, ctx);
      services.preferences.setLastOperator(session.username);
      return session;
    },
    'auth.logout': (_input, ctx) => {
      auth.logout(ctx);
      return { done: true };
    },
    'auth.session': (_input, ctx) => (ctx.session ? auth.info(ctx.session) : null),
    'auth.lock': (_input, ctx) => auth.lock(ctx),
    'auth.unlock': (input, ctx) => auth.unlock(input.password, ctx),
    'auth.activity': (_input, ctx) => auth.activity(ctx),
    'auth.changePassword': async (input, ctx) => {
      await auth.changePassword(input.currentPassword, input.newPassword, ctx);
      return { done: true };
    },
    'auth.requestApproval': (input, ctx) => {
      if (input.procedure === 'auth.requestApproval') throw new AppError('VALIDATION', 'Nothing to approve.');
      return auth.requestApproval(input.username, input.password, input.procedure, ctx);
    },
  };
}
