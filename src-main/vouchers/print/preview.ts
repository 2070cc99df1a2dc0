import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import type { CardSlot, FormSlot } from './card-layout';
import { fitText, formSlotValues, printablePrice } from './forms';
import { fontWarnings, PrintFonts, type UnicodeFontFiles } from './fonts';
import { gridGeometry } from './geometry';
import { cardLayoutFor } from './layout-for';
import { loginUrl, QUIET_ZONE } from './qr';
import { validateRender } from './validate';
import type { PrintCard, VoucherTemplate } from './types';
import type { PrintPreview } from '../../../src-shared/ipc/schemas/voucher-print';

/**
 * One card laid out exactly as the PDF renderer lays it out (same layout, same font metrics, same
 * shrink-to-fit), as plain numbers the renderer draws as SVG: the template editor's live preview
 * costs a few milliseconds instead of a PDF round trip.
 */
export async function previewCard(template: VoucherTemplate, card: PrintCard, unicodeFonts?: UnicodeFontFiles): Promise<PrintPreview> {
  validateRender(template, [card]);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await PrintFonts.embed(doc, unicodeFonts);
  const logoAspect = template.fields.logo && template.logoPng ? await pngAspect(doc, template.logoPng) : undefined;
  const grid = template.sheet.kind === 'grid' ? gridGeometry(template.sheet) : undefined;
  const layout = cardLayoutFor(template, fonts, card, grid, logoAspect);
  const formValues = formSlotValues(template, card, printablePrice(fonts, template, card.priceMinor));
  const texts: PrintPreview['card']['texts'] = [];
  for (const box of layout.texts) {
    const value = slotValue(box.slot, formValues, card);
    if (!value) continue;
    // The total width of all font runs (Latin + CJK fallback): the same shrink-to-fit as the PDF.
    const fitted = fitText(fonts.shape(box.font, value).units, box);
    texts.push({ text: value, font: box.font, size: fitted.size, x: fitted.x, y: box.y, width: fitted.width, align: box.align, colour: box.colour });
  }
  const url = loginUrl(card);
  return {
    card: {
      width: layout.width,
      height: layout.height,
      frame: layout.frame,
      texts,
      qr: layout.qr ? { ...layout.qr, modules: qrModuleRows(url) } : null,
      logo: layout.logo ?? null,
    },
    colours: template.colours,
    page: grid ? { ...grid.page, cardsPerPage: grid.cells.length } : { width: layout.width, height: layout.height, cardsPerPage: 1 },
    sample: { code: card.code, loginUrl: url },
    warnings: fontWarnings(fonts),
  };
}

function slotValue(slot: FormSlot | CardSlot, form: Record<FormSlot, string | undefined>, card: PrintCard): string | undefined {
  if (slot === 'code') return card.code;
  if (slot === 'password') return card.password;
  if (slot === 'serial') return card.serial;
  return form[slot];
}

async function pngAspect(doc: PDFDocument, png: Uint8Array): Promise<number> {
  const image = await doc.embedPng(png);
  return image.width / image.height;
}

/** The QR as rows of '1' (dark) and '0', quiet zone included, in the same byte mode and error level the PDF uses. */
export function qrModuleRows(url: string): string[] {
  const qr = QRCode.create([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const blank = '0'.repeat(n + 2 * QUIET_ZONE);
  const rows: string[] = Array.from({ length: QUIET_ZONE }, () => blank);
  const pad = '0'.repeat(QUIET_ZONE);
  for (let row = 0; row < n; row += 1) {
    let line = pad;
    for (let column = 0; column < n; column += 1) line += qr.modules.data[row * n + column] ? '1' : '0';
    rows.push(line + pad);
  }
  for (let i = 0; i < QUIET_ZONE; i += 1) rows.push(blank);
  return rows;
}
