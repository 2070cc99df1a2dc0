import type { TextRun } from './fonts';
import { PrintTemplateError, type HexColour } from './types';

/** Numbers in content streams: two decimals are 1/36 mm, finer than any printer; fewer bytes than toString(). */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function parseColour(hex: HexColour): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new PrintTemplateError(`colour "${hex}" must be #rrggbb`);
  return [parseInt(match[1] ?? '0', 16) / 255, parseInt(match[2] ?? '0', 16) / 255, parseInt(match[3] ?? '0', 16) / 255];
}

export function fillColour(hex: HexColour): string {
  return `${parseColour(hex).map((c) => num(c)).join(' ')} rg`;
}

export function strokeColour(hex: HexColour): string {
  return `${parseColour(hex).map((c) => num(c)).join(' ')} RG`;
}

/**
 * Text positioned with a fresh text matrix, so the caller never tracks the previous line's position. Each run
 * after the first switches font and continues where the previous Tj left the pen (mixed Latin + CJK lines).
 */
export function textOp(runs: readonly TextRun[], size: number, x: number, y: number): string {
  let ops = 'BT';
  runs.forEach((run, i) => {
    ops += ` /${run.fontName} ${num(size)} Tf${i === 0 ? ` ${num(x)} ${num(y)} Td` : ''} ${run.hex} Tj`;
  });
  return `${ops} ET\n`;
}

/** An XObject drawn at (x, y) scaled to width × height (images are 1 × 1 in their own space). */
export function drawXObject(name: string, x: number, y: number, width: number, height: number): string {
  return `q ${num(width)} 0 0 ${num(height)} ${num(x)} ${num(y)} cm /${name} Do Q\n`;
}
