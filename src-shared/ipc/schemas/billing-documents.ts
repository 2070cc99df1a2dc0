import { z } from 'zod';
import { idSchema } from './common';
import { isoDateSchema } from './billing';

/**
 * Printable billing documents (issue 5): invoice and credit-note PDFs, payment receipts and customer
 * statements, saved under the data folder's prints/ and optionally sent to a printer. Amounts inside
 * the PDFs are formatted from integer minor units; nothing here carries money.
 */

/** A4 pages, or an 80 mm thermal roll cut to the content. */
export const documentPaperSchema = z.enum(['a4', '80mm']);
export type DocumentPaper = z.infer<typeof documentPaperSchema>;

/** Save the PDF only, or save it and send it to a printer (the system default when none is named). */
export const documentDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pdf') }).strict(),
  z
    .object({
      kind: z.literal('printer'),
      /** A queue name as the printer list gives it; absent = the default printer. */
      printer: z.string().trim().min(1).max(127).optional(),
      copies: z.number().int().min(1).max(99).default(1),
    })
    .strict(),
]);
export type DocumentDestination = z.output<typeof documentDestinationSchema>;

/** Invoices and credit notes (A4 by default) or payments (a receipt, 80 mm by default). */
export const documentPdfInput = z
  .object({
    entryId: idSchema,
    /** Default: A4 for invoices and credit notes, 80 mm for payment receipts. */
    paper: documentPaperSchema.optional(),
    destination: documentDestinationSchema.default({ kind: 'pdf' }),
  })
  .strict();
export type DocumentPdfInput = z.output<typeof documentPdfInput>;

/** Longest statement period: ten years of entries on one document. */
export const MAX_STATEMENT_DAYS = 3660;

/** A customer's statement between two office-calendar dates (both included); default the last 3 months. */
export const statementPdfInput = z
  .object({
    customerId: idSchema,
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    paper: documentPaperSchema.default('a4'),
    destination: documentDestinationSchema.default({ kind: 'pdf' }),
  })
  .strict()
  .refine((input) => input.from === undefined || input.to === undefined || input.from <= input.to, {
    message: 'the statement must start on or before its end date',
    path: ['from'],
  });
export type StatementPdfInput = z.output<typeof statementPdfInput>;

export const documentPdfOutput = z
  .object({
    /** What the document is: `invoice`, `credit_note`, `receipt` or `statement`. */
    document: z.enum(['invoice', 'credit_note', 'receipt', 'statement']),
    title: z.string(),
    fileName: z.string(),
    /** Where the PDF was saved (the data folder's prints/). */
    file: z.string(),
    pages: z.number().int().min(1),
    bytes: z.number().int().min(1),
    /** The printer the job went to ('default' for the system default), or null when only saved. */
    printer: z.string().nullable(),
    /** The PDF itself, so a browser (web bridge) or the desktop can offer it as a download. */
    pdfBase64: z.string(),
    /** Statements: the period printed (office-calendar dates, both included). */
    from: z.string().nullable(),
    to: z.string().nullable(),
    warnings: z.array(z.string()),
  })
  .strict();
export type DocumentPdfOutput = z.infer<typeof documentPdfOutput>;

// ---- office details printed on documents ---------------------------------------------------------

const detailText = (max: number) => z.string().trim().max(max);

/** The office's details as printed at the top of every document (the name comes from the office itself). */
export const documentDetailsSchema = z
  .object({
    address: z.string(),
    phone: z.string(),
    email: z.string(),
    taxId: z.string(),
    /** Printed at the bottom of invoices and statements: bank account, payment instructions, thanks. */
    footer: z.string(),
  })
  .strict();
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

export const documentDetailsUpdateInput = z
  .object({
    address: detailText(300).optional(),
    phone: detailText(60).optional(),
    email: z.union([z.literal(''), z.email().max(120)]).optional(),
    taxId: detailText(60).optional(),
    footer: detailText(500).optional(),
  })
  .strict();
