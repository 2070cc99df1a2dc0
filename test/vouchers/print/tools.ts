import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultTemplate } from '../../../src-main/vouchers/print';
import type { PrintCard, Sheet, VoucherTemplate } from '../../../src-main/vouchers/print';

/** Renders one page at 150 dpi (what performance.md measured QR decoding at) and returns the PNG path. */
export function renderPage(pdfFile: string, page: number, outDir: string, dpi = 150): string {
  const prefix = path.join(outDir, `page-${page}-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', pdfFile, prefix]);
  return `${prefix}.png`;
}

/** Every QR code zbarimg finds on the image, one string each (zbarimg exits 4 when it finds none). */
export function decodeQrCodes(png: string): string[] {
  const result = spawnSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', png], { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 4) throw new Error(`zbarimg failed: ${result.stderr}`);
  return result.stdout.split('\n').filter((line) => line !== '');
}

export function pdfText(pdfFile: string, first: number, last = first): string {
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-layout', pdfFile, '-'], { encoding: 'utf8' });
}

export function pdfPageSizes(pdfFile: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', pdfFile], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export function writePdf(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

export function sampleCards(count: number, overrides: Partial<PrintCard> = {}): PrintCard[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `kx${String(i).padStart(6, '0')}`,
    serial: String(i + 1).padStart(6, '0'),
    planName: '1 Day 5 Mbps',
    priceMinor: 5000,
    validityText: 'Valid 1 day from first login',
    batchLabel: 'B-2026-0012',
    loginUrlBase: 'http://hotspot.lan/login',
    ...overrides,
  }));
}

export function template(sheet: Sheet, overrides: Partial<VoucherTemplate> = {}): VoucherTemplate {
  return { ...defaultTemplate('Warnet Ñandú', { code: 'IDR', exponent: 0 }, 'id-ID'), sheet, ...overrides };
}

export const A4_4X10: Sheet = {
  kind: 'grid',
  paper: 'A4',
  columns: 4,
  rows: 10,
  marginMm: { top: 8, right: 6, bottom: 8, left: 6 },
  gapMm: 0,
  cutMarks: true,
};
