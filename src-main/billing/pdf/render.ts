import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { fontWarnings, PrintFonts, type UnicodeFontFiles } from '../../vouchers/print/fonts';
import { num, textOp } from '../../vouchers/print/content';
import type { DocumentPaper } from '../../../src-shared/ipc/schemas/billing-documents';

export type Align = 'left' | 'center' | 'right';

/** One cell of a row: its share of the line's width, text (may hold '\n'), alignment. */
export interface Cell {
  text: string;
  /** Fraction of the inner width; a row's cells should add up to 1. */
  width: number;
  align?: Align;
  bold?: boolean;
}

/**
 * What a billing document is made of, top to bottom. Rows are table lines: a `header` row is bold with a
 * rule under it and is repeated at the top of the next page when its table breaks across pages.
 */
export type Block =
  | { kind: 'text'; text: string; align?: Align; bold?: boolean; scale?: number; muted?: boolean }
  | { kind: 'row'; cells: Cell[]; bold?: boolean; header?: boolean }
  | { kind: 'banner'; text: string }
  | { kind: 'rule' }
  | { kind: 'gap'; lines?: number };

const MM = 72 / 25.4;

interface Geometry {
  width: number;
  /** A4 pages have a fixed height; a roll is one page cut to its content. */
  height: number | null;
  margin: number;
  size: number;
}

export const DOCUMENT_PAPER: Record<DocumentPaper, Geometry> = {
  a4: { width: 210 * MM, height: 297 * MM, margin: 18 * MM, size: 9.5 },
  '80mm': { width: 80 * MM, height: null, margin: 4 * MM, size: 8.5 },
};

const LINE = 1.35;
const CELL_GAP = 6;
/** Blank paper after a roll's last line, so the cutter does not cut through it. */
const FEED = 10 * MM;
/** A4: room kept at the bottom of each page for the "page i of n" footer. */
const FOOTER = 8 * MM;
const MUTED = '0.35 0.35 0.35 rg';
const ALERT = '0.75 0 0';

interface Placed {
  ops: string;
  height: number;
}

type FontKey = 'regular' | 'bold';

/** Splits a word wider than the line into pieces that fit (long codes, CJK names without spaces). */
function breakWord(fits: (text: string) => boolean, word: string): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (rest.length > 0) {
    let take = rest.length;
    while (take > 1 && !fits(rest.slice(0, take).join(''))) take -= 1;
    pieces.push(rest.slice(0, take).join(''));
    rest = rest.slice(take);
  }
  return pieces;
}

/** Lines of `text` that fit `width` points: paragraphs at '\n', words at spaces, over-long words broken. */
export function wrapText(fonts: PrintFonts, font: FontKey, text: string, size: number, width: number): string[] {
  const fits = (value: string): boolean => (fonts.shape(font, value).units * size) / 1000 <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const next = current === '' ? word : `${current} ${word}`;
      if (fits(next)) {
        current = next;
        continue;
      }
      if (current !== '') lines.push(current);
      const pieces = fits(word) ? [word] : breakWord(fits, word);
      lines.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1] ?? '';
    }
    lines.push(current);
  }
  return lines;
}

class Layout {
  constructor(
    private readonly fonts: PrintFonts,
    readonly geometry: Geometry,
  ) {}

  get inner(): number {
    return this.geometry.width - 2 * this.geometry.margin;
  }

  /** Text lines placed inside [x, x + width] with the given alignment, starting `top` points below y = 0. */
  private lines(rows: readonly string[], font: FontKey, size: number, box: { x: number; width: number; align: Align }, top: number): string {
    let ops = '';
    rows.forEach((row, i) => {
      const y = top - (i + 1) * size * LINE + size * 0.3;
      const shaped = this.fonts.shape(font, row);
      const w = (shaped.units * size) / 1000;
      const x = box.align === 'left' ? box.x : box.align === 'right' ? box.x + box.width - w : box.x + (box.width - w) / 2;
      ops += textOp(shaped.runs, size, x, y);
    });
    return ops;
  }

  text(block: Extract<Block, { kind: 'text' }>, top: number): Placed {
    const size = this.geometry.size * (block.scale ?? 1);
    const font: FontKey = block.bold ? 'bold' : 'regular';
    const rows = wrapText(this.fonts, font, block.text, size, this.inner);
    const ops = this.lines(rows, font, size, { x: this.geometry.margin, width: this.inner, align: block.align ?? 'left' }, top);
    return { ops: block.muted ? `q ${MUTED}\n${ops}Q\n` : ops, height: rows.length * size * LINE };
  }

  row(block: Extract<Block, { kind: 'row' }>, top: number): Placed {
    const size = this.geometry.size;
    let x = this.geometry.margin;
    let ops = '';
    let lineCount = 1;
    for (const [i, cell] of block.cells.entries()) {
      const width = cell.width * this.inner;
      const last = i === block.cells.length - 1;
      const font: FontKey = block.bold || block.header || cell.bold ? 'bold' : 'regular';
      const room = Math.max(width - (last ? 0 : CELL_GAP), size);
      const cellSize = this.fittedSize(font, cell, room);
      const rows = wrapText(this.fonts, font, cell.text, cellSize, room);
      ops += this.lines(rows, font, cellSize, { x, width: room, align: cell.align ?? 'left' }, top);
      lineCount = Math.max(lineCount, rows.length);
      x += width;
    }
    const height = lineCount * size * LINE + (block.header ? size * 0.5 : size * 0.15);
    if (block.header) ops += this.ruleAt(top - lineCount * size * LINE - size * 0.2, 0.6);
    return { ops, height };
  }

  /**
   * Right-aligned one-line cells are amounts: a long one (millions of rupiah) is set a little smaller
   * rather than broken over two lines, down to 70 % of the text size.
   */
  private fittedSize(font: FontKey, cell: Cell, room: number): number {
    const size = this.geometry.size;
    if (cell.align !== 'right' || cell.text.includes('\n')) return size;
    const width = (this.fonts.shape(font, cell.text).units * size) / 1000;
    return width <= room ? size : Math.max(size * 0.7, (size * room) / width);
  }

  /** A boxed alert line (VOID): large bold red text in a red frame, across the page. */
  banner(text: string, top: number): Placed {
    const size = this.geometry.size * 1.6;
    const rows = wrapText(this.fonts, 'bold', text, size, this.inner - size);
    const height = rows.length * size * LINE + size * 0.6;
    const box = `q ${ALERT} RG 1.5 w ${num(this.geometry.margin)} ${num(top - height)} ${num(this.inner)} ${num(height - size * 0.2)} re S Q\n`;
    const ops = this.lines(rows, 'bold', size, { x: this.geometry.margin, width: this.inner, align: 'center' }, top - size * 0.2);
    return { ops: `${box}q ${ALERT} rg\n${ops}Q\n`, height: height + size * 0.3 };
  }

  ruleAt(y: number, weight: number): string {
    return `${num(weight)} w ${num(this.geometry.margin)} ${num(y)} m ${num(this.geometry.width - this.geometry.margin)} ${num(y)} l S\n`;
  }

  place(block: Block, top: number): Placed {
    switch (block.kind) {
      case 'text':
        return this.text(block, top);
      case 'row':
        return this.row(block, top);
      case 'banner':
        return this.banner(block.text, top);
      case 'rule':
        return { ops: this.ruleAt(top - this.geometry.size * 0.5, 0.5), height: this.geometry.size };
      case 'gap':
        return { ops: '', height: this.geometry.size * 0.6 * (block.lines ?? 1) };
    }
  }

  footer(text: string): string {
    const size = this.geometry.size * 0.8;
    const shaped = this.fonts.shape('regular', text);
    const x = this.geometry.width - this.geometry.margin - (shaped.units * size) / 1000;
    return `q ${MUTED}\n${textOp(shaped.runs, size, x, this.geometry.margin - size)}Q\n`;
  }
}

interface Page {
  ops: string;
}

/**
 * A4: blocks flow top-down; a block that does not fit the rest of a page starts the next one, and a
 * table's header row is repeated above rows continued there. Offsets are from the page's top margin.
 */
function paginate(layout: Layout, blocks: readonly Block[]): Page[] {
  const { geometry } = layout;
  const usable = (geometry.height ?? 0) - 2 * geometry.margin - FOOTER;
  const pages: Page[] = [{ ops: '' }];
  let y = 0;
  let header: Extract<Block, { kind: 'row' }> | null = null;
  const put = (block: Block): void => {
    let placed = layout.place(block, -y);
    if (y > 0 && y + placed.height > usable) {
      pages.push({ ops: '' });
      y = 0;
      if (block.kind === 'row' && !block.header && header) put(header);
      placed = layout.place(block, -y);
    }
    const page = pages[pages.length - 1] as Page;
    page.ops += placed.ops;
    y += placed.height;
  };
  for (const block of blocks) {
    if (block.kind === 'row' && block.header) header = block;
    else if (block.kind !== 'row') header = null;
    put(block);
  }
  return pages;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Characters the fonts could not print, and the like (shown to the operator). */
  warnings: string[];
}

/**
 * A billing document as a PDF: A4 pages with "title · page i of n" at the foot, or one 80 mm roll page
 * cut to its content. Text goes through the voucher printer's fonts (standard fonts for Latin-1, DejaVu
 * and the CJK fallbacks beyond), so any customer name prints and pdftotext reads it back.
 */
export async function renderDocument(blocks: readonly Block[], paper: DocumentPaper, options: { title: string; footer: string; unicodeFonts: UnicodeFontFiles | undefined }): Promise<RenderedPdf> {
  const geometry = DOCUMENT_PAPER[paper];
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('Mikrotik Billing');
  doc.setTitle(options.title);
  const fonts = await PrintFonts.embed(doc, options.unicodeFonts);
  const fontDict = doc.context.obj({ [fonts.names.regular]: fonts.fonts.regular.ref, [fonts.names.bold]: fonts.fonts.bold.ref, [fonts.names.mono]: fonts.fonts.mono.ref });
  const fontRef = doc.context.register(fontDict);
  const layout = new Layout(fonts, geometry);
  const pages = geometry.height === null ? rollPage(layout, blocks) : a4Pages(layout, blocks, options.footer);
  for (const page of pages) {
    const pdfPage = doc.addPage([geometry.width, page.height]);
    pdfPage.node.set(PDFName.of('Resources'), doc.context.obj({ Font: fontRef }));
    const ops = `0 0 0 rg 0 0 0 RG\n${page.ops}`;
    pdfPage.node.addContentStream(doc.context.register(doc.context.stream(deflateSync(Buffer.from(ops, 'latin1')), { Filter: 'FlateDecode' })));
  }
  fonts.finish(doc, fontDict);
  const bytes = await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pages: pages.length, warnings: fontWarnings(fonts) };
}

/** The roll: everything on one page as tall as the content plus margins and the cutter's feed. */
function rollPage(layout: Layout, blocks: readonly Block[]): Array<{ height: number; ops: string }> {
  let y = 0;
  let ops = '';
  for (const block of blocks) {
    const placed = layout.place(block, -y);
    ops += placed.ops;
    y += placed.height;
  }
  const height = y + 2 * layout.geometry.margin + FEED;
  return [{ height, ops: `q 1 0 0 1 0 ${num(height - layout.geometry.margin)} cm\n${ops}Q\n` }];
}

function a4Pages(layout: Layout, blocks: readonly Block[], footer: string): Array<{ height: number; ops: string }> {
  const height = layout.geometry.height ?? 0;
  const pages = paginate(layout, blocks);
  return pages.map((page, i) => ({
    height,
    ops: `q 1 0 0 1 0 ${num(height - layout.geometry.margin)} cm\n${page.ops}Q\n${layout.footer(`${footer} · page ${i + 1} of ${pages.length}`)}`,
  }));
}
