import { MM } from './geometry';
import type { CardFields, FontSizes, ThermalRoll } from './types';

export type FontKey = 'regular' | 'bold' | 'mono';

/**
 * Where a text comes from. Slots of the form layer are the same on every card of a group (office, plan,
 * price, validity, batch, labels) and are drawn once into a form XObject; card slots change per card.
 */
export type FormSlot = 'office' | 'plan' | 'price' | 'validity' | 'batch' | 'codeLabel' | 'passwordLabel' | 'serialLabel';
export type CardSlot = 'code' | 'password' | 'serial';

export interface TextBox {
  slot: FormSlot | CardSlot;
  font: FontKey;
  size: number;
  /** Left edge of the box and the text baseline, card coordinates (origin bottom-left). */
  x: number;
  y: number;
  width: number;
  align: 'left' | 'center' | 'right';
  colour: 'text' | 'accent';
}

export interface CardLayout {
  width: number;
  height: number;
  texts: TextBox[];
  qr?: { x: number; y: number; size: number };
  logo?: { x: number; y: number; width: number; height: number };
  /** Grid: a rectangle around the card. Thermal: a dashed tear line at the bottom. */
  frame: 'rect' | 'tear' | 'none';
}

export interface LayoutInput {
  fields: CardFields;
  sizes: FontSizes;
  /** Labels' widths are needed to put values beside them. */
  measure: (font: FontKey, text: string, size: number) => number;
  labels: { code: string; password: string; serial: string };
  showPassword: boolean;
  showBatch: boolean;
  /** Logo width / height, when a logo is printed. */
  logoAspect?: number;
}

const LINE = 1.25;
const LABEL_GAP = 3;

interface Row {
  height: number;
  place: (top: number) => void;
  /** The serial/batch row: on thermal cards it goes under the QR, as on printed receipts. */
  footer?: boolean;
}

/** A card cell of a paper grid: text column on the left, QR on the right, everything shrunk to fit the height. */
export function gridCardLayout(width: number, height: number, input: LayoutInput): CardLayout {
  const pad = Math.min(2.5 * MM, height * 0.08);
  const qrSize = input.fields.qr ? Math.min(height - 2 * pad, (width - 2 * pad) * 0.48) : 0;
  const textWidth = width - 2 * pad - (qrSize > 0 ? qrSize + pad : 0);
  const natural = stackHeight(input, 1, textWidth, 'left');
  const scale = Math.min(1, (height - 2 * pad) / natural);
  const layout: CardLayout = { width, height, texts: [], frame: input.fields.frame ? 'rect' : 'none' };
  if (qrSize > 0) layout.qr = { x: width - pad - qrSize, y: (height - qrSize) / 2, size: qrSize };
  // Centre the stack vertically in the card so short templates do not hug the top edge.
  const used = stackHeight(input, scale, textWidth, 'left');
  let top = height - pad - (height - 2 * pad - used) / 2;
  for (const row of rows(input, scale, pad, textWidth, 'left', layout)) {
    row.place(top);
    top -= row.height;
  }
  return layout;
}

/** A thermal card: everything centred in one column, the page exactly as tall as its content plus the feed. */
export function thermalCardLayout(roll: ThermalRoll, input: LayoutInput): CardLayout {
  const width = roll.widthMm * MM;
  const side = roll.sideMarginMm * MM;
  const column = width - 2 * side;
  const pad = 2 * MM;
  const qrSize = input.fields.qr ? Math.min(column * 0.7, 45 * MM) : 0;
  const body = stackHeight(input, 1, column, 'center');
  const height = pad + body + (qrSize > 0 ? qrSize + pad : 0) + pad + roll.feedMm * MM;
  const layout: CardLayout = { width, height, texts: [], frame: input.fields.frame ? 'tear' : 'none' };
  let top = height - pad;
  const all = rows(input, 1, side, column, 'center', layout);
  const footer = all.filter((row) => row.footer);
  for (const row of all) {
    if (row.footer) continue;
    row.place(top);
    top -= row.height;
  }
  if (qrSize > 0) {
    top -= pad / 2;
    layout.qr = { x: (width - qrSize) / 2, y: top - qrSize, size: qrSize };
    top -= qrSize + pad / 2;
  }
  for (const row of footer) {
    row.place(top);
    top -= row.height;
  }
  return layout;
}

function stackHeight(input: LayoutInput, scale: number, width: number, align: 'left' | 'center'): number {
  const scratch: CardLayout = { width: 0, height: 0, texts: [], frame: 'none' };
  return rows(input, scale, 0, width, align, scratch).reduce((sum, row) => sum + row.height, 0);
}

/** The card's rows top to bottom; `place` writes a row's boxes into the layout given the row's top edge. */
function rows(input: LayoutInput, scale: number, x: number, width: number, align: 'left' | 'center', layout: CardLayout): Row[] {
  const { fields, sizes, measure, labels } = input;
  const result: Row[] = [];
  const text = (slot: TextBox['slot'], font: FontKey, size: number, colour: TextBox['colour'] = 'text'): Row => ({
    height: size * scale * LINE,
    place: (top) => {
      const s = size * scale;
      layout.texts.push({ slot, font, size: s, x, y: baseline(top, s), width, align, colour });
    },
  });
  if (fields.logo && input.logoAspect !== undefined) {
    const logoHeight = Math.max(sizes.office * 2, 8 * MM) * scale;
    const logoWidth = Math.min(logoHeight * input.logoAspect, width * (align === 'left' ? 0.35 : 1));
    const drawnHeight = logoWidth / input.logoAspect;
    if (align === 'left' && fields.officeName) {
      // Logo and office name share the top row: the name sits beside the logo.
      result.push({
        height: Math.max(drawnHeight, sizes.office * scale * LINE) + 1,
        place: (top) => {
          const rowHeight = Math.max(drawnHeight, sizes.office * scale * LINE);
          layout.logo = { x, y: top - drawnHeight, width: logoWidth, height: drawnHeight };
          const s = sizes.office * scale;
          const textX = x + logoWidth + LABEL_GAP;
          layout.texts.push({ slot: 'office', font: 'bold', size: s, x: textX, y: top - rowHeight / 2 - s * 0.35, width: width - logoWidth - LABEL_GAP, align, colour: 'accent' });
        },
      });
    } else {
      result.push({
        height: drawnHeight + 2,
        place: (top) => {
          const left = align === 'center' ? x + (width - logoWidth) / 2 : x;
          layout.logo = { x: left, y: top - drawnHeight, width: logoWidth, height: drawnHeight };
        },
      });
      if (fields.officeName) result.push(text('office', 'bold', sizes.office, 'accent'));
    }
  } else if (fields.officeName) {
    result.push(text('office', 'bold', sizes.office, 'accent'));
  }
  if (fields.plan) result.push(text('plan', 'bold', sizes.plan));
  if (fields.price) result.push(text('price', 'bold', sizes.price, 'accent'));
  if (fields.validity) result.push(text('validity', 'regular', sizes.validity));
  if (fields.code) result.push(labelled('codeLabel', labels.code, 'code', sizes.code));
  if (fields.password && input.showPassword) result.push(labelled('passwordLabel', labels.password, 'password', sizes.code * 0.85));
  if (fields.serial || (fields.batch && input.showBatch)) {
    result.push({
      footer: true,
      height: sizes.small * scale * LINE,
      place: (top) => {
        const s = sizes.small * scale;
        const y = baseline(top, s);
        if (fields.serial) {
          const labelWidth = measure('regular', labels.serial, s);
          layout.texts.push({ slot: 'serialLabel', font: 'regular', size: s, x, y, width: labelWidth, align: 'left', colour: 'text' });
          // Serial on the left 55 %, batch right-aligned in the rest, with a gap so they never touch.
          const serialWidth = (fields.batch && input.showBatch ? width * 0.55 : width) - labelWidth - LABEL_GAP / 2;
          layout.texts.push({ slot: 'serial', font: 'regular', size: s, x: x + labelWidth + LABEL_GAP / 2, y, width: serialWidth, align: 'left', colour: 'text' });
        }
        if (fields.batch && input.showBatch) {
          const batchWidth = fields.serial ? width * 0.45 - LABEL_GAP : width;
          layout.texts.push({ slot: 'batch', font: 'regular', size: s, x: x + width - batchWidth, y, width: batchWidth, align: fields.serial ? 'right' : align, colour: 'text' });
        }
      },
    });
  }
  return result;

  /** Label then value on one line (grid), or label above a centred value (thermal, where width is scarce). */
  function labelled(labelSlot: FormSlot, label: string, valueSlot: CardSlot, size: number): Row {
    if (align === 'center') {
      const labelSize = sizes.small;
      return {
        height: (labelSize + size) * scale * LINE,
        place: (top) => {
          const ls = labelSize * scale;
          const vs = size * scale;
          layout.texts.push({ slot: labelSlot, font: 'regular', size: ls, x, y: baseline(top, ls), width, align, colour: 'text' });
          layout.texts.push({ slot: valueSlot, font: 'mono', size: vs, x, y: baseline(top - ls * LINE, vs), width, align, colour: 'text' });
        },
      };
    }
    return {
      height: size * scale * LINE,
      place: (top) => {
        const vs = size * scale;
        const ls = Math.min(sizes.small * scale, vs);
        const y = baseline(top, vs);
        const labelWidth = measure('regular', label, ls);
        layout.texts.push({ slot: labelSlot, font: 'regular', size: ls, x, y, width: labelWidth, align: 'left', colour: 'text' });
        layout.texts.push({ slot: valueSlot, font: 'mono', size: vs, x: x + labelWidth + LABEL_GAP, y, width: width - labelWidth - LABEL_GAP, align: 'left', colour: 'text' });
      },
    };
  }
}

/** Baseline for a line whose box starts at `top`: cap height ~0.72 em plus a little leading above. */
function baseline(top: number, size: number): number {
  return top - size * (0.8 + (LINE - 1) / 2);
}
