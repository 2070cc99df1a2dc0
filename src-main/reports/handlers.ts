import type { Contract } from '../../src-shared/ipc/contract';
import type { HandlerContext, Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { AppError } from '../../src-shared/ipc/result';

type ReportProcedure = Extract<keyof Contract, `reports.${string}`>;

/**
 * Whose sales a caller sees: owners and managers everything (or one cashier they pick); a cashier only
 * their own, and asking for someone else's is FORBIDDEN rather than silently narrowed.
 */
export function salesScope(ctx: HandlerContext, requested: string | undefined): string | null {
  const session = ctx.session;
  if (!session) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  if (session.role !== 'cashier') return requested ?? null;
  if (requested !== undefined && requested !== session.operatorId) throw new AppError('FORBIDDEN', 'A cashier sees only their own sales.');
  return session.operatorId;
}

function requireManager(ctx: HandlerContext): void {
  const role = ctx.session?.role;
  if (role !== 'owner' && role !== 'manager') throw new AppError('FORBIDDEN', 'Only owners and managers see this report.');
}

/** Handlers of src-shared/ipc/contracts/reports.ts. */
export function reportHandlers(services: Services): Pick<Handlers<Contract>, ReportProcedure> {
  const { reports } = services;
  return {
    'reports.sales': (input, ctx) => reports.sales({ ...input, operatorId: salesScope(ctx, input.operatorId) }, ctx.now),
    'reports.voucherStock': () => reports.stock(),
    'reports.aging': (input, ctx) => reports.aging(input.asOf, ctx.now),
    'reports.churn': (input) => reports.churn(input),
    'reports.revenueChart': (input, ctx) => reports.revenueChart(input, salesScope(ctx, undefined), ctx.now),
    'reports.csv': (input, ctx) => {
      if (input.report === 'aging' || input.report === 'churn') requireManager(ctx);
      const operatorId = input.report === 'sales' ? salesScope(ctx, input.operatorId) : null;
      return reports.csv(input, operatorId, ctx.now);
    },
    'reports.dailySummaryPdf': async (input, ctx) => {
      const { filename, pdf } = await reports.dailySummaryPdf(input.date, salesScope(ctx, undefined), ctx.now);
      return { filename, pdfBase64: Buffer.from(pdf).toString('base64') };
    },
  };
}
