import type { DocLine } from './doc-pdf';

/**
 * A small ESC/POS encoder for till receipts: the same lines the PDF lays out, as bytes a thermal printer
 * understands. Hand-written on purpose (docs/decisions/0012-till.md): the npm encoders either pull image
 * and code-page packages we do not need or are unmaintained, and a receipt uses a dozen commands.
 *
 * Text is sent as plain ASCII under code page 0 (PC437, every printer's default): letters with accents lose
 * them (é → e), spaces of any width become a space, and anything else becomes '?'. Receipts stay legible
 * on any printer without knowing which code pages it has.
 */

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

export const ESCPOS = {
  init: [ESC, 0x40],
  codePage0: [ESC, 0x74, 0x00],
  boldOn: [ESC, 0x45, 0x01],
  boldOff: [ESC, 0x45, 0x00],
  alignLeft: [ESC, 0x61, 0x00],
  alignCenter: [ESC, 0x61, 0x01],
  /** GS ! 0x11: double width and double height. */
  sizeDouble: [GS, 0x21, 0x11],
  sizeNormal: [GS, 0x21, 0x00],
  /** ESC d 4: feed four lines, so the cut does not go through the last line. */
  feed: [ESC, 0x64, 0x04],
  /** GS V 1: partial cut. */
  partialCut: [GS, 0x56, 0x01],
} as const;

/** Characters per line of a roll in the printer's font A (12×24 dots). */
export const COLUMNS = { '58mm': 32, '80mm': 48 } as const;
export type Roll = keyof typeof COLUMNS;

/** Unicode → printable ASCII (the documented fallback above). */
export function toAscii(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKD')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f) out += char;
    else if (/\s/u.test(char)) out += ' ';
    else if (code >= 0x300 && code <= 0x36f) continue; // a combining accent split off by NFKD
    else out += '?';
  }
  return out;
}

/** Words that fit `width` characters per line; a word longer than a line is cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length <= width) current = next;
    else {
      if (current !== '') lines.push(current);
      let rest = word;
      while (rest.length > width) {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      current = rest;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}

/** Left text and a right-aligned amount: the amount stays on the last line, the text wraps above it. */
function columns(left: string, right: string, width: number): string[] {
  const room = width - right.length - 1;
  if (room < 1) return [...wrap(left, width), right.padStart(width)];
  const lines = wrap(left, room);
  const last = lines.pop() ?? '';
  return [...lines, `${last.padEnd(room)} ${right}`];
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function textLine(line: Extract<DocLine, { kind: 'text' }>, width: number): number[] {
  // Double width halves the characters per line.
  const chars = line.large ? Math.floor(width / 2) : width;
  const left = toAscii(line.left);
  const rows = line.right === undefined ? wrap(left, chars) : columns(left, toAscii(line.right), chars);
  const bytes: number[] = [];
  if (line.center) bytes.push(...ESCPOS.alignCenter);
  if (line.large) bytes.push(...ESCPOS.sizeDouble);
  if (line.bold || line.large) bytes.push(...ESCPOS.boldOn);
  for (const row of rows) bytes.push(...ascii(row), LF);
  if (line.bold || line.large) bytes.push(...ESCPOS.boldOff);
  if (line.large) bytes.push(...ESCPOS.sizeNormal);
  if (line.center) bytes.push(...ESCPOS.alignLeft);
  return bytes;
}

/** GS ( k: model 2, module size, error correction M, store the data, print it (centred). */
export function qrCode(data: string, moduleSize = 6): number[] {
  const payload = ascii(toAscii(data));
  const stored = payload.length + 3;
  if (stored > 7092) throw new RangeError('QR data too long');
  const k = (pL: number, pH: number, ...rest: number[]): number[] => [GS, 0x28, 0x6b, pL, pH, ...rest];
  return [
    ...ESCPOS.alignCenter,
    ...k(4, 0, 0x31, 0x41, 0x32, 0x00),
    ...k(3, 0, 0x31, 0x43, moduleSize),
    ...k(3, 0, 0x31, 0x45, 0x31),
    ...k(stored & 0xff, stored >> 8, 0x31, 0x50, 0x30, ...payload),
    ...k(3, 0, 0x31, 0x51, 0x30),
    LF,
    ...ESCPOS.alignLeft,
  ];
}

export interface EscPosOptions {
  roll: Roll;
  /** Printed centred under the last line, e.g. a hotspot login link. */
  qr?: string;
}

/** One document: init, code page 0, the lines, optional QR code, feed and a partial cut. */
export function encodeEscPos(lines: readonly DocLine[], options: EscPosOptions): Uint8Array {
  const width = COLUMNS[options.roll];
  const bytes: number[] = [...ESCPOS.init, ...ESCPOS.codePage0];
  for (const line of lines) {
    if (line.kind === 'rule') bytes.push(...ascii('-'.repeat(width)), LF);
    else if (line.kind === 'gap') bytes.push(LF);
    else bytes.push(...textLine(line, width));
  }
  if (options.qr !== undefined) bytes.push(...qrCode(options.qr));
  bytes.push(...ESCPOS.feed, ...ESCPOS.partialCut);
  return Uint8Array.from(bytes);
}
