import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type SyncProcedure = Extract<keyof Contract, `sync.${string}`>;

/** Handlers of src-shared/ipc/contracts/sync.ts. */
export function syncHandlers(services: Services): Pick<Handlers<Contract>, SyncProcedure> {
  return {
    'sync.status': () => services.sync.status(),
  };
}
