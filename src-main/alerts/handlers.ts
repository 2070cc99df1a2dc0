import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type AlertProcedure = Extract<keyof Contract, `alerts.${string}`>;

/** Handlers of the alerts procedures in src-shared/ipc/contracts/health.ts. */
export function alertHandlers(services: Services): Pick<Handlers<Contract>, AlertProcedure> {
  const { alerts } = services;
  return {
    'alerts.list': () => alerts.list(),
    'alerts.acknowledge': (input, ctx) => alerts.acknowledge(input.all ? 'all' : { id: input.id ?? '' }, ctx.now),
  };
}
