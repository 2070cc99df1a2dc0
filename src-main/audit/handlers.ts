import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

export function auditHandlers(services: Services): Pick<Handlers<Contract>, 'audit.list' | 'audit.verify'> {
  return {
    'audit.list': (input) => services.audit.list(input),
    'audit.verify': () => services.audit.verify(),
  };
}
