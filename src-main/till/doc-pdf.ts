import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PrintFonts, type UnicodeFontFiles } from '../vouchers/print/fonts';
import { num, textOp } from '../vouchers/print/content';
import type { Paper } from '../../src-shared/ipc/schemas/till';

/** One printed line: text on the left, optionally an amount flush right; or a rule, or blank space. */
export type DocLine =
  | { kind: 'text'; left: string; right?: string; bold?: boolean; large?: boolean; center?: boolean }
  | { kind: 'rule' }
  | { kind: 'gap' };

const MM = 72 / 25.4;

interface PaperGeometry {
  width: number;
  /** Fixed page height (A4); thermal rolls are cut to their content. */
  height: number | null;
  margin: number;
  size: number;
}

export const PAPER: Record<Paper, PaperGeometry> = {
  '58mm': { width: 58 * MM, height: null, margin: 3 * MM, size: 7.5 },
  '80mm': { width: 80 * MM, height: null, margin: 4 * MM, size: 9 },
  a4: { width: 210 * MM, height: 297 * MM, margin: 20 * MM, size: 10 },
};

const LINE = 1.35;
/** Blank paper after the last line of a roll, so the cutter does not cut through it. */
const FEED = 10 * MM;

interface Placed {
  ops: string;
  height: number;
}

/** Words that fit `width` (in points) per line; a single word wider than the line is cut. */
function wrap(fonts: PrintFonts, font: 'regular' | 'bold', text: string, size: number, width: number): string[] {
  const fits = (value: string): boolean => (fonts.shape(font, value).units * size) / 1000 <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (fits(next)) current = next;
    else {
      if (current !== '') lines.push(current);
      let cut = word;
      while (!fits(cut) && cut.length > 1) cut = cut.slice(0, -1);
      current = cut;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

function placeText(fonts: PrintFonts, line: Extract<DocLine, { kind: 'text' }>, geometry: PaperGeometry, top: number): Placed {
  const font = line.bold || line.large ? 'bold' : 'regular';
  const size = line.large ? geometry.size * 1.3 : geometry.size;
  const inner = geometry.width - 2 * geometry.margin;
  const right = line.right ? fonts.shape(font, line.right) : undefined;
  const rightWidth = right ? (right.units * size) / 1000 : 0;
  const rows = wrap(fonts, font, line.left, size, inner - (rightWidth > 0 ? rightWidth + size : 0));
  let ops = '';
  rows.forEach((row, i) => {
    const y = top - (i + 1) * size * LINE + size * 0.3;
    const shaped = fonts.shape(font, row);
    const width = (shaped.units * size) / 1000;
    const x = line.center ? (geometry.width - width) / 2 : geometry.margin;
    ops += textOp(shaped.runs, size, x, y);
    if (i === 0 && right) ops += textOp(right.runs, size, geometry.width - geometry.margin - rightWidth, y);
  });
  return { ops, height: rows.length * size * LINE };
}

function place(fonts: PrintFonts, line: DocLine, geometry: PaperGeometry, top: number): Placed {
  if (line.kind === 'gap') return { ops: '', height: geometry.size * 0.6 };
  if (line.kind === 'rule') {
    const y = top - geometry.size * 0.5;
    return { ops: `0.5 w ${num(geometry.margin)} ${num(y)} m ${num(geometry.width - geometry.margin)} ${num(y)} l S\n`, height: geometry.size };
  }
  return placeText(fonts, line, geometry, top);
}

/**
 * A receipt or report as one PDF: a 58 or 80 mm roll page cut to its content, or A4 pages. Text goes
 * through the voucher printer's fonts (standard fonts for Latin-1, DejaVu and fallbacks beyond), so
 * names in any script print and pdftotext reads them back.
 */
export async function renderDocPdf(lines: readonly DocLine[], paper: Paper, options: { title: string; unicodeFonts?: UnicodeFontFiles | undefined }): Promise<Uint8Array> {
  const geometry = PAPER[paper];
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('Mikrotik Billing');
  doc.setTitle(options.title);
  const fonts = await PrintFonts.embed(doc, options.unicodeFonts);
  const fontDict = doc.context.obj({ [fonts.names.regular]: fonts.fonts.regular.ref, [fonts.names.bold]: fonts.fonts.bold.ref, [fonts.names.mono]: fonts.fonts.mono.ref });
  const fontRef = doc.context.register(fontDict);
  // Lay out against y = 0 at the top first: a roll's height is known only after the last line.
  const placed: Array<{ ops: string; top: number }> = [];
  let y = 0;
  for (const line of lines) {
    const item = place(fonts, line, geometry, -y);
    placed.push({ ops: item.ops, top: y });
    y += item.height;
  }
  const pages = paginate(placed, y, geometry);
  for (const page of pages) {
    const pdfPage = doc.addPage([geometry.width, page.height]);
    pdfPage.node.set(PDFName.of('Resources'), doc.context.obj({ Font: fontRef }));
    const ops = `0 0 0 rg 0 0 0 RG\nq 1 0 0 1 0 ${num(page.shift)} cm\n${page.ops}Q\n`;
    pdfPage.node.addContentStream(doc.context.register(doc.context.stream(deflateSync(Buffer.from(ops, 'latin1')), { Filter: 'FlateDecode' })));
  }
  fonts.finish(doc, fontDict);
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** Rolls: one page of content height + margins + feed. A4: lines flow onto as many pages as needed. */
function paginate(placed: ReadonlyArray<{ ops: string; top: number }>, total: number, geometry: PaperGeometry): Array<{ height: number; shift: number; ops: string }> {
  if (geometry.height === null) {
    const height = total + 2 * geometry.margin + FEED;
    return [{ height, shift: height - geometry.margin, ops: placed.map((p) => p.ops).join('') }];
  }
  const usable = geometry.height - 2 * geometry.margin;
  const pages: Array<{ height: number; shift: number; ops: string }> = [];
  for (const item of placed) {
    const index = Math.floor(item.top / usable);
    while (pages.length <= index) pages.push({ height: geometry.height, shift: geometry.height - geometry.margin + pages.length * usable, ops: '' });
    const page = pages[index];
    if (page) page.ops += item.ops;
  }
  if (pages.length === 0) pages.push({ height: geometry.height, shift: geometry.height - geometry.margin, ops: '' });
  return pages;
}
