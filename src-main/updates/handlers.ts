import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type UpdateProcedureName = 'updates.status' | 'updates.check' | 'updates.settings.update';

export function updateHandlers(services: Services): Pick<Handlers<Contract>, UpdateProcedureName> {
  const { updates } = services;
  return {
    'updates.status': () => updates.status(),
    'updates.check': async (_input, ctx) => {
      const status = await updates.check();
      ctx.audit('checked for updates', { state: status.state, availableVersion: status.availableVersion });
      return status;
    },
    'updates.settings.update': (input, ctx) => {
      const status = updates.update(input, ctx.now);
      ctx.audit('changed the update check settings', { enabled: input.enabled, feedUrl: input.feedUrl });
      return status;
    },
  };
}
