import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { loadUnicodeFonts, loginUrl, previewCard, renderVoucherPdf, type PrintCard, type UnicodeFontFiles } from '../../../src-main/vouchers/print';
import { PrintFonts } from '../../../src-main/vouchers/print/fonts';
import { makeTempDir } from '../../support/temp-dir';
import { A4_4X10, decodeQrCodes, pdfText, renderPage, sampleCards, template, writePdf } from './tools';

const temp = makeTempDir('mb-print-cjk-');
afterAll(() => temp.cleanup());

const unicodeFonts = loadUnicodeFonts();
const cjkCards = (count: number): PrintCard[] => sampleCards(count, { planName: '日本語 プラン', validityText: '한국어 1일 이용권' });
const cjkTemplate = template(A4_4X10, { officeName: '网吧 Jaya' });

function pdffonts(file: string): string {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
}

describe('voucher PDF: CJK fallback fonts', () => {
  it('prints Chinese, Japanese and Korean in embedded subset fallback fonts, searchable, without warnings', async () => {
    const cards = cjkCards(40);
    const result = await renderVoucherPdf(cjkTemplate, cards, { unicodeFonts });
    expect(result.warnings).toEqual([]);
    const file = writePdf(temp.dir, 'cjk.pdf', result.pdf);
    const text = pdfText(file, 1);
    for (const expected of ['网吧 Jaya', '日本語 プラン', '한국어 1일 이용권', 'kx000039']) expect(text).toContain(expected);
    const fonts = pdffonts(file);
    // Embedded, subset, with a ToUnicode map: "yes yes yes". Han and kana from Droid, Hangul from NanumSquare.
    expect(fonts).toMatch(/[A-Z]{6}\+DroidSansFallback\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+NanumSquareR\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    // Nothing here needs DejaVu: the Latin parts stay in the standard fonts.
    expect(fonts).not.toContain('DejaVu');
    const decoded = decodeQrCodes(renderPage(file, 1, temp.dir));
    expect(decoded.sort()).toEqual(cards.map(loginUrl).sort());
  });

  it('keeps the PDF small: the 4 MB + 720 KB fallbacks add a subset of a few KB', async () => {
    const cards = sampleCards(400);
    const latin = await renderVoucherPdf(template(A4_4X10), cards, { unicodeFonts });
    const cjk = await renderVoucherPdf(cjkTemplate, cjkCards(400), { unicodeFonts });
    expect(cjk.pdf.length - latin.pdf.length).toBeLessThan(200_000);
    // Measured: ~6 KB for 3 Han, 5 kana and 7 Hangul glyphs (hmtx entries of unused glyphs are zeroed).
    expect(cjk.pdf.length - latin.pdf.length).toBeLessThan(40_000);
  });

  it('sets a mixed Latin + CJK line as runs in reading order, one shrink-to-fit over the total width', async () => {
    const doc = await PDFDocument.create();
    const fonts = await PrintFonts.embed(doc, unicodeFonts);
    const shaped = fonts.shape('bold', 'Warnet 网吧 Jaya');
    // Standard font, then the fallback (the space after 吧 stays in its run), then the standard font again.
    expect(shaped.runs.map((run) => run.fontName)).toEqual(['F2', 'U3', 'F2']);
    expect(shaped.runs[1]?.hex.length).toBe(2 + 3 * 4);
    expect(shaped.units).toBeCloseTo(shaped.runs.reduce((sum, run) => sum + run.units, 0), 6);
    const helvetica = fonts.fonts.bold;
    const latinUnits = helvetica.widthOfTextAtSize('Warnet ', 1000) + helvetica.widthOfTextAtSize('Jaya', 1000);
    // Droid's ideographs are 1 em wide.
    expect(shaped.units - latinUnits).toBeGreaterThan(2000);
    expect(fonts.unsupported.size).toBe(0);

    const result = await renderVoucherPdf(template(A4_4X10, { officeName: 'Warnet 网吧 Jaya ' + 'Sejahtera '.repeat(3) }), sampleCards(4), { unicodeFonts });
    const text = pdfText(writePdf(temp.dir, 'mixed.pdf', result.pdf), 1);
    expect(text).toContain('Warnet 网吧 Jaya Sejahtera');

    // The preview measures the same total width and fits the office name into its box.
    const card = sampleCards(1)[0] as PrintCard;
    const preview = await previewCard(template(A4_4X10, { officeName: 'Warnet 网吧 Jaya ' + 'Sejahtera '.repeat(3) }), card, unicodeFonts);
    expect(preview.warnings).toEqual([]);
    const office = preview.card.texts.find((t) => t.text.startsWith('Warnet'));
    expect(office).toBeDefined();
    expect(office?.width).toBeLessThanOrEqual(preview.card.width);
    expect(office?.size).toBeLessThan(template(A4_4X10).fontSizes.office);
  });

  it('reads and embeds the fallback only when a character needs it', async () => {
    let reads = 0;
    const droid = fs.readFileSync(path.resolve('resources/fonts/DroidSansFallbackFull.ttf'));
    const files: UnicodeFontFiles = {
      ...unicodeFonts,
      fallbacks: [
        () => {
          reads += 1;
          return droid;
        },
      ],
    };
    const latin = await renderVoucherPdf(template(A4_4X10, { officeName: 'Интернет-кафе' }), sampleCards(40), { unicodeFonts: files });
    expect(reads).toBe(0);
    expect(pdffonts(writePdf(temp.dir, 'cyrillic.pdf', latin.pdf))).not.toContain('Droid');
    const cjk = await renderVoucherPdf(cjkTemplate, sampleCards(40), { unicodeFonts: files });
    expect(reads).toBe(1);
    expect(cjk.warnings).toEqual([]);
  });

  it('without the fallback files prints CJK as ? with a warning, as before', async () => {
    const dir = path.join(temp.dir, 'fonts-no-cjk');
    fs.mkdirSync(dir);
    for (const name of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) fs.copyFileSync(path.resolve('resources/fonts', name), path.join(dir, name));
    const fonts = loadUnicodeFonts(dir);
    expect(fonts.fallbacks).toEqual([]);
    const result = await renderVoucherPdf(template(A4_4X10, { officeName: 'Café 网吧' }), sampleCards(1), { unicodeFonts: fonts });
    expect(result.warnings.join(' ')).toMatch(/网/);
    expect(pdfText(writePdf(temp.dir, 'cjk-missing.pdf', result.pdf), 1)).toContain('Café ??');
  });

  it('prints Arabic unshaped with a warning, and Thai (no bundled font) as ? with a warning', async () => {
    const result = await renderVoucherPdf(template(A4_4X10, { officeName: 'مقهى Net', labels: { ...template(A4_4X10).labels } }), sampleCards(1, { planName: 'แพ็กเกจ 1 วัน' }), { unicodeFonts });
    const warnings = result.warnings.join('\n');
    expect(warnings).toMatch(/without shaping.*م/);
    expect(warnings).toMatch(/replaced by "\?".*แ/);
    const file = writePdf(temp.dir, 'arabic-thai.pdf', result.pdf);
    expect(pdffonts(file)).toMatch(/\+DejaVuSans-Bold\s+CID TrueType/);
    const text = pdfText(file, 1);
    expect(text).toContain('Net');
    expect(text).toContain('? 1 ???');
  });
});
