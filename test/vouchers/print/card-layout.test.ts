import { describe, expect, it } from 'vitest';
import { defaultTemplate, gridCardLayout, gridGeometry, MM, thermalCardLayout, type CardLayout, type ThermalRoll } from '../../../src-main/vouchers/print';
import type { LayoutInput } from '../../../src-main/vouchers/print/card-layout';

const base = defaultTemplate('Office', { code: 'IDR', exponent: 0 }, 'id-ID');
/** Helvetica-ish: half an em per character is close enough to test placement. */
const measure: LayoutInput['measure'] = (_font, text, size) => text.length * size * 0.55;

function input(overrides: Partial<LayoutInput> = {}): LayoutInput {
  return { fields: base.fields, sizes: base.fontSizes, measure, labels: base.labels, showPassword: false, showBatch: true, ...overrides };
}

function expectInside(layout: CardLayout): void {
  for (const box of layout.texts) {
    expect(box.x, box.slot).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, box.slot).toBeLessThanOrEqual(layout.width + 1e-6);
    // Baseline minus descender and baseline plus ascender stay on the card.
    expect(box.y - box.size * 0.25, box.slot).toBeGreaterThanOrEqual(-1e-6);
    expect(box.y + box.size * 0.8, box.slot).toBeLessThanOrEqual(layout.height + 1e-6);
  }
  if (layout.qr) {
    expect(layout.qr.x).toBeGreaterThanOrEqual(0);
    expect(layout.qr.y).toBeGreaterThanOrEqual(0);
    expect(layout.qr.x + layout.qr.size).toBeLessThanOrEqual(layout.width + 1e-6);
    expect(layout.qr.y + layout.qr.size).toBeLessThanOrEqual(layout.height + 1e-6);
  }
}

describe('card layout', () => {
  it('keeps every grid card element on the card and the QR clear of the text column, for common grids', () => {
    for (const [columns, rows] of [[2, 5], [3, 8], [4, 10], [3, 7]] as const) {
      for (const showPassword of [false, true]) {
        const g = gridGeometry({ kind: 'grid', paper: 'A4', columns, rows, marginMm: { top: 8, right: 6, bottom: 8, left: 6 }, gapMm: 0, cutMarks: true });
        const layout = gridCardLayout(g.card.width, g.card.height, input({ showPassword, logoAspect: 2 }));
        expectInside(layout);
        const qr = layout.qr;
        expect(qr).toBeDefined();
        for (const box of layout.texts) expect(box.x + box.width).toBeLessThanOrEqual((qr?.x ?? 0) + 1e-6);
        expect(layout.texts.some((t) => t.slot === 'password')).toBe(showPassword);
        expect(layout.logo).toBeDefined();
      }
    }
  });

  it('shrinks text to fit small cards instead of overflowing', () => {
    const big = { ...base.fontSizes, code: 30, plan: 24, price: 24 };
    const layout = gridCardLayout(60 * MM, 20 * MM, input({ sizes: big, showPassword: true }));
    expectInside(layout);
    const code = layout.texts.find((t) => t.slot === 'code');
    expect(code?.size).toBeLessThan(30);
  });

  it('makes a thermal page exactly as tall as its content plus the feed, one card per page', () => {
    const roll: ThermalRoll = { kind: 'thermal', widthMm: 58, sideMarginMm: 3, feedMm: 6 };
    const withPassword = thermalCardLayout(roll, input({ showPassword: true }));
    const without = thermalCardLayout(roll, input({ showPassword: false }));
    const noQr = thermalCardLayout(roll, input({ fields: { ...base.fields, qr: false } }));
    const moreFeed = thermalCardLayout({ ...roll, feedMm: 16 }, input());
    expect(withPassword.width).toBeCloseTo(58 * MM);
    expect(withPassword.height).toBeGreaterThan(without.height);
    expect(without.height - noQr.height).toBeCloseTo((without.qr?.size ?? 0) + 2 * MM);
    expect(moreFeed.height - without.height).toBeCloseTo(10 * MM);
    for (const layout of [withPassword, without, noQr, moreFeed]) expectInside(layout);
    // The feed stays blank: nothing is printed in the last feedMm of the page.
    const lowest = Math.min(...without.texts.map((t) => t.y - t.size * 0.25), without.qr?.y ?? Infinity);
    expect(lowest).toBeGreaterThanOrEqual(6 * MM);
    // Centred QR, 70 % of the printable width on 58 mm, capped at 45 mm on 80 mm.
    expect(without.qr?.x).toBeCloseTo((58 * MM - (without.qr?.size ?? 0)) / 2);
    expect(without.qr?.size).toBeCloseTo(52 * MM * 0.7);
    expect(thermalCardLayout({ ...roll, widthMm: 80 }, input()).qr?.size).toBeCloseTo(45 * MM);
  });

  it('stacks thermal rows top to bottom in the template order with the serial under the QR', () => {
    const layout = thermalCardLayout({ kind: 'thermal', widthMm: 80, sideMarginMm: 4, feedMm: 0 }, input({ showPassword: true }));
    const y = (slot: string): number => layout.texts.find((t) => t.slot === slot)?.y ?? Number.NaN;
    const order = ['office', 'plan', 'price', 'validity', 'codeLabel', 'code', 'passwordLabel', 'password'];
    for (let i = 1; i < order.length; i += 1) expect(y(order[i - 1] as string)).toBeGreaterThan(y(order[i] as string));
    expect(y('password')).toBeGreaterThan((layout.qr?.y ?? 0) + (layout.qr?.size ?? 0));
    expect(y('serial')).toBeLessThan(layout.qr?.y ?? 0);
  });
});
