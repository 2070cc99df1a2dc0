/**
 * Locales offered for an office's number, money and date formats: the markets this desk is sold in
 * first. Any valid BCP 47 tag works in the main process; this is just the pick list.
 */
export const LOCALE_OPTIONS = [
  'id-ID',
  'en-US',
  'en-GB',
  'en-PH',
  'fil-PH',
  'ms-MY',
  'es-ES',
  'es-MX',
  'es-PE',
  'es-CO',
  'pt-BR',
  'th-TH',
  'vi-VN',
] as const;

/** "id-ID" -> "Indonesia (Indonesia)" written in that language itself, so people find their own. */
export function localeLabel(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ? `${name} · ${locale}` : locale;
  } catch {
    return locale;
  }
}

/** The closest offered locale to the computer's language, by full tag, then by language. */
export function defaultLocale(preferred: readonly string[] = navigator.languages): string {
  for (const tag of preferred) {
    const exact = LOCALE_OPTIONS.find((option) => option.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
  }
  for (const tag of preferred) {
    const language = tag.split('-')[0]?.toLowerCase();
    const partial = LOCALE_OPTIONS.find((option) => option.split('-')[0] === language);
    if (partial) return partial;
  }
  return 'id-ID';
}

const REGION_CURRENCY: Readonly<Record<string, string>> = {
  ID: 'IDR',
  US: 'USD',
  GB: 'GBP',
  PH: 'PHP',
  MY: 'MYR',
  SG: 'SGD',
  ES: 'EUR',
  MX: 'MXN',
  PE: 'PEN',
  CO: 'COP',
  BR: 'BRL',
  TH: 'THB',
  VN: 'VND',
  IN: 'INR',
  AU: 'AUD',
};

/** The currency of the locale's region (en-PH -> PHP), IDR when the region is unknown. */
export function currencyForLocale(locale: string): string {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return (region && REGION_CURRENCY[region]) || 'IDR';
  } catch {
    return 'IDR';
  }
}
