import type { Currency } from '../../src-shared/domain/money';
import { parseIsoDate, type IsoDate } from '../../src-shared/domain/civil-date';
import { fillPlaceholders, type MessagePlaceholder } from '../../src-shared/ipc/schemas/reminders';

/** What one message says about its customer and invoice. */
export interface MessageFacts {
  customerName: string;
  accountNumber: string;
  /** What is open on the invoice (or, without an invoice, the balance). */
  amountMinor: number;
  balanceMinor: number;
  dueDate: IsoDate | null;
  invoiceNumber: string | null;
}

export interface OfficeFacts {
  name: string;
  phone: string;
  currency: Currency;
  locale: string;
}

/**
 * Formats money and dates for one office. Built once per enqueue: creating an Intl formatter costs far
 * more than using one, and an enqueue after a big billing run renders tens of thousands of messages.
 */
export class MessageRenderer {
  private readonly money: Intl.NumberFormat;
  private readonly date: Intl.DateTimeFormat;
  /** Offices bill a handful of distinct prices and due dates: each is formatted once per enqueue. */
  private readonly moneyText = new Map<number, string>();
  private readonly dateText = new Map<IsoDate, string>();

  constructor(private readonly office: OfficeFacts) {
    this.money = new Intl.NumberFormat(office.locale, {
      style: 'currency',
      currency: office.currency.code,
      minimumFractionDigits: office.currency.exponent,
      maximumFractionDigits: office.currency.exponent,
    });
    this.date = new Intl.DateTimeFormat(office.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  render(template: string, facts: MessageFacts): string {
    return fillPlaceholders(template, this.values(facts)).trim();
  }

  values(facts: MessageFacts): Record<MessagePlaceholder, string> {
    return {
      customerName: facts.customerName,
      accountNumber: facts.accountNumber,
      amount: this.formatMoney(facts.amountMinor),
      balance: this.formatMoney(facts.balanceMinor),
      dueDate: facts.dueDate ? this.formatDate(facts.dueDate) : '',
      invoiceNumber: facts.invoiceNumber ?? '',
      officeName: this.office.name,
      officePhone: this.office.phone,
    };
  }

  formatMoney(minor: number): string {
    let text = this.moneyText.get(minor);
    if (text === undefined) {
      text = this.moneyUncached(minor);
      this.moneyText.set(minor, text);
    }
    return text;
  }

  formatDate(date: IsoDate): string {
    let text = this.dateText.get(date);
    if (text === undefined) {
      const { year, month, day } = parseIsoDate(date);
      text = plainSpaces(this.date.format(new Date(Date.UTC(year, month - 1, day))));
      this.dateText.set(date, text);
    }
    return text;
  }

  /** Like formatMoney (src-shared/domain/money.ts): whole part and fraction apart, so no float carries the value. */
  private moneyUncached(minor: number): string {
    const { exponent } = this.office.currency;
    const scale = 10 ** exponent;
    const absolute = Math.abs(minor);
    const fraction = String(absolute % scale).padStart(exponent, '0');
    const text = this.money
      .formatToParts(Math.trunc(absolute / scale))
      .map((part) => (part.type === 'fraction' ? fraction : part.value))
      .join('');
    return plainSpaces(minor < 0 ? `-${text}` : text);
  }
}

/**
 * Intl puts no-break spaces in amounts and dates ("Rp\u00a0150.000"). They are not in the GSM 7-bit
 * alphabet, so one of them would turn a whole SMS into UCS-2 and double its price.
 */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/**
 * The number the gateway gets: separators removed; with a country code, a national number (leading 0)
 * becomes international (0812… → 62812…) and a leading + is dropped, which is what most gateways want.
 */
export function normalizeRecipient(phone: string, countryCode: string): string {
  const compact = phone.replace(/[^0-9+]/g, '');
  if (countryCode === '') return compact;
  if (compact.startsWith('+')) return compact.slice(1);
  if (compact.startsWith('00')) return compact.slice(2);
  if (compact.startsWith('0')) return `${countryCode}${compact.slice(1)}`;
  return compact;
}
