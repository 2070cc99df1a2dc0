import { z } from 'zod';
import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  collectPaymentInput,
  collectPaymentOutput,
  customerFindInput,
  customerMatchSchema,
  historyReceiptSchema,
  receiptHistoryInput,
  scanInput,
  scannedVoucherSchema,
  tillPlanSchema,
  receiptGetInput,
  receiptListInput,
  receiptPdfOutput,
  receiptPrintInput,
  tillPrintOutput,
  zReportPrintInput,
  receiptReprintOutput,
  receiptSummarySchema,
  sellVouchersInput,
  sellVouchersOutput,
  shiftCloseInput,
  shiftListInput,
  shiftOpenInput,
  shiftSchema,
  voidInput,
  voidOutput,
  zReportInput,
  zReportOutput,
} from '../schemas/till';

/** The desk: cashiers, managers and owners sell, collect and keep shifts. */
export const TILL_DESK = ['owner', 'manager', 'cashier'] as const;
/** Who may approve (or do without approval) a void on the spot. */
export const TILL_APPROVERS = ['owner', 'manager'] as const;

/**
 * The till (issue 6, first increment): shifts with floats and counted amounts, voucher sales, customer
 * payments through the billing ledger, voids with a manager's approval, receipts and Z-reports.
 * Order matters to the integration tests that walk all procedures: a shift is closed and reopened last.
 * See docs/decisions/0012-till.md.
 */
export const tillProcedures = {
  'till.shifts.current': procedure({ input: noInput, output: shiftSchema.nullable(), permission: TILL_DESK, kind: 'query' }),
  'till.shifts.list': procedure({ input: shiftListInput, output: z.array(shiftSchema), permission: TILL_DESK, kind: 'query' }),
  'till.sellVouchers': procedure({ input: sellVouchersInput, output: sellVouchersOutput, permission: TILL_DESK, kind: 'mutation' }),
  'till.collectPayment': procedure({ input: collectPaymentInput, output: collectPaymentOutput, permission: TILL_DESK, kind: 'mutation' }),
  // A cashier voids only with a manager's or owner's password typed on their screen.
  'till.void': procedure({ input: voidInput, output: voidOutput, permission: TILL_DESK, kind: 'mutation', approvalBy: TILL_APPROVERS }),
  'till.receipts.list': procedure({ input: receiptListInput, output: z.array(receiptSummarySchema), permission: TILL_DESK, kind: 'query' }),
  'till.receipts.get': procedure({ input: receiptGetInput, output: receiptPdfOutput, permission: TILL_DESK, kind: 'query' }),
  'till.receipts.reprint': procedure({ input: receiptGetInput, output: receiptReprintOutput, permission: TILL_DESK, kind: 'mutation' }),
  'till.zReport': procedure({ input: zReportInput, output: zReportOutput, permission: TILL_DESK, kind: 'query' }),
  // To this workstation's receipt printer: the PDF through the spooler, or ESC/POS to a device or CUPS raw queue.
  'till.receipts.print': procedure({ input: receiptPrintInput, output: tillPrintOutput, permission: TILL_DESK, kind: 'mutation' }),
  'till.zReport.print': procedure({ input: zReportPrintInput, output: tillPrintOutput, permission: TILL_DESK, kind: 'mutation' }),
  // What the till screen reads: plan buttons with stock, a scanned card, customers to pay, the shift's receipts.
  'till.plans.list': procedure({ input: noInput, output: z.array(tillPlanSchema), permission: TILL_DESK, kind: 'query' }),
  'till.scan': procedure({ input: scanInput, output: scannedVoucherSchema, permission: TILL_DESK, kind: 'query' }),
  'till.customers.find': procedure({ input: customerFindInput, output: z.array(customerMatchSchema), permission: TILL_DESK, kind: 'query' }),
  'till.receipts.history': procedure({ input: receiptHistoryInput, output: z.array(historyReceiptSchema), permission: TILL_DESK, kind: 'query' }),
  'till.shifts.close': procedure({ input: shiftCloseInput, output: shiftSchema, permission: TILL_DESK, kind: 'mutation' }),
  'till.shifts.open': procedure({ input: shiftOpenInput, output: shiftSchema, permission: TILL_DESK, kind: 'mutation' }),
} satisfies ContractShape;
