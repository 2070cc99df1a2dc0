import type { Currency } from '../../../src-shared/domain/money';
import type { Sheet, VoucherTemplate } from './types';

/** Starting points for the template editor; 3 × 8 on A4 gives cards of ~63 × 35 mm, a common voucher size. */
export function defaultTemplate(officeName: string, currency: Currency, locale: string, sheet: Sheet['kind'] | 'thermal80' = 'grid'): VoucherTemplate {
  const thermal = sheet !== 'grid';
  return {
    sheet: thermal
      ? { kind: 'thermal', widthMm: sheet === 'thermal80' ? 80 : 58, sideMarginMm: 3, feedMm: 6 }
      : { kind: 'grid', paper: 'A4', columns: 3, rows: 8, marginMm: { top: 10, right: 8, bottom: 10, left: 8 }, gapMm: 0, cutMarks: true },
    fields: {
      officeName: true,
      logo: true,
      plan: true,
      price: true,
      validity: true,
      code: true,
      password: true,
      serial: true,
      batch: true,
      qr: true,
      frame: true,
    },
    colours: { text: '#000000', accent: '#1a4f8b', frame: '#888888', background: '#ffffff', qr: '#000000' },
    fontSizes: thermal
      ? { office: 11, plan: 10, price: 12, validity: 8, code: 14, small: 7 }
      : { office: 8, plan: 8, price: 9, validity: 7, code: 11, small: 6 },
    labels: { code: 'Code', password: 'Password', serial: 'SN' },
    officeName,
    currency,
    locale,
  };
}
