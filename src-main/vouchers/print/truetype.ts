/**
 * Just enough TrueType for PDF embedding without @pdf-lib/fontkit (not installed): read the metrics, map
 * code points to glyphs (cmap formats 4 and 12), and subset by keeping glyph ids and emptying unused glyphs
 * (so a 750 KB font adds a few KB to a PDF, the 4 MB CJK fallback a few dozen KB). No shaping: scripts that need contextual forms or reordering
 * (Arabic, Indic, Thai) print as isolated glyphs; see docs/decisions/0008.
 */
export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly bbox: [number, number, number, number];
  readonly numGlyphs: number;
  /** PostScript name (name table id 6), for the PDF BaseFont; undefined when the font has none. */
  readonly postScriptName: string | undefined;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  private readonly view: DataView;
  private readonly advances: Uint16Array;
  private readonly glyphOffsets: Uint32Array;
  private readonly lookup: (codePoint: number) => number;
  private readonly cache = new Map<number, number>();

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const count = v.getUint16(4);
    for (let i = 0; i < count; i += 1) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(v.getUint8(at), v.getUint8(at + 1), v.getUint8(at + 2), v.getUint8(at + 3));
      this.tables.set(tag, { offset: v.getUint32(at + 8), length: v.getUint32(at + 12) });
    }
    const head = this.table('head');
    this.unitsPerEm = v.getUint16(head + 18);
    this.bbox = [v.getInt16(head + 36), v.getInt16(head + 38), v.getInt16(head + 40), v.getInt16(head + 42)];
    const longLoca = v.getInt16(head + 50) === 1;
    const hhea = this.table('hhea');
    this.ascent = v.getInt16(hhea + 4);
    this.descent = v.getInt16(hhea + 6);
    const metrics = v.getUint16(hhea + 34);
    this.numGlyphs = v.getUint16(this.table('maxp') + 4);
    const os2 = this.tables.get('OS/2');
    this.capHeight = os2 && v.getUint16(os2.offset) >= 2 ? v.getInt16(os2.offset + 88) : Math.round(this.ascent * 0.7);
    const hmtx = this.table('hmtx');
    this.advances = new Uint16Array(this.numGlyphs);
    for (let g = 0; g < this.numGlyphs; g += 1) this.advances[g] = v.getUint16(hmtx + Math.min(g, metrics - 1) * 4);
    const loca = this.table('loca');
    this.glyphOffsets = new Uint32Array(this.numGlyphs + 1);
    for (let g = 0; g <= this.numGlyphs; g += 1) this.glyphOffsets[g] = longLoca ? v.getUint32(loca + g * 4) : v.getUint16(loca + g * 2) * 2;
    this.lookup = this.readCmap();
    this.postScriptName = this.readPostScriptName();
  }

  /** Glyph id for a code point, 0 (.notdef) when the font has none. */
  glyph(codePoint: number): number {
    let g = this.cache.get(codePoint);
    if (g === undefined) {
      g = this.lookup(codePoint);
      this.cache.set(codePoint, g);
    }
    return g;
  }

  /** Advance width in 1/1000 em (PDF glyph space). */
  width(glyph: number): number {
    return ((this.advances[glyph] ?? 0) * 1000) / this.unitsPerEm;
  }

  scale(value: number): number {
    return Math.round((value * 1000) / this.unitsPerEm);
  }

  /** A valid TrueType file with the same glyph ids where every glyph not in `used` (or their components) is empty. */
  subset(used: Iterable<number>): Uint8Array {
    const keep = new Set<number>([0]);
    const pending = [...used];
    const glyf = this.table('glyf');
    while (pending.length > 0) {
      const g = pending.pop() as number;
      if (keep.has(g) && g !== 0) continue;
      keep.add(g);
      for (const component of this.components(glyf, g)) if (!keep.has(component)) pending.push(component);
    }
    const parts: Uint8Array[] = [];
    const loca = new DataView(new ArrayBuffer((this.numGlyphs + 1) * 4));
    let offset = 0;
    for (let g = 0; g < this.numGlyphs; g += 1) {
      loca.setUint32(g * 4, offset);
      if (!keep.has(g)) continue;
      const start = this.glyphOffsets[g] ?? 0;
      const end = this.glyphOffsets[g + 1] ?? start;
      const length = end - start;
      if (length === 0) continue;
      const padded = new Uint8Array((length + 3) & ~3);
      padded.set(this.bytes.subarray(glyf + start, glyf + end));
      parts.push(padded);
      offset += padded.length;
    }
    loca.setUint32(this.numGlyphs * 4, offset);
    const newGlyf = new Uint8Array(offset);
    let at = 0;
    for (const part of parts) {
      newGlyf.set(part, at);
      at += part.length;
    }
    const head = this.bytes.slice(this.table('head'), this.table('head') + 54);
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment: not checked by PDF renderers
    headView.setInt16(50, 1); // loca is written in the long format
    const tables: [string, Uint8Array][] = [
      ['glyf', newGlyf],
      ['head', head],
      ['loca', new Uint8Array(loca.buffer)],
      ['hmtx', this.subsetHmtx(keep)],
    ];
    for (const tag of ['cvt ', 'fpgm', 'hhea', 'maxp', 'prep']) {
      const t = this.tables.get(tag);
      if (t) tables.push([tag, this.bytes.subarray(t.offset, t.offset + t.length)]);
    }
    return writeSfnt(tables);
  }

  /**
   * hmtx with the entries of dropped glyphs zeroed: PDF viewers take widths from the W array, and a big font's
   * left side bearings barely compress (Droid Sans Fallback: 49,382 glyphs, 152 KB of hmtx, ~35 KB deflated).
   */
  private subsetHmtx(keep: Set<number>): Uint8Array {
    const { offset, length } = this.tables.get('hmtx') as { offset: number; length: number };
    const out = new Uint8Array(length);
    const metrics = this.view.getUint16(this.table('hhea') + 34);
    for (const g of keep) {
      const [at, size] = g < metrics ? [g * 4, 4] : [metrics * 4 + (g - metrics) * 2, 2];
      if (at + size <= length) out.set(this.bytes.subarray(offset + at, offset + at + size), at);
    }
    return out;
  }

  private readPostScriptName(): string | undefined {
    const name = this.tables.get('name');
    if (!name) return undefined;
    const v = this.view;
    const count = v.getUint16(name.offset + 2);
    const strings = name.offset + v.getUint16(name.offset + 4);
    for (let i = 0; i < count; i += 1) {
      const at = name.offset + 6 + i * 12;
      const [platform, , , id, length, offset] = [0, 2, 4, 6, 8, 10].map((d) => v.getUint16(at + d)) as number[];
      if (id !== 6 || (platform !== 1 && platform !== 3) || (platform === 3 && (length ?? 0) % 2 === 1)) continue;
      const raw = this.bytes.subarray(strings + (offset ?? 0), strings + (offset ?? 0) + (length ?? 0));
      const text = platform === 3 ? Buffer.from(raw).swap16().toString('utf16le') : Buffer.from(raw).toString('latin1');
      // A PDF name: keep it to the characters PostScript names allow.
      const clean = text.replace(/[^A-Za-z0-9_.-]/g, '');
      if (clean) return clean;
    }
    return undefined;
  }

  private table(tag: string): number {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t.offset;
  }

  /** Component glyph ids of a composite glyph (numberOfContours < 0). */
  private components(glyf: number, glyph: number): number[] {
    const start = this.glyphOffsets[glyph] ?? 0;
    if ((this.glyphOffsets[glyph + 1] ?? 0) <= start) return [];
    const v = this.view;
    let at = glyf + start;
    if (v.getInt16(at) >= 0) return [];
    at += 10;
    const result: number[] = [];
    for (;;) {
      const flags = v.getUint16(at);
      result.push(v.getUint16(at + 2));
      at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
      if (!(flags & 0x20)) return result;
    }
  }

  private readCmap(): (codePoint: number) => number {
    const v = this.view;
    const cmap = this.table('cmap');
    const count = v.getUint16(cmap + 2);
    let format4 = -1;
    let format12 = -1;
    for (let i = 0; i < count; i += 1) {
      const platform = v.getUint16(cmap + 4 + i * 8);
      const encoding = v.getUint16(cmap + 6 + i * 8);
      const at = cmap + v.getUint32(cmap + 8 + i * 8);
      const format = v.getUint16(at);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (unicode && format === 12) format12 = at;
      if (unicode && format === 4) format4 = at;
    }
    if (format12 >= 0) {
      const groups = v.getUint32(format12 + 12);
      // Groups are sorted by start code: binary search.
      return (cp) => {
        let low = 0;
        let high = groups - 1;
        while (low <= high) {
          const mid = (low + high) >>> 1;
          const at = format12 + 16 + mid * 12;
          const first = v.getUint32(at);
          if (cp < first) high = mid - 1;
          else if (cp > v.getUint32(at + 4)) low = mid + 1;
          else return v.getUint32(at + 8) + (cp - first);
        }
        return 0;
      };
    }
    if (format4 < 0) throw new Error('font has no Unicode cmap');
    const segments = v.getUint16(format4 + 6) / 2;
    const ends = format4 + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segments; i += 1) {
        if (v.getUint16(ends + i * 2) < cp) continue;
        const start = v.getUint16(starts + i * 2);
        if (start > cp) return 0;
        const delta = v.getInt16(deltas + i * 2);
        const range = v.getUint16(ranges + i * 2);
        if (range === 0) return (cp + delta) & 0xffff;
        const g = v.getUint16(ranges + i * 2 + range + (cp - start) * 2);
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    };
  }
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const v = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

function writeSfnt(tables: [string, Uint8Array][]): Uint8Array {
  tables.sort(([a], [b]) => (a < b ? -1 : 1));
  const headerLength = 12 + tables.length * 16;
  const total = headerLength + tables.reduce((sum, [, data]) => sum + ((data.length + 3) & ~3), 0);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tables.length));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, tables.length);
  v.setUint16(6, 2 ** entrySelector * 16);
  v.setUint16(8, entrySelector);
  v.setUint16(10, tables.length * 16 - 2 ** entrySelector * 16);
  let offset = headerLength;
  tables.forEach(([tag, data], i) => {
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c += 1) v.setUint8(at + c, tag.charCodeAt(c));
    v.setUint32(at + 4, checksum(data));
    v.setUint32(at + 8, offset);
    v.setUint32(at + 12, data.length);
    out.set(data, offset);
    offset += (data.length + 3) & ~3;
  });
  return out;
}
