import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFName, PDFString, StandardFonts, type PDFDict, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import type { FontKey } from './card-layout';
import { TrueTypeFont } from './truetype';

/** Font bytes, or a function that reads them on first use (the 4 MB CJK face is read only when a text needs it). */
export type FontSource = Uint8Array | (() => Uint8Array);

/**
 * TrueType bytes for text the standard fonts cannot print (resources/fonts): DejaVu Sans regular and bold
 * (Bitstream Vera licence) and, tried per character for what DejaVu lacks, the fallback faces (CJK: see
 * FALLBACK_FONT_FILES). The fallbacks are regular weight only; bold text uses them as they are (no fake bold).
 */
export interface UnicodeFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
  fallbacks?: FontSource[];
}

/**
 * Fallback faces in resources/fonts, in the order they are tried; a missing file is skipped (its characters print
 * as '?'). Droid Sans Fallback (Apache-2.0): Chinese, Japanese kana, CJK punctuation, but only 3 of the 11,172
 * Hangul syllables in Debian's build; NanumSquare Regular (OFL-1.1, 720 KB): all Hangul syllables.
 */
export const FALLBACK_FONT_FILES: readonly string[] = ['DroidSansFallbackFull.ttf', 'NanumSquareR.ttf'];

/** Reads the bundled fonts; the app passes its resources folder (packaged apps move it). Fallbacks are read lazily, once. */
export function loadUnicodeFonts(dir = path.resolve('resources/fonts')): UnicodeFontFiles {
  return {
    regular: fs.readFileSync(path.join(dir, 'DejaVuSans.ttf')),
    bold: fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
    fallbacks: FALLBACK_FONT_FILES.map((name) => path.join(dir, name))
      .filter((file) => fs.existsSync(file))
      .map((file) => {
        let bytes: Uint8Array | undefined;
        return () => (bytes ??= fs.readFileSync(file));
      }),
  };
}

/** One stretch of text in one font: a font switch and a Tj. */
export interface TextRun {
  fontName: string;
  /** A PDF hex string for Tj. */
  hex: string;
  /** Advance width in 1/1000 em: multiply by size / 1000 for points. */
  units: number;
}

export interface ShapedText {
  /** In reading order (left to right: no bidi), drawn one after the other on the same line. */
  runs: TextRun[];
  /** Total advance width of all runs in 1/1000 em (what shrink-to-fit and the preview use). */
  units: number;
}

interface EmbeddedTrueType {
  name: string;
  font: TrueTypeFont;
  bold: boolean;
  ref: PDFRef;
  /** Glyph id -> the text it stands for (for the ToUnicode map, so the PDF text stays searchable). */
  used: Map<number, string>;
}

/** The face a run is set in: an embedded TrueType font, or null for the key's standard font. */
type Face = EmbeddedTrueType | null;

/** Scripts that need a shaping engine (joining, reordering, mark positioning) or right-to-left layout: none here. */
const NEEDS_SHAPING =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;

/** What the operator is told about text the fonts could not print as written (render result and preview). */
export function fontWarnings(fonts: PrintFonts): string[] {
  const warnings: string[] = [];
  if (fonts.unsupported.size > 0) warnings.push(`characters the PDF fonts cannot print were replaced by "?": ${[...fonts.unsupported].join(' ')}`);
  const shaped = [...fonts.unshaped].filter((char) => !fonts.unsupported.has(char));
  if (shaped.length > 0) warnings.push(`printed without shaping (letters unjoined, left to right, marks not positioned): ${shaped.join(' ')}`);
  return warnings;
}

/** Parsing a font walks its hmtx and loca (49,382 glyphs for Droid): once per font bytes, not per render or preview. */
const parsed = new WeakMap<Uint8Array, TrueTypeFont>();
function parseFont(bytes: Uint8Array): TrueTypeFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = new TrueTypeFont(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * Text goes out in the 14 standard PDF fonts (WinAnsi: Latin-1 plus a few signs) when they can print it,
 * which keeps PDFs small and per-card codes cheap. Otherwise a string is split into runs by the font that
 * can print each character: its Latin face is DejaVu when DejaVu prints something the standard font cannot
 * (so "Đà Nẵng" stays in one design), else the standard font; characters that face lacks come from the
 * fallback faces (CJK), loaded and embedded only when used. Characters no font has become '?' and are listed
 * in `unsupported` so the caller can warn.
 */
export class PrintFonts {
  readonly names: Record<FontKey, string> = { regular: 'F1', bold: 'F2', mono: 'F3' };
  readonly unsupported = new Set<string>();
  /** Printed, but without shaping: right-to-left scripts come out left to right and unjoined, marks unpositioned. */
  readonly unshaped = new Set<string>();
  private readonly charsets = new Map<FontKey, Set<number>>();
  private readonly widths = new Map<FontKey, Map<number, number>>();
  /** undefined: not loaded yet; null: could not be read (treated as absent). */
  private readonly fallbackFaces: (EmbeddedTrueType | null | undefined)[];

  private constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Record<FontKey, PDFFont>,
    private readonly unicode: { regular: EmbeddedTrueType; bold: EmbeddedTrueType } | undefined,
    private readonly fallbackSources: readonly FontSource[],
  ) {
    for (const key of Object.keys(fonts) as FontKey[]) {
      this.charsets.set(key, new Set(fonts[key].getCharacterSet()));
      this.widths.set(key, new Map());
    }
    this.fallbackFaces = fallbackSources.map(() => undefined);
  }

  static async embed(doc: PDFDocument, files?: UnicodeFontFiles): Promise<PrintFonts> {
    const [regular, bold, mono] = await Promise.all([
      doc.embedFont(StandardFonts.Helvetica),
      doc.embedFont(StandardFonts.HelveticaBold),
      doc.embedFont(StandardFonts.CourierBold),
    ]);
    const truetype = (name: string, bytes: Uint8Array, isBold: boolean): EmbeddedTrueType => ({
      name,
      font: parseFont(bytes),
      bold: isBold,
      ref: doc.context.nextRef(),
      used: new Map(),
    });
    const unicode = files ? { regular: truetype('U1', files.regular, false), bold: truetype('U2', files.bold, true) } : undefined;
    return new PrintFonts(doc, { regular, bold, mono }, unicode, files?.fallbacks ?? []);
  }

  canPrint(font: FontKey, text: string): boolean {
    const charset = this.charsets.get(font);
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      if (charset?.has(cp)) continue;
      if (this.unicodeFor(font)?.font.glyph(cp)) continue;
      if (this.fallbackFor(cp)) continue;
      return false;
    }
    return true;
  }

  shape(font: FontKey, raw: string): ShapedText {
    const text = raw.replace(/[\u2009\u202f]/g, '\u00a0');
    const charset = this.charsets.get(font) ?? new Set<number>();
    let standard = true;
    for (const char of text) {
      if (!charset.has(char.codePointAt(0) ?? 0)) {
        standard = false;
        break;
      }
    }
    if (standard) {
      // The per-card path (codes, serials): one run, no per-character font choice.
      const run = this.encode(font, null, text);
      return { runs: [run], units: run.units };
    }
    const unicode = this.unicodeFor(font);
    let primary: Face = null;
    if (unicode) {
      for (const char of text) {
        const cp = char.codePointAt(0) ?? 0;
        if (!charset.has(cp) && unicode.font.glyph(cp) !== 0) {
          primary = unicode;
          break;
        }
      }
    }
    const has = (face: Face, cp: number): boolean => (face === null ? charset.has(cp) : face.font.glyph(cp) !== 0);
    const runs: TextRun[] = [];
    let units = 0;
    let face: Face | undefined;
    let pending = '';
    const flush = (): void => {
      if (pending === '' || face === undefined) return;
      const run = this.encode(font, face, pending);
      runs.push(run);
      units += run.units;
      pending = '';
    };
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      let next: Face | undefined;
      let shown = char;
      if (NEEDS_SHAPING.test(char)) this.unshaped.add(char);
      // Spaces between two CJK words stay in the current run: fewer font switches, same look.
      if (face !== undefined && /\s/.test(char) && has(face, cp)) next = face;
      else if (has(primary, cp)) next = primary;
      else next = this.fallbackFor(cp);
      if (next === undefined) {
        this.unsupported.add(char);
        next = primary;
        shown = '?';
      }
      if (next !== face) {
        flush();
        face = next;
      }
      pending += shown;
    }
    flush();
    return { runs, units };
  }

  /** Adds the TrueType fonts that were used to the shared font dictionary; call once, before saving. */
  finish(doc: PDFDocument, fontDict: PDFDict): void {
    const embedded = this.unicode ? [this.unicode.regular, this.unicode.bold] : [];
    for (const face of this.fallbackFaces) if (face) embedded.push(face);
    for (const font of embedded) {
      if (font.used.size === 0) continue;
      writeType0(doc, font);
      fontDict.set(PDFName.of(font.name), font.ref);
    }
  }

  private encode(font: FontKey, face: Face, text: string): TextRun {
    if (face === null) return { fontName: this.names[font], hex: this.fonts[font].encodeText(text).toString(), units: this.standardUnits(font, text) };
    let hex = '<';
    let units = 0;
    for (const char of text) {
      const glyph = face.font.glyph(char.codePointAt(0) ?? 0);
      face.used.set(glyph, char);
      hex += glyph.toString(16).padStart(4, '0');
      units += face.font.width(glyph);
    }
    return { fontName: face.name, hex: `${hex}>`, units };
  }

  private unicodeFor(font: FontKey): EmbeddedTrueType | undefined {
    return font === 'regular' ? this.unicode?.regular : this.unicode?.bold;
  }

  /** The first fallback face with a glyph for the code point, loading faces on first use. */
  private fallbackFor(cp: number): EmbeddedTrueType | undefined {
    for (let i = 0; i < this.fallbackSources.length; i += 1) {
      const face = this.fallback(i);
      if (face && face.font.glyph(cp) !== 0) return face;
    }
    return undefined;
  }

  private fallback(i: number): EmbeddedTrueType | null {
    let face = this.fallbackFaces[i];
    if (face === undefined) {
      const source = this.fallbackSources[i] as FontSource;
      try {
        const bytes = typeof source === 'function' ? source() : source;
        face = { name: `U${i + 3}`, font: parseFont(bytes), bold: false, ref: this.doc.context.nextRef(), used: new Map() };
      } catch {
        // An unreadable or broken fallback file is treated as absent: its characters print as '?' with the warning.
        face = null;
      }
      this.fallbackFaces[i] = face;
    }
    return face;
  }

  /** Per-character widths are cached because per-card codes are measured 10,000 times. */
  private standardUnits(font: FontKey, text: string): number {
    const cache = this.widths.get(font) ?? new Map<number, number>();
    let units = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let w = cache.get(code);
      if (w === undefined) {
        w = this.fonts[font].widthOfTextAtSize(text[i] ?? '', 1000);
        cache.set(code, w);
      }
      units += w;
    }
    return units;
  }
}

/** Type0 / CIDFontType2 with Identity-H: two-byte glyph ids, the subset font file, widths and a ToUnicode map. */
function writeType0(doc: PDFDocument, embedded: EmbeddedTrueType): void {
  const { context } = doc;
  const { font } = embedded;
  // Subset fonts are named TAG+Name with a tag of six capitals, unique per subset.
  const seed = [...embedded.name].reduce((hash, c) => hash * 31 + c.charCodeAt(0), 7);
  const tag = [...embedded.used.keys()].reduce((hash, g) => (hash * 31 + g) >>> 0, seed);
  const fallbackName = embedded.name === 'U1' ? 'DejaVuSans' : embedded.name === 'U2' ? 'DejaVuSans-Bold' : `Font${embedded.name}`;
  const baseName = `${Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (Math.floor(tag / 26 ** i) % 26))).join('')}+${font.postScriptName ?? fallbackName}`;
  const subset = font.subset(embedded.used.keys());
  const fontFile = context.register(context.stream(deflateSync(subset), { Filter: 'FlateDecode', Length1: subset.length }));
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseName,
      Flags: 4,
      FontBBox: font.bbox.map((value) => font.scale(value)),
      ItalicAngle: 0,
      Ascent: font.scale(font.ascent),
      Descent: font.scale(font.descent),
      CapHeight: font.scale(font.capHeight),
      StemV: embedded.bold ? 120 : 80,
      FontFile2: fontFile,
    }),
  );
  const glyphs = [...embedded.used.keys()].sort((a, b) => a - b);
  const widths: (number | number[])[] = [];
  for (const g of glyphs) widths.push(g, [Math.round(font.width(g))]);
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = context.register(context.stream(deflateSync(Buffer.from(toUnicodeCMap(embedded.used), 'latin1')), { Filter: 'FlateDecode' }));
  context.assign(
    embedded.ref,
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: baseName, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );
}

function toUnicodeCMap(used: Map<number, string>): string {
  const entries = [...used].sort(([a], [b]) => a - b);
  let body = '';
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    body += `${chunk.length} beginbfchar\n`;
    for (const [glyph, text] of chunk) {
      const utf16 = Buffer.from(text, 'utf16le').swap16().toString('hex');
      body += `<${glyph.toString(16).padStart(4, '0')}> <${utf16}>\n`;
    }
    body += 'endbfchar\n';
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n' +
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n' +
    body +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
  );
}
