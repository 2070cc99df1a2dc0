import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';
import { isIsoDate } from '../../domain/civil-date';
import { customerSchema } from './customers';

/**
 * The cashier desk (issue 6): shifts, voucher sales, customer payments, voids, receipts and Z-reports.
 * Money is an integer count of minor units of the office currency. See docs/decisions/0012-till.md.
 */

/** Same bound as billing: any office's amounts, and sums of many stay safe integers. */
const LIMIT_MINOR = 1e13;
const minor = z.number().int().min(0).max(LIMIT_MINOR);

export const tillMethodSchema = z.enum(['cash', 'mobile_money', 'bank_transfer']);
export type TillMethodName = z.infer<typeof tillMethodSchema>;
export const TILL_METHOD_NAMES = tillMethodSchema.options;

/** One amount per method; a method left out is 0. */
export const perMethodInput = z
  .object({ cash: minor.default(0), mobile_money: minor.default(0), bank_transfer: minor.default(0) })
  .strict();
export const perMethodSchema = z.object({ cash: z.number().int(), mobile_money: z.number().int(), bank_transfer: z.number().int() }).strict();
export type PerMethod = z.infer<typeof perMethodSchema>;

const reasonSchema = z.string().trim().min(1).max(300);

// ---- shifts ---------------------------------------------------------------------------------------

export const shiftStatusSchema = z.enum(['open', 'closed']);
export const methodClosingSchema = z.object({ expected: z.number().int(), counted: z.number().int(), difference: z.number().int() }).strict();
export const shiftSchema = z
  .object({
    id: idSchema,
    operatorId: idSchema,
    operatorName: z.string(),
    workstationId: z.string(),
    status: shiftStatusSchema,
    openedAt: epochMsSchema,
    openingFloats: perMethodSchema,
    /** Float + every money entry so far, per method: what the drawer / account should hold. */
    expected: perMethodSchema,
    closedAt: epochMsSchema.nullable(),
    closedBy: idSchema.nullable(),
    counted: perMethodSchema.nullable(),
    /** Counted − expected per method (fixed at close). */
    differences: perMethodSchema.nullable(),
    differenceMinor: z.number().int().nullable(),
    differenceReason: z.string().nullable(),
  })
  .strict();
export type Shift = z.infer<typeof shiftSchema>;

export const shiftOpenInput = z.object({ floats: perMethodInput.default({ cash: 0, mobile_money: 0, bank_transfer: 0 }) }).strict();
export const shiftCloseInput = z
  .object({
    shiftId: idSchema,
    counted: perMethodInput,
    /** Required when any method's count differs from what was expected. */
    reason: z.string().trim().max(300).optional(),
  })
  .strict();
export const shiftListInput = z
  .object({
    operatorId: idSchema.optional(),
    status: shiftStatusSchema.optional(),
    from: epochMsSchema.optional(),
    to: epochMsSchema.optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();

// ---- sales and payments ---------------------------------------------------------------------------

const codeSchema = z.string().trim().min(1).max(64);
export const sellItemSchema = z.union([
  z.object({ planId: idSchema, quantity: z.number().int().min(1).max(100) }).strict(),
  z.object({ code: codeSchema }).strict(),
  z.object({ serial: z.number().int().min(1).max(10_000_000), batchId: idSchema.optional() }).strict(),
]);
export type SellItem = z.infer<typeof sellItemSchema>;

export const tenderInput = z
  .object({
    method: tillMethodSchema,
    amountMinor: minor,
    /** Transaction reference: required for mobile money and bank transfers. */
    reference: z.string().trim().min(1).max(80).optional(),
  })
  .strict()
  .refine((tender) => tender.method === 'cash' || tender.reference !== undefined, {
    message: 'mobile money and bank transfers need their reference',
    path: ['reference'],
  });
export type TenderInput = z.infer<typeof tenderInput>;

export const sellVouchersInput = z
  .object({ items: z.array(sellItemSchema).min(1).max(50), payments: z.array(tenderInput).min(1).max(6) })
  .strict();
export const soldVoucherSchema = z
  .object({
    entryId: idSchema,
    saleId: idSchema,
    voucherId: idSchema,
    code: z.string(),
    password: z.string(),
    planName: z.string(),
    priceMinor: z.number().int(),
  })
  .strict();
export const sellVouchersOutput = z
  .object({
    receiptId: idSchema,
    shiftId: idSchema,
    totalMinor: z.number().int(),
    tenderedMinor: z.number().int(),
    changeMinor: z.number().int(),
    vouchers: z.array(soldVoucherSchema),
  })
  .strict();

export const collectPaymentInput = z
  .object({ customerId: idSchema, payments: z.array(tenderInput).min(1).max(6), memo: z.string().trim().max(500).default('') })
  .strict()
  .refine((input) => input.payments.some((p) => p.amountMinor > 0), { message: 'a payment needs an amount', path: ['payments'] });
export const collectPaymentOutput = z
  .object({
    receiptId: idSchema,
    shiftId: idSchema,
    totalMinor: z.number().int(),
    /** Billing ledger payment entries, one per method. */
    ledgerEntryIds: z.array(idSchema),
    entryIds: z.array(idSchema),
    balanceMinor: z.number().int(),
    /** Subscriptions a billing run had suspended for arrears and this payment lifted (router job queued). */
    reactivatedSubscriptionIds: z.array(idSchema),
  })
  .strict();

// ---- voids ----------------------------------------------------------------------------------------

export const voucherDispositionSchema = z.enum(['restock', 'disable']);
export const voidInput = z
  .object({
    entryId: idSchema,
    reason: reasonSchema,
    /** Voucher sales: back to stock for sale again, or disabled on the router. */
    voucherDisposition: voucherDispositionSchema.optional(),
    /** How the money goes back; default: the receipt's only method, else cash. */
    refundMethod: tillMethodSchema.optional(),
  })
  .strict();
export const voidOutput = z
  .object({ receiptId: idSchema, voidEntryId: idSchema, refundEntryId: idSchema, amountMinor: z.number().int(), refundMethod: tillMethodSchema })
  .strict();

// ---- receipts and Z-reports -----------------------------------------------------------------------

export const paperSchema = z.enum(['58mm', '80mm', 'a4']);
export type Paper = z.infer<typeof paperSchema>;
export const receiptGetInput = z.object({ receiptId: idSchema, paper: paperSchema.default('58mm') }).strict();
export const receiptPdfOutput = z
  .object({ receiptId: idSchema, fileName: z.string(), pdfBase64: z.string(), pageWidthPt: z.number(), copy: z.boolean() })
  .strict();
export const receiptReprintOutput = receiptPdfOutput.extend({ file: z.string() }).strict();

export const receiptListInput = z.object({ shiftId: idSchema, limit: z.number().int().min(1).max(1000).default(100) }).strict();
export const receiptSummarySchema = z
  .object({
    id: idSchema,
    kind: z.enum(['sale', 'payment', 'void']),
    totalMinor: z.number().int(),
    createdAt: epochMsSchema,
    operatorId: idSchema.nullable(),
    customerId: idSchema.nullable(),
  })
  .strict();

export const zReportInput = z.union([
  z.object({ shiftId: idSchema, paper: paperSchema.default('a4') }).strict(),
  z.object({ date: z.string().refine(isIsoDate, 'a YYYY-MM-DD date'), paper: paperSchema.default('a4') }).strict(),
]);
export const zTotalsSchema = z
  .object({
    byPlan: z.array(z.object({ planName: z.string(), count: z.number().int(), amountMinor: z.number().int() }).strict()),
    byMethod: perMethodSchema,
    salesMinor: z.number().int(),
    vouchersSold: z.number().int(),
    paymentsMinor: z.number().int(),
    paymentsCount: z.number().int(),
    voidsMinor: z.number().int(),
    voidsCount: z.number().int(),
    /** Σ items (sales + payments + voids) = Σ money by method. */
    netMinor: z.number().int(),
    differenceMinor: z.number().int(),
  })
  .strict();
export type ZTotals = z.infer<typeof zTotalsSchema>;
export const zReportOutput = z
  .object({ title: z.string(), shifts: z.array(shiftSchema), totals: zTotalsSchema, fileName: z.string(), pdfBase64: z.string() })
  .strict();

// ---- printing to this workstation's printer -------------------------------------------------------

/** A CUPS queue name as `lpstat` lists it (lp refuses spaces, '/', '\\', '#', quotes). */
const queueName = z.string().trim().regex(/^[^\s/\\#'"]{1,127}$/, 'a printer queue name');
const copies = z.number().int().min(1).max(9).default(1);

/**
 * Where a till document goes: the PDF to a printer (the system's spooler), or ESC/POS bytes straight to a
 * thermal printer's device file (e.g. /dev/usb/lp0) or to a CUPS raw queue. Chosen once per workstation.
 */
export const tillPrintTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('printer'), printer: queueName.optional(), copies }).strict(),
  z.object({ kind: z.literal('escposDevice'), device: z.string().trim().min(1).max(255), copies }).strict(),
  z.object({ kind: z.literal('escposQueue'), queue: queueName, copies }).strict(),
]);
export type TillPrintTarget = z.output<typeof tillPrintTargetSchema>;

/** ESC/POS prints on rolls only: 58 mm (32 characters a line) or 80 mm (48). */
const rollOnly = (input: { paper: Paper; target: TillPrintTarget }): boolean => input.target.kind === 'printer' || input.paper !== 'a4';
const rollMessage = { message: 'ESC/POS prints on 58 mm or 80 mm rolls, not A4', path: ['paper'] };

export const receiptPrintInput = z
  .object({ receiptId: idSchema, paper: paperSchema.default('80mm'), copy: z.boolean().default(false), target: tillPrintTargetSchema })
  .strict()
  .refine(rollOnly, rollMessage);
export const zReportPrintInput = z
  .union([
    z.object({ shiftId: idSchema, paper: paperSchema.default('a4'), target: tillPrintTargetSchema }).strict(),
    z.object({ date: z.string().refine(isIsoDate, 'a YYYY-MM-DD date'), paper: paperSchema.default('a4'), target: tillPrintTargetSchema }).strict(),
  ])
  .refine(rollOnly, rollMessage);
export const tillPrintOutput = z
  .object({
    fileName: z.string(),
    /** The saved PDF (receipts/), kept so a refused job can be printed by hand; null for ESC/POS. */
    file: z.string().nullable(),
    /** The printer, queue or device it went to ('default' = the system's default printer). */
    destination: z.string(),
    jobId: z.string().optional(),
  })
  .strict();
export type TillPrintOutput = z.infer<typeof tillPrintOutput>;

// ---- desk views (the till screen) ---------------------------------------------------------------

/** A priced voucher plan as the desk's plan buttons show it, with the cards still for sale. */
export const tillPlanSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    priceMinor: z.number().int(),
    available: z.number().int(),
    /** A card is generated at the sale when none is left (the plan's on-the-spot option). */
    onTheSpot: z.boolean(),
  })
  .strict();
export type TillPlan = z.infer<typeof tillPlanSchema>;

/** What a barcode scanner (or a person) typed: a voucher's code, or its serial when nothing has that code. */
export const scanInput = z.object({ text: codeSchema }).strict();
export const scannedVoucherSchema = z
  .object({
    voucherId: idSchema,
    code: z.string(),
    serial: z.number().int().nullable(),
    batchId: idSchema.nullable(),
    planId: idSchema.nullable(),
    planName: z.string(),
    priceMinor: z.number().int(),
  })
  .strict();
export type ScannedVoucher = z.infer<typeof scannedVoucherSchema>;

/** Finding a customer to pay: name, phone, account number (the customer search) or PPPoE username. */
export const customerFindInput = z
  .object({ query: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(50).default(20) })
  .strict();
export const customerMatchSchema = z.object({ customer: customerSchema, pppUsernames: z.array(z.string()) }).strict();
export type CustomerMatch = z.infer<typeof customerMatchSchema>;

export const historyItemSchema = z
  .object({
    entryId: idSchema,
    kind: z.enum(['sale', 'payment', 'void']),
    description: z.string(),
    amountMinor: z.number().int(),
    voucherCode: z.string().nullable(),
    planName: z.string().nullable(),
    /** The void entry that reversed this item (in whichever receipt), or null. */
    voidedByEntryId: idSchema.nullable(),
  })
  .strict();
export type HistoryItem = z.infer<typeof historyItemSchema>;
export const historyMoneySchema = z
  .object({ kind: z.enum(['tender', 'refund']), method: tillMethodSchema, amountMinor: z.number().int(), reference: z.string().nullable() })
  .strict();
export const historyReceiptSchema = z
  .object({
    id: idSchema,
    /** As printed on the receipt (R-…), so a customer's paper can be found in the list. */
    number: z.string(),
    kind: z.enum(['sale', 'payment', 'void']),
    totalMinor: z.number().int(),
    tenderedMinor: z.number().int(),
    changeMinor: z.number().int(),
    createdAt: epochMsSchema,
    operatorName: z.string(),
    customerId: idSchema.nullable(),
    customerName: z.string().nullable(),
    note: z.string(),
    items: z.array(historyItemSchema),
    money: z.array(historyMoneySchema),
  })
  .strict();
export type HistoryReceipt = z.infer<typeof historyReceiptSchema>;
export const receiptHistoryInput = z.object({ shiftId: idSchema, limit: z.number().int().min(1).max(500).default(200) }).strict();
