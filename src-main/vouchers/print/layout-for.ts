import { gridCardLayout, thermalCardLayout, type CardLayout } from './card-layout';
import type { PrintFonts } from './fonts';
import type { GridGeometry } from './geometry';
import type { PrintCard, VoucherTemplate } from './types';

export function hasSeparatePassword(card: PrintCard): boolean {
  return card.password !== undefined && card.password !== '' && card.password !== card.code;
}

/** The layout of one card (the same for every card of a plan group); used by the renderer and the preview alike. */
export function cardLayoutFor(
  template: VoucherTemplate,
  fonts: PrintFonts,
  card: PrintCard,
  grid: GridGeometry | undefined,
  logoAspect: number | undefined,
): CardLayout {
  const input = {
    fields: template.fields,
    sizes: template.fontSizes,
    measure: (font: Parameters<PrintFonts['shape']>[0], text: string, size: number) => (fonts.shape(font, text).units * size) / 1000,
    labels: template.labels,
    showPassword: hasSeparatePassword(card),
    showBatch: Boolean(card.batchLabel),
    ...(logoAspect !== undefined ? { logoAspect } : {}),
  };
  if (template.sheet.kind === 'thermal') return thermalCardLayout(template.sheet, input);
  return gridCardLayout(grid?.card.width ?? 0, grid?.card.height ?? 0, input);
}
