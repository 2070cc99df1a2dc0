import { formatMoney } from '../../../src-shared/domain/money';
import { dateInZone, parseIsoDate } from '../../../src-shared/domain/civil-date';
import type { Office } from '../../../src-shared/ipc/schemas/common';
import type { InvoiceStatus, LedgerEntry } from '../../../src-shared/ipc/schemas/billing';

type PaymentMethodName = NonNullable<LedgerEntry['method']>;

/** How one office writes money, dates and times on paper: its currency, locale and time zone, never the machine's. */
export interface DocFormat {
  money(minor: number): string;
  /** An office-calendar date (`YYYY-MM-DD`) in the office locale, e.g. "15 Jan 2026". */
  date(isoDate: string): string;
  /** The office-calendar date of an instant. */
  dateOf(epochMs: number): string;
  /** Date and time of an instant on the office's wall clock. */
  dateTime(epochMs: number): string;
  /** Basis points as a percentage: 1100 -> "11%", 250 -> "2.5%". */
  percent(bp: number): string;
}

export function docFormat(office: Office): DocFormat {
  const dateFormat = new Intl.DateTimeFormat(office.locale, { timeZone: 'UTC', day: '2-digit', month: 'short', year: 'numeric' });
  const dateTimeFormat = new Intl.DateTimeFormat(office.locale, {
    timeZone: office.timeZone,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const date = (isoDate: string): string => {
    const { year, month, day } = parseIsoDate(isoDate);
    // A civil date is shown at UTC midnight in UTC: no zone can move it to the day before.
    return dateFormat.format(Date.UTC(year, month - 1, day));
  };
  return {
    money: (minor) => formatMoney(minor, office.currency, office.locale),
    date,
    dateOf: (epochMs) => date(dateInZone(epochMs, office.timeZone)),
    dateTime: (epochMs) => dateTimeFormat.format(epochMs),
    percent: (bp) => `${Math.trunc(bp / 100)}${bp % 100 === 0 ? '' : `.${String(bp % 100).padStart(2, '0').replace(/0$/, '')}`}%`,
  };
}

const STATUS_LABELS: Record<InvoiceStatus, string> = {
  paid: 'PAID',
  partly_paid: 'PARTLY PAID',
  unpaid: 'UNPAID',
  overdue: 'OVERDUE',
  void: 'VOID',
};

export function statusLabel(status: InvoiceStatus): string {
  return STATUS_LABELS[status];
}

export function methodLabel(method: PaymentMethodName): string {
  return method === 'cash' ? 'Cash' : method === 'mobile_money' ? 'Mobile money' : 'Bank transfer';
}

/** Entries without a number (payments, old credit notes) are named by the tail of their UUIDv7, as till receipts are. */
export function shortRef(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/-/g, '').slice(-10).toUpperCase()}`;
}
