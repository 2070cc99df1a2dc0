import { z } from 'zod';
import { currencySchema, idSchema } from './common';
import { dayNumber, isIsoDate } from '../../domain/civil-date';

/**
 * Reports (issue 6): sales by period / cashier / plan / office / method from the till ledger's daily
 * summary, voucher stock, receivables aging (derived from the billing ledger) and subscriber churn.
 * Dates are office-calendar days (YYYY-MM-DD), both ends included. See docs/decisions/0014-reports.md.
 */

/** Longest range a report takes: about ten years of days keeps a by-day answer small. */
export const MAX_REPORT_DAYS = 3700;

export const reportDateSchema = z.string().refine(isIsoDate, 'a YYYY-MM-DD date');

export const SALES_GROUPINGS = ['day', 'week', 'month', 'cashier', 'plan', 'office', 'method'] as const;
export const salesGroupingSchema = z.enum(SALES_GROUPINGS);
export type SalesGrouping = z.infer<typeof salesGroupingSchema>;

interface Range {
  from: string;
  to: string;
}

/** `from` ≤ `to` and at most MAX_REPORT_DAYS days: a typed VALIDATION error otherwise. */
function checkRange(range: Range, ctx: z.RefinementCtx): void {
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) return;
  const days = dayNumber(range.to) - dayNumber(range.from) + 1;
  if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'the end date is before the start date' });
  else if (days > MAX_REPORT_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `a report covers at most ${MAX_REPORT_DAYS} days` });
}

const rangeShape = { from: reportDateSchema, to: reportDateSchema };

export const salesReportInput = z
  .object({ ...rangeShape, groupBy: salesGroupingSchema, operatorId: idSchema.optional() })
  .strict()
  .superRefine(checkRange);
export type SalesReportInput = z.infer<typeof salesReportInput>;

/**
 * One group. Item groupings (period, cashier, plan, office): `count` sales + payments, `voidCount` voids,
 * gross = sales + payments, voids ≤ 0, net = gross + voids; vouchers and payments net of their voids.
 * By method the money side: gross = tendered, voids = refunded (≤ 0), the voucher/payment split is null.
 */
export const salesRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    count: z.number().int(),
    voidCount: z.number().int(),
    grossMinor: z.number().int(),
    voidsMinor: z.number().int(),
    netMinor: z.number().int(),
    voucherSalesMinor: z.number().int().nullable(),
    paymentsMinor: z.number().int().nullable(),
  })
  .strict();
export type SalesRow = z.infer<typeof salesRowSchema>;
export const salesTotalsSchema = salesRowSchema.omit({ key: true, label: true });
export type SalesTotals = z.infer<typeof salesTotalsSchema>;

export const salesReportOutput = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy: salesGroupingSchema,
    /** Set when the report is one cashier's sales (always so for a cashier). */
    operatorId: idSchema.nullable(),
    timeZone: z.string(),
    currency: currencySchema,
    rows: z.array(salesRowSchema),
    totals: salesTotalsSchema,
  })
  .strict();
export type SalesReport = z.infer<typeof salesReportOutput>;

// ---- voucher stock --------------------------------------------------------------------------------

export const stockRowSchema = z
  .object({
    planId: z.string(),
    planName: z.string(),
    /** Printed and not sold yet (a subset of unsold). */
    printed: z.number().int(),
    /** generated + on the router + printed. */
    unsold: z.number().int(),
    sold: z.number().int(),
    used: z.number().int(),
    /** Expired or removed from the router at expiry. */
    expired: z.number().int(),
    total: z.number().int(),
  })
  .strict();
export type StockRow = z.infer<typeof stockRowSchema>;
export const stockReportOutput = z.object({ rows: z.array(stockRowSchema), totals: stockRowSchema.omit({ planId: true, planName: true }) }).strict();
export type StockReport = z.infer<typeof stockReportOutput>;

// ---- receivables aging ----------------------------------------------------------------------------

export const agingReportInput = z.object({ asOf: reportDateSchema.optional() }).strict();
export const agingAmountsSchema = z
  .object({
    days0to30: z.number().int(),
    days31to60: z.number().int(),
    days61to90: z.number().int(),
    days90plus: z.number().int(),
    /** Σ open amounts (the four buckets). */
    openMinor: z.number().int(),
    /** Credit no invoice has used yet. */
    creditMinor: z.number().int(),
  })
  .strict();
export const agingRowSchema = agingAmountsSchema.extend({ customerId: idSchema, accountNumber: z.string(), name: z.string() }).strict();
export type AgingRow = z.infer<typeof agingRowSchema>;
export const agingReportOutput = z.object({ asOf: z.string(), currency: currencySchema, rows: z.array(agingRowSchema), totals: agingAmountsSchema }).strict();
export type AgingReport = z.infer<typeof agingReportOutput>;

// ---- churn ----------------------------------------------------------------------------------------

export const churnReportInput = z.object(rangeShape).strict().superRefine(checkRange);
export const churnRowSchema = z
  .object({ month: z.string(), newCount: z.number().int(), cancelledCount: z.number().int(), suspendedCount: z.number().int(), netChange: z.number().int() })
  .strict();
export type ChurnRow = z.infer<typeof churnRowSchema>;
export const churnReportOutput = z
  .object({ from: z.string(), to: z.string(), rows: z.array(churnRowSchema), totals: churnRowSchema.omit({ month: true }) })
  .strict();
export type ChurnReport = z.infer<typeof churnReportOutput>;

// ---- dashboard revenue chart ----------------------------------------------------------------------

export const revenueChartInput = z.object({ days: z.number().int().min(1).max(366).default(30), stackBy: z.enum(['method', 'plan']).default('method') }).strict();
export const revenueChartOutput = z
  .object({
    dates: z.array(z.string()),
    series: z.array(z.object({ key: z.string(), label: z.string(), data: z.array(z.number().int()) }).strict()),
    currency: currencySchema,
  })
  .strict();
export type RevenueChart = z.infer<typeof revenueChartOutput>;

// ---- exports --------------------------------------------------------------------------------------

export const csvExportInput = z.discriminatedUnion('report', [
  z.object({ report: z.literal('sales'), ...rangeShape, groupBy: salesGroupingSchema, operatorId: idSchema.optional() }).strict().superRefine(checkRange),
  z.object({ report: z.literal('stock') }).strict(),
  z.object({ report: z.literal('aging'), asOf: reportDateSchema.optional() }).strict(),
  z.object({ report: z.literal('churn'), ...rangeShape }).strict().superRefine(checkRange),
]);
export type CsvExportInput = z.infer<typeof csvExportInput>;
export const csvExportOutput = z.object({ filename: z.string(), content: z.string() }).strict();

export const dailySummaryInput = z.object({ date: reportDateSchema }).strict();
export const dailySummaryOutput = z.object({ filename: z.string(), pdfBase64: z.string() }).strict();
