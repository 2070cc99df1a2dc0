import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import type { CardLayout, CardSlot, FormSlot } from './card-layout';
import { cardLayoutFor, hasSeparatePassword } from './layout-for';
import { drawXObject, fillColour, num } from './content';
import { buildCutMarks, buildForm, placedText, printablePrice } from './forms';
import { fontWarnings, PrintFonts, type UnicodeFontFiles } from './fonts';
import { gridGeometry, type Rect } from './geometry';
import { loginUrl, planQr } from './qr';
import { FastQrEncoder } from './qr-fast';
import { validateRender } from './validate';
import type { PrintCard, RenderResult, VoucherTemplate } from './types';

export interface RenderOptions {
  signal?: AbortSignal;
  /** Called after each page with cards done so far. */
  onProgress?: (done: number, total: number) => void;
  /** TrueType fonts for text beyond Latin-1, CJK fallback included (loadUnicodeFonts()); without them such characters print as '?'. */
  unicodeFonts?: UnicodeFontFiles;
}

/** A form XObject with everything that is the same on every card of one plan (frame, logo, office, plan, price, labels). */
interface GroupForm {
  name: string;
  ref: PDFRef;
  layout: CardLayout;
}

const YIELD_EVERY_PAGES = 8;

/**
 * Renders voucher cards to one PDF. Per card only the code, password, serial and the QR image are drawn;
 * the rest is one form XObject per distinct plan/price/validity/batch, drawn with a single `Do`.
 */
export async function renderVoucherPdf(
  template: VoucherTemplate,
  cards: readonly PrintCard[],
  options: RenderOptions = {},
): Promise<RenderResult> {
  validateRender(template, cards);
  let qrNs = 0n;
  const started = process.hrtime.bigint();
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('Mikrotik Billing');
  doc.setTitle(`Vouchers: ${cards.length}`);
  const context = doc.context;
  const fonts = await PrintFonts.embed(doc, options.unicodeFonts);
  const logo = template.fields.logo && template.logoPng ? await doc.embedPng(template.logoPng) : undefined;
  const fontDict = context.obj({
    [fonts.names.regular]: fonts.fonts.regular.ref,
    [fonts.names.bold]: fonts.fonts.bold.ref,
    [fonts.names.mono]: fonts.fonts.mono.ref,
  });
  const fontDictRef = context.register(fontDict);

  let qr: FastQrEncoder | undefined;
  if (template.fields.qr) {
    const t = process.hrtime.bigint();
    qr = new FastQrEncoder(planQr(cards.map(loginUrl)));
    qrNs += process.hrtime.bigint() - t;
  }

  const sheet = template.sheet;
  const grid = sheet.kind === 'grid' ? gridGeometry(sheet) : undefined;
  const perPage = grid ? grid.cells.length : 1;
  const forms = new Map<string, GroupForm>();
  const priceText = (card: PrintCard): string => printablePrice(fonts, template, card.priceMinor);
  const formFor = (card: PrintCard): GroupForm => {
    const key = groupKey(card);
    const existing = forms.get(key);
    if (existing) return existing;
    const layout = cardLayoutFor(template, fonts, card, grid, logo ? logo.width / logo.height : undefined);
    const form = buildForm(template, fonts, layout, card, priceText(card), fontDictRef, logo, doc);
    const created = { name: `G${forms.size}`, ref: form, layout };
    forms.set(key, created);
    return created;
  };
  const sheetForm = grid && grid.cutMarks.length > 0 ? buildCutMarks(doc, grid.page, grid.cutMarks) : undefined;
  const textColour = fillColour(template.colours.text);
  const qrColour = fillColour(template.colours.qr);

  let pageCount = 0;
  for (let first = 0; first < cards.length; first += perPage) {
    if (options.signal?.aborted) throw options.signal.reason instanceof Error ? options.signal.reason : new Error('printing cancelled');
    const pageCards = cards.slice(first, first + perPage);
    const xobjects: Record<string, PDFRef> = {};
    let ops = '';
    let pageSize: { width: number; height: number };
    if (grid) {
      pageSize = grid.page;
      if (sheetForm) {
        xobjects.S = sheetForm;
        ops += 'q /S Do Q\n';
      }
    } else {
      const { layout } = formFor(pageCards[0] as PrintCard);
      pageSize = { width: layout.width, height: layout.height };
    }
    for (let i = 0; i < pageCards.length; i += 1) {
      const card = pageCards[i] as PrintCard;
      const form = formFor(card);
      const cell: Rect = grid ? (grid.cells[i] as Rect) : { x: 0, y: 0, ...pageSize };
      xobjects[form.name] = form.ref;
      ops += `q 1 0 0 1 ${num(cell.x)} ${num(cell.y)} cm /${form.name} Do\n${textColour}\n`;
      ops += cardTexts(fonts, form.layout, card);
      if (qr && form.layout.qr) {
        const t = process.hrtime.bigint();
        const mask = qr.encode(loginUrl(card));
        qrNs += process.hrtime.bigint() - t;
        const ref = context.register(
          context.stream(mask, {
            Type: 'XObject',
            Subtype: 'Image',
            Width: qr.plan.size,
            Height: qr.plan.size,
            ImageMask: true,
            BitsPerComponent: 1,
          }),
        );
        const name = `Q${i}`;
        xobjects[name] = ref;
        const { x, y, size } = form.layout.qr;
        ops += `${qrColour}\n${drawXObject(name, x, y, size, size)}`;
      }
      ops += 'Q\n';
    }
    const page = doc.addPage([pageSize.width, pageSize.height]);
    page.node.set(PDFName.of('Resources'), context.obj({ Font: fontDictRef, XObject: context.obj(xobjects) }));
    const contents = context.stream(deflateSync(Buffer.from(ops, 'latin1')), { Filter: 'FlateDecode' });
    page.node.addContentStream(context.register(contents));
    pageCount += 1;
    options.onProgress?.(Math.min(cards.length, first + perPage), cards.length);
    // Let the event loop breathe (progress events, cancel) without paying a macrotask per page.
    if (pageCount % YIELD_EVERY_PAGES === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  fonts.finish(doc, fontDict);
  const built = process.hrtime.bigint();
  // Streams are already compressed with native zlib (QR masks barely compress and stay raw). Object streams
  // would shrink the file ~7 % but pdf-lib compresses them with pure-JS pako. pdf-lib's default yields to
  // the event loop with setTimeout every 50 objects, ~0.4 s of idle for 10,000 cards: render already yields.
  const pdf = await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  const saved = process.hrtime.bigint();
  const ms = (ns: bigint): number => Math.round(Number(ns) / 1e4) / 100;
  const warnings = fontWarnings(fonts);
  return {
    pdf,
    pageCount,
    qrVersion: qr?.plan.version ?? 0,
    timings: { qrMs: ms(qrNs), pagesMs: ms(built - started - qrNs), saveMs: ms(saved - built) },
    warnings,
  };
}

function groupKey(card: PrintCard): string {
  return JSON.stringify([card.planName, card.priceMinor, card.validityText, card.batchLabel ?? '', hasSeparatePassword(card)]);
}

function cardTexts(fonts: PrintFonts, layout: CardLayout, card: PrintCard): string {
  let ops = '';
  for (const box of layout.texts) {
    const value = cardValue(box.slot, card);
    if (value === undefined) continue;
    ops += placedText(fonts, box, value);
  }
  return ops;
}

function cardValue(slot: FormSlot | CardSlot, card: PrintCard): string | undefined {
  switch (slot) {
    case 'code':
      return card.code;
    case 'password':
      return card.password;
    case 'serial':
      return card.serial;
    default:
      return undefined;
  }
}
