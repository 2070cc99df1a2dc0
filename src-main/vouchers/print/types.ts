import type { Currency } from '../../../src-shared/domain/money';

/** Paper sheets cut into an N-up grid of cards (office laser/inkjet printers). */
export interface GridSheet {
  kind: 'grid';
  paper: 'A4' | 'Letter';
  columns: number;
  rows: number;
  /** Page margins; printers cannot print the outer ~4 mm, and cut marks live in the margins. */
  marginMm: { top: number; right: number; bottom: number; left: number };
  /** Space between cards (0 = cards touch and share cut lines). */
  gapMm: number;
  cutMarks: boolean;
}

/** Continuous thermal roll: one card per page, the page as tall as the card so the cutter/tear bar sits between cards. */
export interface ThermalRoll {
  kind: 'thermal';
  widthMm: 58 | 80;
  /** Left/right margin inside the roll (58 mm printers print ~48 mm, 80 mm ~72 mm). */
  sideMarginMm: number;
  /** Blank paper after each card so it can be torn off past the cutter. */
  feedMm: number;
}

export type Sheet = GridSheet | ThermalRoll;

export interface CardFields {
  officeName: boolean;
  logo: boolean;
  plan: boolean;
  price: boolean;
  validity: boolean;
  code: boolean;
  /** Shown only for cards whose password differs from the code. */
  password: boolean;
  serial: boolean;
  batch: boolean;
  qr: boolean;
  /** Frame around each card (grid) or a rule under the header (thermal). */
  frame: boolean;
}

/** '#rrggbb'. */
export type HexColour = string;

export interface CardColours {
  text: HexColour;
  accent: HexColour;
  frame: HexColour;
  background: HexColour;
  /** QR modules; keep it dark: the quiet zone is always painted white behind it. */
  qr: HexColour;
}

/** Points (1/72 in). Text that does not fit its box is shrunk, never cut. */
export interface FontSizes {
  office: number;
  plan: number;
  price: number;
  validity: number;
  code: number;
  small: number;
}

/** Printed labels, translated by the caller (the operator's language). */
export interface CardLabels {
  code: string;
  password: string;
  serial: string;
}

export interface VoucherTemplate {
  sheet: Sheet;
  fields: CardFields;
  colours: CardColours;
  fontSizes: FontSizes;
  labels: CardLabels;
  officeName: string;
  /** PNG bytes; embedded once and reused by every card. */
  logoPng?: Uint8Array;
  currency: Currency;
  locale: string;
}

export interface PrintCard {
  code: string;
  /** Absent (or equal to the code) for username = password vouchers. */
  password?: string;
  serial: string;
  planName: string;
  priceMinor: number;
  validityText: string;
  batchLabel?: string;
  /** Hotspot login page, e.g. http://hotspot.lan/login; the QR carries this with the credentials. */
  loginUrlBase: string;
}

export interface RenderTimings {
  qrMs: number;
  pagesMs: number;
  saveMs: number;
}

export interface RenderResult {
  pdf: Uint8Array;
  pageCount: number;
  /** QR version used for the whole batch (smallest that fits the longest URL). */
  qrVersion: number;
  timings: RenderTimings;
  /** Non-fatal problems (e.g. characters the embedded fonts cannot print), in English for the log. */
  warnings: string[];
}

export class PrintTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrintTemplateError';
  }
}
