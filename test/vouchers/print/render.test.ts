import QRCode from 'qrcode';
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { loadUnicodeFonts, loginUrl, printVouchersToFile, renderVoucherPdf, type PrintCard, type Sheet } from '../../../src-main/vouchers/print';
import { makeTempDir } from '../../support/temp-dir';
import { A4_4X10, decodeQrCodes, pdfPageSizes, pdfText, renderPage, sampleCards, template, writePdf } from './tools';

const temp = makeTempDir('mb-print-');
afterAll(() => temp.cleanup());

/** Decodes every QR on `page` and checks they are exactly the URLs of the cards printed there. */
function expectPageQrs(file: string, page: number, cards: readonly PrintCard[]): void {
  const decoded = decodeQrCodes(renderPage(file, page, temp.dir));
  expect(decoded.sort()).toEqual(cards.map(loginUrl).sort());
}

describe('voucher PDF: A4 and Letter grids', () => {
  it('prints 4 × 10 per A4 page; every QR of sampled pages decodes to its login URL and the text has the codes', async () => {
    const cards = sampleCards(100);
    const progress: number[] = [];
    const result = await renderVoucherPdf(template(A4_4X10), cards, { onProgress: (done) => progress.push(done) });
    expect(result.pageCount).toBe(3);
    expect(progress).toEqual([40, 80, 100]);
    expect(result.warnings).toEqual([]);
    const file = writePdf(temp.dir, 'a4.pdf', result.pdf);
    expect(pdfPageSizes(file)[0]).toEqual({ width: 595.28, height: 841.89 });
    expectPageQrs(file, 1, cards.slice(0, 40));
    expectPageQrs(file, 3, cards.slice(80));
    const text = pdfText(file, 1);
    for (const card of cards.slice(0, 40)) {
      expect(text).toContain(card.code);
      expect(text).toContain(card.serial);
    }
    expect(text).toContain('Warnet Ñandú');
    expect(text).toMatch(/Rp\s5\.000/);
    expect(text).toContain('1 Day 5 Mbps');
    expect(text).toContain('B-2026-0012');
  });

  it('prints Letter 3 × 7 with separate passwords, a logo, colours and mixed plans', async () => {
    const logo = await QRCode.toBuffer('logo', { type: 'png', width: 120 });
    const cards = [
      ...sampleCards(11, { password: 'Pw-1', planName: 'Week', priceMinor: 25_000 }),
      ...sampleCards(10, { planName: 'Day' }).map((card, i) => ({ ...card, code: `d${i}`, password: `p&${i}` })),
    ];
    const sheet: Sheet = { kind: 'grid', paper: 'Letter', columns: 3, rows: 7, marginMm: { top: 10, right: 8, bottom: 10, left: 8 }, gapMm: 2, cutMarks: true };
    const colours = { text: '#202020', accent: '#7b1fa2', frame: '#cccccc', background: '#fff8e1', qr: '#000033' };
    const result = await renderVoucherPdf(template(sheet, { logoPng: logo, colours }), cards);
    expect(result.pageCount).toBe(1);
    const file = writePdf(temp.dir, 'letter.pdf', result.pdf);
    expect(pdfPageSizes(file)[0]).toEqual({ width: 612, height: 792 });
    expectPageQrs(file, 1, cards);
    const text = pdfText(file, 1);
    expect(text).toContain('Pw-1');
    expect(text).toContain('p&3');
    expect(text).toContain('Week');
    expect(text).toMatch(/Rp\s25\.000/);
  });

  it('uses one form XObject per plan group and one 1-bit image mask per card', async () => {
    const cards = [...sampleCards(30), ...sampleCards(10, { planName: 'Other' })];
    const pdf = Buffer.from((await renderVoucherPdf(template(A4_4X10), cards)).pdf).toString('latin1');
    expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(40);
    expect(pdf.match(/\/ImageMask true/g)).toHaveLength(40);
    expect(pdf.match(/\/BitsPerComponent 1/g)).toHaveLength(40);
    // Two plan groups plus the sheet of cut marks.
    expect(pdf.match(/\/Subtype \/Form/g)).toHaveLength(3);
  });
});

describe('voucher PDF: thermal rolls', () => {
  it.each([58, 80] as const)('prints %i mm rolls one card per page; each QR decodes', async (widthMm) => {
    const cards = sampleCards(4, { password: 'secret 1' });
    const result = await renderVoucherPdf(template({ kind: 'thermal', widthMm, sideMarginMm: 3, feedMm: 6 }), cards);
    expect(result.pageCount).toBe(4);
    const file = writePdf(temp.dir, `roll-${widthMm}.pdf`, result.pdf);
    const sizes = pdfPageSizes(file);
    expect(sizes).toHaveLength(4);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo((widthMm * 72) / 25.4, 1);
      expect(size.height).toBeGreaterThan(150);
    }
    for (const page of [1, 4]) {
      expectPageQrs(file, page, [cards[page - 1] as PrintCard]);
      const text = pdfText(file, page);
      expect(text).toContain(cards[page - 1]?.code);
      expect(text).toContain('secret 1');
    }
  });
});

describe('voucher PDF: non-Latin text', () => {
  const unicodeFonts = loadUnicodeFonts();
  const office = 'Интернет-кафе «Ёлка» Ελλάδα';

  it('prints Cyrillic, Greek, Vietnamese and ₱ in the embedded subset DejaVu fonts, searchable as text', async () => {
    const cards = sampleCards(40, { planName: 'Tuần 7 ngày', validityText: 'Hiệu lực 7 ngày' });
    const t = template(A4_4X10, { officeName: office, currency: { code: 'PHP', exponent: 2 }, locale: 'en-PH' });
    const result = await renderVoucherPdf(t, cards, { unicodeFonts });
    expect(result.warnings).toEqual([]);
    const file = writePdf(temp.dir, 'unicode.pdf', result.pdf);
    const text = pdfText(file, 1);
    for (const expected of [office, 'Tuần 7 ngày', 'Hiệu lực 7 ngày', '₱50.00', 'kx000039']) expect(text).toContain(expected);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    // Embedded, subset, with a ToUnicode map: "yes yes yes".
    expect(fonts).toMatch(/\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    // Subsetting keeps the cost per PDF small (the fonts are ~750 KB each).
    expect(result.pdf.length).toBeLessThan(120_000);
    expectPageQrs(file, 1, cards);
  });

  it('embeds no TrueType font when the standard fonts can print everything', async () => {
    const result = await renderVoucherPdf(template(A4_4X10), sampleCards(4), { unicodeFonts });
    const file = writePdf(temp.dir, 'latin.pdf', result.pdf);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).not.toContain('DejaVu');
  });

  it('without the TrueType fonts replaces what it cannot print with ?, says which, and prints ₱ as PHP', async () => {
    const cards = sampleCards(2);
    const result = await renderVoucherPdf(template(A4_4X10, { officeName: 'Интернет Café', currency: { code: 'PHP', exponent: 2 }, locale: 'en-PH' }), cards);
    expect(result.warnings.join(' ')).toMatch(/И/);
    const file = writePdf(temp.dir, 'no-unicode.pdf', result.pdf);
    const text = pdfText(file, 1);
    expect(text).toContain('PHP 50.00');
    expect(text).toContain('???????? Café');
    expectPageQrs(file, 1, cards);
  });

  it('warns about characters no bundled font has (Thai) and still prints the rest; CJK comes from the fallback (cjk.test.ts)', async () => {
    const result = await renderVoucherPdf(template(A4_4X10, { officeName: 'Café ไทย 网吧' }), sampleCards(1), { unicodeFonts });
    expect(result.warnings.join(' ')).toMatch(/ไ/);
    expect(result.warnings.join(' ')).not.toMatch(/网/);
    const text = pdfText(writePdf(temp.dir, 'cjk.pdf', result.pdf), 1);
    expect(text).toContain('Café ??? 网吧');
  });

  it('printVouchersToFile loads the bundled fonts and writes the PDF in place', async () => {
    const file = `${temp.dir}/service.pdf`;
    const result = await printVouchersToFile(template(A4_4X10, { officeName: office }), sampleCards(3), file);
    expect(result.file).toBe(file);
    expect(result.warnings).toEqual([]);
    expect(pdfText(file, 1)).toContain(office);
  });
});

describe('voucher PDF: refusals and cancel', () => {
  it('refuses an empty batch, bad colours, bad URLs and odd font sizes with clear messages', async () => {
    await expect(renderVoucherPdf(template(A4_4X10), [])).rejects.toThrow(/no vouchers/);
    await expect(renderVoucherPdf(template(A4_4X10, { colours: { ...template(A4_4X10).colours, text: 'red' } }), sampleCards(1))).rejects.toThrow(/#rrggbb/);
    await expect(renderVoucherPdf(template(A4_4X10), sampleCards(1, { loginUrlBase: 'hotspot.lan/login' }))).rejects.toThrow(/http/);
    await expect(renderVoucherPdf(template(A4_4X10, { fontSizes: { ...template(A4_4X10).fontSizes, code: 200 } }), sampleCards(1))).rejects.toThrow(/font size code/);
  });

  it('stops between pages when cancelled', async () => {
    const controller = new AbortController();
    const run = renderVoucherPdf(template(A4_4X10), sampleCards(2000), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 400) controller.abort(new Error('cancelled by operator'));
      },
    });
    await expect(run).rejects.toThrow('cancelled by operator');
  });
});
