import { deflateSync } from 'node:zlib';
import type { PDFDocument, PDFImage, PDFRef, PDFDict } from 'pdf-lib';
import { formatMoney } from '../../../src-shared/domain/money';
import type { CardLayout, FormSlot } from './card-layout';
import { drawXObject, fillColour, num, strokeColour, textOp } from './content';
import type { PrintFonts } from './fonts';
import type { Line } from './geometry';
import type { PrintCard, VoucherTemplate } from './types';

/** The parts of a card drawn once per plan group (form XObjects) and the text placement both layers share. */
/** Price in the office format; a currency sign no font has (₱ and ₹ without the TrueType fonts) becomes the ISO code. */
export function printablePrice(fonts: PrintFonts, template: VoucherTemplate, minor: number): string {
  const text = formatMoney(minor, template.currency, template.locale).replace(/[\u2009\u202f]/g, '\u00a0');
  if (fonts.canPrint('bold', text)) return text;
  const replaced = text.replace(/[^\p{N}\s.,'\u00a0-]+/gu, (symbol) => (fonts.canPrint('bold', symbol) ? symbol : `${template.currency.code}\u00a0`));
  return replaced.trim();
}

/** Where a text lands in its box: shrunk to fit (never clipped) and aligned. The preview uses the same numbers. */
export function fitText(units: number, box: CardLayout['texts'][number]): { size: number; x: number; width: number } {
  let size = box.size;
  let width = (units * size) / 1000;
  if (width > box.width && width > 0) {
    size = (size * box.width) / width;
    width = box.width;
  }
  const x = box.align === 'left' ? box.x : box.align === 'right' ? box.x + box.width - width : box.x + (box.width - width) / 2;
  return { size, x, width };
}

/** Shrinks text to its box (never clips) and aligns it. */
export function placedText(fonts: PrintFonts, box: CardLayout['texts'][number], raw: string): string {
  if (raw === '') return '';
  const shaped = fonts.shape(box.font, raw);
  // Shrink-to-fit on the width of all runs together, so a mixed Latin + CJK line shrinks as one.
  const { size, x } = fitText(shaped.units, box);
  return textOp(shaped.runs, size, x, box.y);
}

/** The text of each slot drawn once per plan group. */
export function formSlotValues(template: VoucherTemplate, card: PrintCard, price: string): Record<FormSlot, string | undefined> {
  return {
    office: template.officeName,
    plan: card.planName,
    price,
    validity: card.validityText,
    batch: card.batchLabel,
    codeLabel: template.labels.code,
    passwordLabel: template.labels.password,
    serialLabel: template.labels.serial,
  };
}

export function buildForm(
  template: VoucherTemplate,
  fonts: PrintFonts,
  layout: CardLayout,
  card: PrintCard,
  price: string,
  fontDictRef: PDFRef,
  logo: PDFImage | undefined,
  doc: PDFDocument,
): PDFRef {
  const { colours } = template;
  const { width, height } = layout;
  let ops = '';
  if (colours.background.toLowerCase() !== '#ffffff') ops += `${fillColour(colours.background)} 0 0 ${num(width)} ${num(height)} re f\n`;
  if (layout.frame === 'rect') ops += `${strokeColour(colours.frame)} 0.5 w 0.25 0.25 ${num(width - 0.5)} ${num(height - 0.5)} re S\n`;
  if (layout.frame === 'tear') ops += `${strokeColour(colours.frame)} 0.5 w [2 2] 0 d 0 0.5 m ${num(width)} 0.5 l S [] 0 d\n`;
  // The quiet zone is light bits of the mask, which paint nothing: a white square keeps it white on any background.
  if (layout.qr) ops += `1 1 1 rg ${num(layout.qr.x)} ${num(layout.qr.y)} ${num(layout.qr.size)} ${num(layout.qr.size)} re f\n`;
  const xobjects: Record<string, PDFRef> = {};
  if (layout.logo && logo) {
    xobjects.L = logo.ref;
    ops += drawXObject('L', layout.logo.x, layout.logo.y, layout.logo.width, layout.logo.height);
  }
  const values = formSlotValues(template, card, price);
  for (const box of layout.texts) {
    if (!(box.slot in values)) continue;
    const value = values[box.slot as FormSlot];
    if (!value) continue;
    ops += `${fillColour(box.colour === 'accent' ? colours.accent : colours.text)}\n${placedText(fonts, box, value)}`;
  }
  const context = doc.context;
  const resources: PDFDict = context.obj({ Font: fontDictRef, XObject: context.obj(xobjects) });
  return context.register(
    context.stream(deflateSync(Buffer.from(ops, 'latin1')), {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, width, height],
      Resources: resources,
      Filter: 'FlateDecode',
    }),
  );
}

export function buildCutMarks(doc: PDFDocument, page: { width: number; height: number }, marks: Line[]): PDFRef {
  let ops = '0 0 0 RG 0.3 w\n';
  for (const m of marks) ops += `${num(m.x1)} ${num(m.y1)} m ${num(m.x2)} ${num(m.y2)} l\n`;
  ops += 'S\n';
  return doc.context.register(
    doc.context.stream(ops, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, page.width, page.height] }),
  );
}
