import type { Contract } from '../../../src-shared/ipc/contract';
import { AppError } from '../../../src-shared/ipc/result';
import type { Handlers } from '../../core/handler-types';
import type { Services } from '../../core/services';

type RunProcedure = Extract<keyof Contract, `billing.runs.${string}`>;

/** billing.runs.*: the run history and a manager's "run now" (as of today, audited as theirs). */
export function billingRunHandlers(services: Services): Pick<Handlers<Contract>, RunProcedure> {
  const { billingRuns } = services;
  return {
    'billing.runs.list': (input) => billingRuns.list(input.limit),
    'billing.runs.runNow': async (_input, ctx) => {
      const run = await billingRuns.runNow(ctx.now, ctx.session?.operatorId ?? null, (summary, details) => ctx.audit(summary, details));
      if (!run) throw new AppError('CONFLICT', 'The app is closing: the billing run will finish at the next start.');
      return run;
    },
  };
}
