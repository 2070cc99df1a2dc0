import { PrintTemplateError, type GridSheet } from './types';

/** Everything is laid out in PDF points; templates speak millimetres because operators measure paper. */
export const MM = 72 / 25.4;

export const PAPER_POINTS = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GridGeometry {
  page: { width: number; height: number };
  /** Margins applied: the area cards may occupy. */
  printable: Rect;
  card: { width: number; height: number };
  /** Card origins (bottom-left, PDF coordinates) in reading order: left to right, top to bottom. */
  cells: Rect[];
  cutMarks: Line[];
}

const MAX_CELLS = 20;
/** Cards smaller than this cannot hold a readable code and a scannable QR. */
const MIN_CARD_MM = { width: 30, height: 18 };
const MARK_LENGTH_MM = 5;
const MARK_OFFSET_MM = 1;

export function gridGeometry(sheet: GridSheet): GridGeometry {
  const page = PAPER_POINTS[sheet.paper];
  const { top, right, bottom, left } = sheet.marginMm;
  for (const [name, value] of Object.entries({ top, right, bottom, left, gap: sheet.gapMm })) {
    if (!Number.isFinite(value) || value < 0) throw new PrintTemplateError(`margin ${name} must be 0 mm or more`);
  }
  for (const [name, value] of [['columns', sheet.columns], ['rows', sheet.rows]] as const) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_CELLS) {
      throw new PrintTemplateError(`${name} must be a whole number from 1 to ${MAX_CELLS}`);
    }
  }
  const printable: Rect = {
    x: left * MM,
    y: bottom * MM,
    width: page.width - (left + right) * MM,
    height: page.height - (top + bottom) * MM,
  };
  const gap = sheet.gapMm * MM;
  const card = {
    width: (printable.width - gap * (sheet.columns - 1)) / sheet.columns,
    height: (printable.height - gap * (sheet.rows - 1)) / sheet.rows,
  };
  if (card.width < MIN_CARD_MM.width * MM || card.height < MIN_CARD_MM.height * MM) {
    throw new PrintTemplateError(
      `${sheet.columns} × ${sheet.rows} cards on ${sheet.paper} are ${(card.width / MM).toFixed(1)} × ${(card.height / MM).toFixed(1)} mm; ` +
        `cards need at least ${MIN_CARD_MM.width} × ${MIN_CARD_MM.height} mm: use fewer columns or rows or smaller margins`,
    );
  }
  const cells: Rect[] = [];
  for (let row = 0; row < sheet.rows; row += 1) {
    for (let column = 0; column < sheet.columns; column += 1) {
      cells.push({
        x: printable.x + column * (card.width + gap),
        y: printable.y + printable.height - (row + 1) * card.height - row * gap,
        width: card.width,
        height: card.height,
      });
    }
  }
  return { page, printable, card, cells, cutMarks: sheet.cutMarks ? cutMarks(sheet, printable, card, gap) : [] };
}

/**
 * Marks sit in the page margins, in line with every card edge, so they never print on a card; a guillotine
 * cut along a mark's line cuts the whole column or row. Margins too thin for a mark get none.
 */
function cutMarks(sheet: GridSheet, area: Rect, card: { width: number; height: number }, gap: number): Line[] {
  const xs = edges(area.x, card.width, gap, sheet.columns);
  const ys = edges(area.y, card.height, gap, sheet.rows);
  const offset = MARK_OFFSET_MM * MM;
  const marks: Line[] = [];
  const length = (marginMm: number): number => Math.min(MARK_LENGTH_MM, marginMm - 2 * MARK_OFFSET_MM) * MM;
  const topLength = length(sheet.marginMm.top);
  const bottomLength = length(sheet.marginMm.bottom);
  const leftLength = length(sheet.marginMm.left);
  const rightLength = length(sheet.marginMm.right);
  const top = area.y + area.height;
  const right = area.x + area.width;
  for (const x of xs) {
    if (topLength > 0) marks.push({ x1: x, y1: top + offset, x2: x, y2: top + offset + topLength });
    if (bottomLength > 0) marks.push({ x1: x, y1: area.y - offset, x2: x, y2: area.y - offset - bottomLength });
  }
  for (const y of ys) {
    if (leftLength > 0) marks.push({ x1: area.x - offset, y1: y, x2: area.x - offset - leftLength, y2: y });
    if (rightLength > 0) marks.push({ x1: right + offset, y1: y, x2: right + offset + rightLength, y2: y });
  }
  return marks;
}

/** Every distinct card edge along one axis (two per gap, one shared line when cards touch). */
function edges(start: number, size: number, gap: number, count: number): number[] {
  const values: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const from = start + i * (size + gap);
    values.push(from, from + size);
  }
  // Touching cards share an edge; float sums differ in the last bits, so compare to 1/1000 pt.
  return values.filter((value, i) => values.findIndex((other) => Math.abs(other - value) < 1e-3) === i);
}
