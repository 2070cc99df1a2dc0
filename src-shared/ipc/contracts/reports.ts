import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  agingReportInput,
  agingReportOutput,
  churnReportInput,
  churnReportOutput,
  csvExportInput,
  csvExportOutput,
  dailySummaryInput,
  dailySummaryOutput,
  revenueChartInput,
  revenueChartOutput,
  salesReportInput,
  salesReportOutput,
  stockReportOutput,
} from '../schemas/reports';

/** Sales, stock, the daily summary and the revenue chart: a cashier gets their own sales only. */
export const REPORT_DESK = ['owner', 'manager', 'cashier'] as const;
/** Receivables and churn are the office's business, not the desk's. */
export const REPORT_MANAGERS = ['owner', 'manager'] as const;

/** Reports (issue 6). All read-only. See docs/decisions/0014-reports.md. */
export const reportProcedures = {
  'reports.sales': procedure({ input: salesReportInput, output: salesReportOutput, permission: REPORT_DESK, kind: 'query' }),
  'reports.voucherStock': procedure({ input: noInput, output: stockReportOutput, permission: REPORT_DESK, kind: 'query' }),
  'reports.aging': procedure({ input: agingReportInput, output: agingReportOutput, permission: REPORT_MANAGERS, kind: 'query' }),
  'reports.churn': procedure({ input: churnReportInput, output: churnReportOutput, permission: REPORT_MANAGERS, kind: 'query' }),
  'reports.revenueChart': procedure({ input: revenueChartInput, output: revenueChartOutput, permission: REPORT_DESK, kind: 'query' }),
  // Aging and churn CSVs are refused to a cashier in the handler (FORBIDDEN), like their reports.
  'reports.csv': procedure({ input: csvExportInput, output: csvExportOutput, permission: REPORT_DESK, kind: 'query' }),
  'reports.dailySummaryPdf': procedure({ input: dailySummaryInput, output: dailySummaryOutput, permission: REPORT_DESK, kind: 'query' }),
} satisfies ContractShape;
