import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type LogProcedure = Extract<keyof Contract, `logs.${string}`>;

/** Handlers of src-shared/ipc/contracts/logs.ts. */
export function logHandlers(services: Services): Pick<Handlers<Contract>, LogProcedure> {
  const { logs, transaction } = services;
  return {
    'logs.query': (input) => logs.query(input),
    'logs.settings.get': () => logs.settings.get(),
    'logs.settings.save': (input, ctx) => {
      const saved = transaction(() => {
        const next = logs.save(input, ctx.now);
        ctx.audit(`set the log level to ${next.level}`, { level: next.level });
        return next;
      });
      // Only once the setting is committed does the running logger change.
      logs.applyLevel(saved.level);
      return saved;
    },
  };
}
