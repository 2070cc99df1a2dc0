import type { Office } from '../../../src-shared/ipc/schemas/common';
import type { TemplateSettings } from '../../../src-shared/ipc/schemas/voucher-print';
import { AppError } from '../../../src-shared/ipc/result';
import type { VoucherTemplate } from '../print/types';

const MAX_LOGO_BYTES = 256 * 1024;

/** What the print engine needs: the stored settings plus the office's name, currency and locale. */
export function toVoucherTemplate(settings: TemplateSettings, office: Pick<Office, 'name' | 'currency' | 'locale'>): VoucherTemplate {
  const template: VoucherTemplate = {
    sheet: settings.sheet,
    fields: settings.fields,
    colours: settings.colours,
    fontSizes: settings.fontSizes,
    labels: settings.labels,
    officeName: office.name,
    currency: office.currency,
    locale: office.locale,
  };
  if (settings.logoPngBase64) template.logoPng = decodeLogo(settings.logoPngBase64);
  return template;
}

function decodeLogo(base64: string): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_LOGO_BYTES) throw new AppError('VALIDATION', 'The logo is larger than 256 KB: use a smaller PNG.');
  return new Uint8Array(bytes);
}
