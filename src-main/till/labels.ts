import type { Office } from '../../src-shared/ipc/schemas/common';
import type { TillMethodName } from '../../src-shared/ipc/schemas/till';

/**
 * The fixed words printed on receipts and Z-reports, in the office's language: Indonesian when the office
 * locale is Indonesian (id, id-ID), English otherwise — the two languages the app's screens speak (the
 * renderer's i18n en.ts / id.ts use the same terms). Names, plans and notes print as they were entered.
 */
export interface TillLabels {
  method: Record<TillMethodName, string>;
  receipt: string;
  paymentReceipt: string;
  voidRefund: string;
  copy: string;
  number: string;
  cashier: string;
  customer: string;
  voucher: string;
  code: string;
  password: string;
  total: string;
  refund: string;
  change: string;
  reason: string;
  thanks: string;
  payment: string;
  void: string;
  balanceAfterPayment: string;
  zReportShift: (name: string) => string;
  zReportDay: (date: string) => string;
  printed: string;
  salesByPlan: string;
  vouchersSold: string;
  customerPayments: string;
  voids: string;
  net: string;
  byMethod: string;
  differences: string;
  shiftOf: (name: string) => string;
  opened: string;
  closed: string;
  stillOpen: string;
  float: string;
  expected: string;
  counted: string;
  difference: string;
  cashierSignature: string;
  managerSignature: string;
}

const EN: TillLabels = {
  method: { cash: 'Cash', mobile_money: 'Mobile money', bank_transfer: 'Bank transfer' },
  receipt: 'RECEIPT',
  paymentReceipt: 'PAYMENT RECEIPT',
  voidRefund: 'VOID / REFUND',
  copy: '*** COPY ***',
  number: 'No.',
  cashier: 'Cashier',
  customer: 'Customer',
  voucher: 'Voucher',
  code: 'Code',
  password: 'Password',
  total: 'TOTAL',
  refund: 'Refund',
  change: 'Change',
  reason: 'Reason',
  thanks: 'Thank you',
  payment: 'Payment',
  void: 'Void',
  balanceAfterPayment: 'Balance after payment',
  zReportShift: (name) => `Z-REPORT: shift of ${name}`,
  zReportDay: (date) => `Z-REPORT: ${date}`,
  printed: 'Printed',
  salesByPlan: 'Sales by plan',
  vouchersSold: 'Vouchers sold',
  customerPayments: 'Customer payments',
  voids: 'Voids',
  net: 'NET',
  byMethod: 'By method',
  differences: 'Differences',
  shiftOf: (name) => `Shift of ${name}`,
  opened: 'Opened',
  closed: 'Closed',
  stillOpen: 'Still open',
  float: 'float',
  expected: 'expected',
  counted: 'counted',
  difference: 'difference',
  cashierSignature: 'Cashier signature',
  managerSignature: 'Manager signature',
};

const ID: TillLabels = {
  method: { cash: 'Tunai', mobile_money: 'Dompet digital', bank_transfer: 'Transfer bank' },
  receipt: 'STRUK',
  paymentReceipt: 'STRUK PEMBAYARAN',
  voidRefund: 'PEMBATALAN / PENGEMBALIAN',
  copy: '*** SALINAN ***',
  number: 'No.',
  cashier: 'Kasir',
  customer: 'Pelanggan',
  voucher: 'Voucher',
  code: 'Kode',
  password: 'Sandi',
  total: 'TOTAL',
  refund: 'Pengembalian',
  change: 'Kembalian',
  reason: 'Alasan',
  thanks: 'Terima kasih',
  payment: 'Pembayaran',
  void: 'Batal',
  balanceAfterPayment: 'Saldo setelah pembayaran',
  zReportShift: (name) => `LAPORAN Z: shift ${name}`,
  zReportDay: (date) => `LAPORAN Z: ${date}`,
  printed: 'Dicetak',
  salesByPlan: 'Penjualan per paket',
  vouchersSold: 'Voucher terjual',
  customerPayments: 'Pembayaran pelanggan',
  voids: 'Pembatalan',
  net: 'BERSIH',
  byMethod: 'Per metode',
  differences: 'Selisih',
  shiftOf: (name) => `Shift ${name}`,
  opened: 'Dibuka',
  closed: 'Ditutup',
  stillOpen: 'Masih dibuka',
  float: 'modal awal',
  expected: 'seharusnya',
  counted: 'terhitung',
  difference: 'selisih',
  cashierSignature: 'Tanda tangan kasir',
  managerSignature: 'Tanda tangan manajer',
};

export function tillLabels(office: Pick<Office, 'locale'>): TillLabels {
  return /^id(?:-|$)/i.test(office.locale) ? ID : EN;
}

const STORED_METHODS = Object.entries(EN.method) as Array<[TillMethodName, string]>;

/**
 * Item descriptions are stored in English when the entry is written ("Payment (Cash)", "Void: …"): they are
 * ledger text and never change. On paper the fixed words are put in the office's language; other text
 * (plan names, codes) stays as stored.
 */
export function itemText(description: string, labels: TillLabels): string {
  if (description.startsWith('Void: ')) return `${labels.void}: ${itemText(description.slice('Void: '.length), labels)}`;
  const payment = /^Payment \((.+)\)$/.exec(description);
  const method = payment ? STORED_METHODS.find(([, label]) => label === payment[1]) : undefined;
  if (method) return `${labels.payment} (${labels.method[method[0]]})`;
  return description;
}

/** A payment receipt's stored note ("Balance after payment: Rp 0") with its label in the office's language. */
export function noteText(note: string, labels: TillLabels): string {
  const prefix = `${EN.balanceAfterPayment}: `;
  return note.startsWith(prefix) ? `${labels.balanceAfterPayment}: ${note.slice(prefix.length)}` : note;
}
