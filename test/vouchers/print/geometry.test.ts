import { describe, expect, it } from 'vitest';
import { gridGeometry, MM, PAPER_POINTS, PrintTemplateError, type GridSheet, type Rect } from '../../../src-main/vouchers/print';

const EPS = 1e-6;

function sheet(overrides: Partial<GridSheet> = {}): GridSheet {
  return { kind: 'grid', paper: 'A4', columns: 3, rows: 8, marginMm: { top: 10, right: 8, bottom: 10, left: 8 }, gapMm: 0, cutMarks: true, ...overrides };
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x - EPS && inner.y >= outer.y - EPS && inner.x + inner.width <= outer.x + outer.width + EPS && inner.y + inner.height <= outer.y + outer.height + EPS;
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
}

describe('N-up grid geometry', () => {
  const cases: GridSheet[] = [];
  for (const paper of ['A4', 'Letter'] as const) {
    for (const [columns, rows] of [[1, 1], [2, 5], [3, 8], [4, 10], [5, 13]] as const) {
      for (const gapMm of [0, 2]) cases.push(sheet({ paper, columns, rows, gapMm }));
    }
  }

  it.each(cases.map((c) => [`${c.paper} ${c.columns}×${c.rows} gap ${c.gapMm}`, c] as const))('%s: cards fill the printable area without overlap', (_name, s) => {
    const g = gridGeometry(s);
    expect(g.page).toEqual(PAPER_POINTS[s.paper]);
    expect(g.cells).toHaveLength(s.columns * s.rows);
    expect(g.printable.x).toBeCloseTo(s.marginMm.left * MM);
    expect(g.printable.y).toBeCloseTo(s.marginMm.bottom * MM);
    for (const cell of g.cells) expect(inside(cell, g.printable)).toBe(true);
    for (let i = 0; i < g.cells.length; i += 1) {
      for (let j = i + 1; j < g.cells.length; j += 1) expect(overlap(g.cells[i] as Rect, g.cells[j] as Rect)).toBe(false);
    }
    // Reading order: first card top-left, last bottom-right, touching the printable area's corners.
    const first = g.cells[0] as Rect;
    const last = g.cells[g.cells.length - 1] as Rect;
    expect(first.x).toBeCloseTo(g.printable.x);
    expect(first.y + first.height).toBeCloseTo(g.printable.y + g.printable.height);
    expect(last.x + last.width).toBeCloseTo(g.printable.x + g.printable.width);
    expect(last.y).toBeCloseTo(g.printable.y);
  });

  it.each(cases.map((c) => [`${c.paper} ${c.columns}×${c.rows} gap ${c.gapMm}`, c] as const))('%s: cut marks lie in the margins on every card edge', (_name, s) => {
    const g = gridGeometry(s);
    const page: Rect = { x: 0, y: 0, ...g.page };
    expect(g.cutMarks.length).toBeGreaterThan(0);
    for (const mark of g.cutMarks) {
      const box: Rect = { x: Math.min(mark.x1, mark.x2), y: Math.min(mark.y1, mark.y2), width: Math.abs(mark.x2 - mark.x1), height: Math.abs(mark.y2 - mark.y1) };
      expect(inside(box, page)).toBe(true);
      expect(overlap(box, g.printable)).toBe(false);
      expect(mark.x1 === mark.x2 || mark.y1 === mark.y2).toBe(true);
    }
    // Every vertical card edge has a mark at top and bottom; every horizontal edge left and right.
    const verticalXs = g.cutMarks.filter((m) => m.x1 === m.x2).map((m) => m.x1);
    const horizontalYs = g.cutMarks.filter((m) => m.y1 === m.y2).map((m) => m.y1);
    const near = (values: number[], target: number): number => values.filter((v) => Math.abs(v - target) < 1e-3).length;
    for (const cell of g.cells) {
      // Two marks (top and bottom margin) per vertical edge, two (left and right) per horizontal edge.
      expect(near(verticalXs, cell.x)).toBe(2);
      expect(near(verticalXs, cell.x + cell.width)).toBe(2);
      expect(near(horizontalYs, cell.y)).toBe(2);
      expect(near(horizontalYs, cell.y + cell.height)).toBe(2);
    }
    const distinctEdges = s.gapMm > 0 ? 2 * s.columns : s.columns + 1;
    expect(verticalXs.length).toBe(2 * distinctEdges);
  });

  it('draws no cut marks when off, and none in a margin too thin to hold one', () => {
    expect(gridGeometry(sheet({ cutMarks: false })).cutMarks).toEqual([]);
    const thin = gridGeometry(sheet({ marginMm: { top: 1.5, right: 8, bottom: 10, left: 8 } }));
    const top = thin.printable.y + thin.printable.height;
    expect(thin.cutMarks.some((m) => m.y1 > top || m.y2 > top)).toBe(false);
  });

  it('refuses grids whose cards would be too small, and bad numbers, with a message saying what to change', () => {
    expect(() => gridGeometry(sheet({ columns: 8, rows: 20 }))).toThrow(/use fewer columns or rows/);
    expect(() => gridGeometry(sheet({ columns: 0 }))).toThrow(PrintTemplateError);
    expect(() => gridGeometry(sheet({ rows: 2.5 }))).toThrow(PrintTemplateError);
    expect(() => gridGeometry(sheet({ marginMm: { top: -1, right: 0, bottom: 0, left: 0 } }))).toThrow(/margin top/);
  });
});
