import { parseColour } from './content';
import { PrintTemplateError, type PrintCard, type VoucherTemplate } from './types';

const MAX_FONT = 72;
const MIN_FONT = 4;

/** Refuses templates and cards that cannot print sensibly, with a message an operator can act on. */
export function validateRender(template: VoucherTemplate, cards: readonly PrintCard[]): void {
  if (cards.length === 0) throw new PrintTemplateError('there are no vouchers to print');
  for (const [name, size] of Object.entries(template.fontSizes)) {
    if (!Number.isFinite(size) || size < MIN_FONT || size > MAX_FONT) {
      throw new PrintTemplateError(`font size ${name} must be from ${MIN_FONT} to ${MAX_FONT} pt`);
    }
  }
  for (const colour of Object.values(template.colours)) parseColour(colour);
  const sheet = template.sheet;
  if (sheet.kind === 'thermal') {
    if (sheet.widthMm !== 58 && sheet.widthMm !== 80) throw new PrintTemplateError('thermal rolls are 58 or 80 mm wide');
    if (!(sheet.sideMarginMm >= 0 && sheet.sideMarginMm * 2 < sheet.widthMm - 30)) {
      throw new PrintTemplateError('thermal side margins must leave at least 30 mm to print on');
    }
    if (!(sheet.feedMm >= 0 && sheet.feedMm <= 50)) throw new PrintTemplateError('thermal feed must be from 0 to 50 mm');
  }
  if (template.fields.qr) {
    for (const card of cards) {
      if (!/^https?:\/\/[^\s]+$/i.test(card.loginUrlBase.trim())) {
        throw new PrintTemplateError(`login URL "${card.loginUrlBase}" must start with http:// or https://`);
      }
    }
  }
  for (const card of cards) {
    if (card.code === '') throw new PrintTemplateError(`voucher with serial ${card.serial} has no code`);
  }
}
