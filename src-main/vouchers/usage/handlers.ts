import type { Contract } from '../../../src-shared/ipc/contract';
import { AppError } from '../../../src-shared/ipc/result';
import type { Handlers } from '../../core/handler-types';
import type { Services } from '../../core/services';
import { routerMessage } from '../../routers/handlers';
import { refreshUsage, type UsageSummary } from './service';

/** Audit line of a refresh: counts, plus the (capped) codes that changed state. */
export function usageAuditSummary(routerName: string, s: UsageSummary): string {
  return `read voucher usage on ${routerName}: ${s.firstLogins} first logins, ${s.expired} expired by the router, ${s.endedByApp} ended by the app`;
}

/** `vouchers.usage.refresh`: see src-shared/ipc/contracts/voucher-usage.ts and docs/decisions/0009. */
export function voucherUsageHandlers(services: Services): Pick<Handlers<Contract>, 'vouchers.usage.refresh'> {
  const { routers, routerRuntime, db, transaction } = services;
  return {
    'vouchers.usage.refresh': async (input, ctx) => {
      const row = routers.require(input.routerId);
      try {
        return await routerRuntime.connections.use(row, (runner) =>
          refreshUsage({ db, transaction }, runner, row.id, ctx.now, (summary) => ctx.audit(usageAuditSummary(row.name, summary), { ...summary })),
        );
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('CONFLICT', `The router could not be read: ${routerMessage(error)}`, { router: routerMessage(error) });
      }
    },
  };
}
