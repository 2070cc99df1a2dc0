import fs from 'node:fs';
import path from 'node:path';
import { loadUnicodeFonts } from './fonts';
import { renderVoucherPdf, type RenderOptions } from './render';
import type { PrintCard, RenderResult, VoucherTemplate } from './types';

export interface PrintToFileOptions extends Omit<RenderOptions, 'unicodeFonts'> {
  /** Folder holding the bundled fonts (the app's resources/fonts; packaged apps move it). */
  fontsDir?: string;
}

/**
 * What a procedure calls: renders with the bundled Unicode fonts and writes the PDF atomically (a temp file
 * renamed into place), so a cancelled or failed render never leaves half a file for the printer.
 */
export async function printVouchersToFile(
  template: VoucherTemplate,
  cards: readonly PrintCard[],
  file: string,
  options: PrintToFileOptions = {},
): Promise<Omit<RenderResult, 'pdf'> & { file: string; bytes: number }> {
  const { fontsDir, ...render } = options;
  const result = await renderVoucherPdf(template, cards, { ...render, unicodeFonts: loadUnicodeFonts(fontsDir) });
  const target = path.resolve(file);
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, result.pdf);
  fs.renameSync(temp, target);
  const { pdf, ...rest } = result;
  return { ...rest, file: target, bytes: pdf.length };
}
