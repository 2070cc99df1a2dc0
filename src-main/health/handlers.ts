import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type HealthProcedure = Extract<keyof Contract, `health.${string}`>;

/** Handlers of the health and metrics procedures in src-shared/ipc/contracts/health.ts. */
export function healthHandlers(services: Services): Pick<Handlers<Contract>, HealthProcedure> {
  const { health, metrics, clock, transaction } = services;
  return {
    'health.get': (_input, ctx) => health.get(ctx.now),
    'health.checkDb': (_input, ctx) => {
      const check = health.checkDb(() => clock.now());
      transaction(() => ctx.audit(`checked the database (${check.ok ? 'ok' : 'problems found'})`, { ok: check.ok, durationMs: check.durationMs }));
      return check;
    },
    'health.metrics.get': () => metrics.status(),
    'health.metrics.update': (input, ctx) =>
      metrics.update(input, ctx.now, () =>
        ctx.audit(input.enabled ? `turned the metrics endpoint on (port ${input.port})` : 'turned the metrics endpoint off', { ...input }),
      ),
  };
}
