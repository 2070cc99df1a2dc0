import type { Contract } from '../../../src-shared/ipc/contract';
import type { Handlers } from '../../core/handler-types';
import type { Services } from '../../core/services';
import { toInfo } from './store';

type JobProcedureName = 'jobs.list' | 'jobs.retry' | 'jobs.cancel';

export function jobHandlers(services: Services): Pick<Handlers<Contract>, JobProcedureName> {
  const { routerRuntime, transaction } = services;
  const store = routerRuntime.jobs;
  return {
    'jobs.list': (input) => store.list(input),

    'jobs.retry': (input, ctx) => {
      const job = transaction(() => {
        const retried = store.retry(input.id, ctx.now);
        ctx.audit(`retried router job ${retried.kind} #${retried.seq}`, { jobId: retried.id, routerId: retried.routerId, lastError: retried.lastError });
        return retried;
      });
      routerRuntime.worker.wake(job.routerId);
      return toInfo(job);
    },

    'jobs.cancel': (input, ctx) => {
      const job = transaction(() => {
        const cancelled = store.cancel(input.id, ctx.now);
        ctx.audit(`cancelled router job ${cancelled.kind} #${cancelled.seq}`, { jobId: cancelled.id, routerId: cancelled.routerId });
        return cancelled;
      });
      // A cancelled failed job no longer holds back later jobs of its item.
      routerRuntime.worker.wake(job.routerId);
      return toInfo(job);
    },
  };
}
