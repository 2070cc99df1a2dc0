import type { TemplateSettings } from '../../../src-shared/ipc/schemas/voucher-print';
import { defaultTemplate } from '../print/defaults';
import type { Office } from '../../../src-shared/ipc/schemas/common';

/** Printed labels in the office's language; the template editor lets the office change them. */
const LABELS: Record<string, TemplateSettings['labels']> = {
  en: { code: 'Code', password: 'Password', serial: 'SN' },
  id: { code: 'Kode', password: 'Sandi', serial: 'SN' },
};

/** MikroTik's default hotspot DNS name; offices with their own name change it once in the template. */
export const DEFAULT_LOGIN_URL = 'http://hotspot.lan/login';

export function defaultSettings(office: Pick<Office, 'name' | 'currency' | 'locale'>, kind: 'grid' | 'thermal' | 'thermal80'): TemplateSettings {
  const base = defaultTemplate(office.name, office.currency, office.locale, kind);
  const language = office.locale.split('-')[0] ?? 'en';
  return {
    sheet: base.sheet,
    fields: base.fields,
    colours: base.colours,
    fontSizes: base.fontSizes,
    labels: LABELS[language] ?? base.labels,
    loginUrl: DEFAULT_LOGIN_URL,
    logoPngBase64: null,
  };
}

export function defaultSet(office: Pick<Office, 'name' | 'currency' | 'locale'>): { grid: TemplateSettings; thermal58: TemplateSettings; thermal80: TemplateSettings } {
  return { grid: defaultSettings(office, 'grid'), thermal58: defaultSettings(office, 'thermal'), thermal80: defaultSettings(office, 'thermal80') };
}
