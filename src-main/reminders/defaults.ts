import type { ReminderChannel, ReminderKind } from '../../src-shared/ipc/schemas/reminders';

/**
 * Built-in texts: what an office gets before it edits anything. Indonesian for offices whose locale is
 * Indonesian (most of our users), English otherwise. SMS texts stay within one or two 160-character
 * parts; WhatsApp ones may be longer and use *bold*.
 */
type TemplateSet = Record<ReminderKind, Record<ReminderChannel, string>>;

const ENGLISH: TemplateSet = {
  due_soon: {
    sms: '{officeName}: Dear {customerName} ({accountNumber}), invoice {invoiceNumber} of {amount} is due on {dueDate}. Please pay on time. Info: {officePhone}',
    whatsapp:
      'Hello {customerName},\n\nThis is a friendly reminder from *{officeName}*: invoice *{invoiceNumber}* of *{amount}* is due on *{dueDate}*.\nAccount: {accountNumber}\n\nPlease pay before the due date to keep your internet running. Questions? Call {officePhone}.',
  },
  overdue: {
    sms: '{officeName}: Dear {customerName} ({accountNumber}), invoice {invoiceNumber} of {amount} was due on {dueDate} and is unpaid. Please pay to avoid suspension. Info: {officePhone}',
    whatsapp:
      'Hello {customerName},\n\nInvoice *{invoiceNumber}* of *{amount}* was due on *{dueDate}* and is still unpaid.\nAccount: {accountNumber} · total due {balance}\n\nPlease pay soon so that your service is not suspended. Questions? Call {officePhone}.\n\n— {officeName}',
  },
  suspended: {
    sms: '{officeName}: Dear {customerName} ({accountNumber}), your internet is suspended for an unpaid balance of {balance}. It comes back as soon as you pay. Info: {officePhone}',
    whatsapp:
      'Hello {customerName},\n\nYour internet service (account {accountNumber}) has been *suspended* because of an unpaid balance of *{balance}* (invoice {invoiceNumber}, due {dueDate}).\n\nIt is restored automatically as soon as you pay. Questions? Call {officePhone}.\n\n— {officeName}',
  },
};

const INDONESIAN: TemplateSet = {
  due_soon: {
    sms: '{officeName}: Yth. {customerName} ({accountNumber}), tagihan {invoiceNumber} sebesar {amount} jatuh tempo {dueDate}. Mohon bayar tepat waktu. Info: {officePhone}',
    whatsapp:
      'Halo {customerName},\n\nPengingat dari *{officeName}*: tagihan *{invoiceNumber}* sebesar *{amount}* jatuh tempo pada *{dueDate}*.\nNo. pelanggan: {accountNumber}\n\nMohon bayar sebelum jatuh tempo agar internet tetap lancar. Pertanyaan? Hubungi {officePhone}.',
  },
  overdue: {
    sms: '{officeName}: Yth. {customerName} ({accountNumber}), tagihan {invoiceNumber} sebesar {amount} sudah lewat jatuh tempo {dueDate}. Mohon segera bayar agar tidak diisolir. Info: {officePhone}',
    whatsapp:
      'Halo {customerName},\n\nTagihan *{invoiceNumber}* sebesar *{amount}* sudah lewat jatuh tempo (*{dueDate}*) dan belum dibayar.\nNo. pelanggan: {accountNumber} · total tagihan {balance}\n\nMohon segera bayar agar layanan tidak diisolir. Pertanyaan? Hubungi {officePhone}.\n\n— {officeName}',
  },
  suspended: {
    sms: '{officeName}: Yth. {customerName} ({accountNumber}), internet Anda diisolir karena tunggakan {balance}. Layanan aktif kembali setelah pembayaran. Info: {officePhone}',
    whatsapp:
      'Halo {customerName},\n\nLayanan internet Anda (no. pelanggan {accountNumber}) *diisolir* karena tunggakan sebesar *{balance}* (tagihan {invoiceNumber}, jatuh tempo {dueDate}).\n\nLayanan aktif kembali otomatis setelah pembayaran. Pertanyaan? Hubungi {officePhone}.\n\n— {officeName}',
  },
};

export function defaultTemplate(kind: ReminderKind, channel: ReminderChannel, locale: string): string {
  const set = locale.toLowerCase().startsWith('id') ? INDONESIAN : ENGLISH;
  return set[kind][channel];
}

/** A JSON body most HTTP gateways accept, or adapt with a few keystrokes. */
export const DEFAULT_BODY_TEMPLATE = '{"to": "{to}", "message": "{message}", "channel": "{channel}"}';

export const GATEWAY_DEFAULTS = {
  enabled: false,
  url: null,
  method: 'POST',
  contentType: 'json',
  bodyTemplate: DEFAULT_BODY_TEMPLATE,
  authHeaderName: null,
  timeoutMs: 10_000,
  channel: 'whatsapp',
  dueSoonDays: 3,
  officePhone: '',
  countryCode: '',
  // Not at the billing run's 00:15: customers are not woken by their ISP.
  sendFrom: '08:00',
  sendUntil: '20:00',
  maxAttempts: 8,
} as const;

/** A reminder for an invoice is no longer sent this many days after the day it was meant for (stale). */
export const LOOKBACK_DAYS = 7;
