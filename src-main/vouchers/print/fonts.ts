import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFName, PDFString, StandardFonts, type PDFDict, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import type { FontKey } from './card-layout';
import { TrueTypeFont } from './truetype';

/** TrueType bytes for text the standard fonts cannot print (resources/fonts: DejaVu Sans, Bitstream Vera licence). */
export interface UnicodeFontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Reads the bundled fonts; the app passes its resources folder (packaged apps move it). */
export function loadUnicodeFonts(dir = path.resolve('resources/fonts')): UnicodeFontFiles {
  return {
    regular: fs.readFileSync(path.join(dir, 'DejaVuSans.ttf')),
    bold: fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
  };
}

export interface ShapedText {
  fontName: string;
  /** A PDF hex string for Tj. */
  hex: string;
  /** Advance width in 1/1000 em: multiply by size / 1000 for points. */
  units: number;
}

interface EmbeddedTrueType {
  name: string;
  font: TrueTypeFont;
  ref: PDFRef;
  /** Glyph id -> the text it stands for (for the ToUnicode map, so the PDF text stays searchable). */
  used: Map<number, string>;
}

/**
 * Text goes out in the 14 standard PDF fonts (WinAnsi: Latin-1 plus a few signs) when they can print it,
 * which keeps PDFs small and per-card codes cheap. Anything else (Cyrillic, Greek, Latin Extended, ₱ ₹ ...)
 * is set in an embedded, subset TrueType font when one was given; characters no font has become '?' and
 * are listed in `unsupported` so the caller can warn.
 */
export class PrintFonts {
  readonly names: Record<FontKey, string> = { regular: 'F1', bold: 'F2', mono: 'F3' };
  readonly unsupported = new Set<string>();
  private readonly charsets = new Map<FontKey, Set<number>>();
  private readonly widths = new Map<FontKey, Map<number, number>>();

  private constructor(
    readonly fonts: Record<FontKey, PDFFont>,
    private readonly unicode: { regular: EmbeddedTrueType; bold: EmbeddedTrueType } | undefined,
  ) {
    for (const key of Object.keys(fonts) as FontKey[]) {
      this.charsets.set(key, new Set(fonts[key].getCharacterSet()));
      this.widths.set(key, new Map());
    }
  }

  static async embed(doc: PDFDocument, files?: UnicodeFontFiles): Promise<PrintFonts> {
    const [regular, bold, mono] = await Promise.all([
      doc.embedFont(StandardFonts.Helvetica),
      doc.embedFont(StandardFonts.HelveticaBold),
      doc.embedFont(StandardFonts.CourierBold),
    ]);
    const truetype = (name: string, bytes: Uint8Array): EmbeddedTrueType => ({ name, font: new TrueTypeFont(bytes), ref: doc.context.nextRef(), used: new Map() });
    const unicode = files ? { regular: truetype('U1', files.regular), bold: truetype('U2', files.bold) } : undefined;
    return new PrintFonts({ regular, bold, mono }, unicode);
  }

  canPrint(font: FontKey, text: string): boolean {
    const charset = this.charsets.get(font);
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      if (charset?.has(cp)) continue;
      if (this.unicodeFor(font)?.font.glyph(cp)) continue;
      return false;
    }
    return true;
  }

  shape(font: FontKey, raw: string): ShapedText {
    const text = raw.replace(/[\u2009\u202f]/g, '\u00a0');
    const charset = this.charsets.get(font);
    let standard = true;
    for (const char of text) {
      if (!charset?.has(char.codePointAt(0) ?? 0)) {
        standard = false;
        break;
      }
    }
    const unicode = this.unicodeFor(font);
    if (standard || !unicode) {
      const printable = standard ? text : this.replaceUnprintable(text, (cp) => charset?.has(cp) ?? false);
      return { fontName: this.names[font], hex: this.fonts[font].encodeText(printable).toString(), units: this.standardUnits(font, printable) };
    }
    let hex = '<';
    let units = 0;
    for (const char of text) {
      let glyph = unicode.font.glyph(char.codePointAt(0) ?? 0);
      let shown = char;
      if (glyph === 0) {
        this.unsupported.add(char);
        glyph = unicode.font.glyph(0x3f);
        shown = '?';
      }
      unicode.used.set(glyph, shown);
      hex += glyph.toString(16).padStart(4, '0');
      units += unicode.font.width(glyph);
    }
    return { fontName: unicode.name, hex: `${hex}>`, units };
  }

  /** Adds the TrueType fonts that were used to the shared font dictionary; call once, before saving. */
  finish(doc: PDFDocument, fontDict: PDFDict): void {
    for (const embedded of this.unicode ? [this.unicode.regular, this.unicode.bold] : []) {
      if (embedded.used.size === 0) continue;
      writeType0(doc, embedded);
      fontDict.set(PDFName.of(embedded.name), embedded.ref);
    }
  }

  private unicodeFor(font: FontKey): EmbeddedTrueType | undefined {
    return font === 'regular' ? this.unicode?.regular : this.unicode?.bold;
  }

  private replaceUnprintable(text: string, printable: (cp: number) => boolean): string {
    let out = '';
    for (const char of text) {
      if (printable(char.codePointAt(0) ?? 0)) out += char;
      else {
        this.unsupported.add(char);
        out += '?';
      }
    }
    return out;
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
  const tag = [...embedded.used.keys()].reduce((hash, g) => (hash * 31 + g) >>> 0, embedded.name === 'U1' ? 7 : 11);
  const baseName = `${Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (Math.floor(tag / 26 ** i) % 26))).join('')}+DejaVuSans${embedded.name === 'U2' ? '-Bold' : ''}`;
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
      StemV: embedded.name === 'U2' ? 120 : 80,
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
