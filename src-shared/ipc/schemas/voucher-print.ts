import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';

/**
 * Printing voucher cards: saved templates (the card designer's output), the live preview, the list of
 * printers and the print run itself. See docs/decisions/0008-voucher-printing.md.
 */

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1a4f8b');
const mm = (max: number) => z.number().min(0).max(max);
const pointSize = z.number().min(4).max(48);

export const gridSheetSchema = z
  .object({
    kind: z.literal('grid'),
    paper: z.enum(['A4', 'Letter']),
    columns: z.number().int().min(1).max(8),
    rows: z.number().int().min(1).max(20),
    marginMm: z.object({ top: mm(50), right: mm(50), bottom: mm(50), left: mm(50) }).strict(),
    gapMm: mm(20),
    cutMarks: z.boolean(),
  })
  .strict();

export const thermalSheetSchema = z
  .object({
    kind: z.literal('thermal'),
    widthMm: z.union([z.literal(58), z.literal(80)]),
    sideMarginMm: mm(15),
    feedMm: mm(40),
  })
  .strict();

export const sheetSchema = z.discriminatedUnion('kind', [gridSheetSchema, thermalSheetSchema]);

export const cardFieldsSchema = z
  .object({
    officeName: z.boolean(),
    logo: z.boolean(),
    plan: z.boolean(),
    price: z.boolean(),
    validity: z.boolean(),
    code: z.boolean(),
    password: z.boolean(),
    serial: z.boolean(),
    batch: z.boolean(),
    qr: z.boolean(),
    frame: z.boolean(),
  })
  .strict();

export const cardColoursSchema = z
  .object({ text: hexColour, accent: hexColour, frame: hexColour, background: hexColour, qr: hexColour })
  .strict();

export const fontSizesSchema = z
  .object({ office: pointSize, plan: pointSize, price: pointSize, validity: pointSize, code: pointSize, small: pointSize })
  .strict();

const labelText = z.string().trim().min(1).max(24);
export const cardLabelsSchema = z.object({ code: labelText, password: labelText, serial: labelText }).strict();

/** The hotspot login page the QR code opens, e.g. http://hotspot.lan/login (ASCII, http or https). */
export const loginUrlSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[\x21-\x7e]+$/, 'an http:// or https:// address, e.g. http://hotspot.lan/login');

/** A PNG logo as base64, at most 256 KiB decoded (it is embedded once per PDF). */
export const logoPngBase64Schema = z
  .string()
  .max(350_000)
  .regex(/^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/, 'a PNG image');

export const templateSettingsSchema = z
  .object({
    sheet: sheetSchema,
    fields: cardFieldsSchema,
    colours: cardColoursSchema,
    fontSizes: fontSizesSchema,
    labels: cardLabelsSchema,
    loginUrl: loginUrlSchema,
    logoPngBase64: logoPngBase64Schema.nullable(),
  })
  .strict();
export type TemplateSettings = z.infer<typeof templateSettingsSchema>;

export const printTemplateSchema = z
  .object({ id: idSchema, name: z.string(), settings: templateSettingsSchema, updatedAt: epochMsSchema })
  .strict();
export type PrintTemplate = z.infer<typeof printTemplateSchema>;

export const templateListOutput = z
  .object({
    templates: z.array(printTemplateSchema),
    /** What a new template starts from (office name, currency and labels come from the office). */
    defaults: z.object({ grid: templateSettingsSchema, thermal58: templateSettingsSchema, thermal80: templateSettingsSchema }).strict(),
  })
  .strict();

export const templateSaveInput = z
  .object({ id: idSchema.optional(), name: z.string().trim().min(1).max(60), settings: templateSettingsSchema })
  .strict();

/** One card as the PDF renderer lays it out, in PDF points (origin bottom-left), for the live preview. */
const previewText = z
  .object({
    text: z.string(),
    font: z.enum(['regular', 'bold', 'mono']),
    size: z.number(),
    x: z.number(),
    y: z.number(),
    width: z.number(),
    align: z.enum(['left', 'center', 'right']),
    colour: z.enum(['text', 'accent']),
  })
  .strict();

export const previewOutput = z
  .object({
    card: z
      .object({
        width: z.number(),
        height: z.number(),
        frame: z.enum(['rect', 'tear', 'none']),
        texts: z.array(previewText),
        /** QR: `modules` rows of '0'/'1' including the quiet zone, drawn into the square x, y, size. */
        qr: z.object({ x: z.number(), y: z.number(), size: z.number(), modules: z.array(z.string()) }).strict().nullable(),
        logo: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).strict().nullable(),
      })
      .strict(),
    colours: cardColoursSchema,
    page: z.object({ width: z.number(), height: z.number(), cardsPerPage: z.number().int() }).strict(),
    /** What the sample card printed (a real voucher of the batch when one was given). */
    sample: z.object({ code: z.string(), loginUrl: z.string() }).strict(),
    warnings: z.array(z.string()),
  })
  .strict();
export type PrintPreview = z.infer<typeof previewOutput>;

export const previewInput = z.object({ settings: templateSettingsSchema, batchId: idSchema.optional() }).strict();

export const printerListOutput = z
  .object({
    /** How this workstation prints: Electron's printing, the CUPS/`lp` spooler, or none found (save PDF only). */
    spooler: z.enum(['electron', 'lp', 'none']),
    printers: z.array(z.object({ name: z.string(), isDefault: z.boolean() }).strict()),
  })
  .strict();

/** Which vouchers of a batch to print. */
export const printSelectionSchema = z.enum(['all', 'unprinted', 'unsold']);

export const printTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pdf') }).strict(),
  z
    .object({
      kind: z.literal('printer'),
      /** Queue name from `vouchers.print.printers`; the system default when absent. */
      printer: z.string().min(1).max(127).optional(),
      copies: z.number().int().min(1).max(99).default(1),
    })
    .strict(),
]);

export const printRunInput = z
  .object({
    batchId: idSchema,
    settings: templateSettingsSchema,
    selection: printSelectionSchema.default('all'),
    target: printTargetSchema,
  })
  .strict();

export const printRunOutput = z
  .object({
    cards: z.number().int(),
    pages: z.number().int(),
    bytes: z.number().int(),
    /** Where the PDF was written (kept for reprints and for "save as"). */
    file: z.string(),
    printer: z.string().nullable(),
    /** Vouchers that moved to `printed` by this run (reprints do not move again). */
    markedPrinted: z.number().int(),
    warnings: z.array(z.string()),
  })
  .strict();
