import { formatMoney, type Currency } from '@shared/domain/money';
import { formatInstant } from '@shared/domain/time-zone';

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 1536 -> "1.5 kB" in the given locale (1024-based, which is what disks and people expect here). */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Formatters bound to one office: its zone and locale for dates, its currency for money. */
export interface OfficeFormat {
  instant(epochMs: number): string;
  money(minor: number): string;
  count(value: number): string;
  bytes(value: number): string;
}

export function officeFormat(office: { timeZone: string; locale: string; currency: Currency }): OfficeFormat {
  const { timeZone, locale, currency } = office;
  return {
    instant: (epochMs) => formatInstant(epochMs, timeZone, locale),
    money: (minor) => formatMoney(minor, currency, locale),
    count: (value) => formatCount(value, locale),
    bytes: (value) => formatBytes(value, locale),
  };
}
