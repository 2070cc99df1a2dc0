import { AppError } from '../../../src-shared/ipc/result';
import { CUSTOMER_IMPORT_TEMPLATE_HEADERS, type ImportColumn } from '../../../src-shared/ipc/schemas/customer-import';

/**
 * Header spellings seen in office spreadsheets and in exports of other tools (PHPNuxBill, MikHmon,
 * hand-made sheets, Indonesian and English), compared after `normalizeHeader`. The template's own
 * headers are among them (a test checks it).
 */
const ALIASES: Record<ImportColumn, readonly string[]> = {
  name: ['name', 'customer', 'customer name', 'full name', 'fullname', 'client', 'client name', 'subscriber', 'nama', 'nama pelanggan'],
  phones: ['phone', 'phones', 'phone number', 'phone numbers', 'mobile', 'mobile number', 'cell', 'telephone', 'tel', 'whatsapp', 'wa', 'hp', 'no hp', 'telepon'],
  address: ['address', 'street', 'street address', 'alamat'],
  latitude: ['latitude', 'lat', 'gps lat', 'gps latitude'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'gps lon', 'gps lng', 'gps longitude'],
  gps: ['gps', 'coordinates', 'coordinate', 'gps coordinates', 'koordinat'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', 'remark', 'description', 'catatan', 'keterangan'],
  tags: ['tags', 'tag', 'labels', 'label'],
  accountNumber: ['account number', 'account', 'account no', 'acct', 'acct no', 'customer number', 'customer no', 'id pelanggan', 'no pelanggan'],
  customerStatus: ['customer status', 'account status'],
  plan: ['plan', 'plan name', 'service plan', 'package', 'internet plan', 'profile', 'ppp profile', 'paket'],
  router: ['router', 'router name', 'nas', 'mikrotik'],
  pppUsername: ['pppoe username', 'pppoe user', 'pppoe', 'ppp username', 'ppp user', 'pppoe name', 'username', 'user', 'login', 'secret'],
  pppPassword: ['pppoe password', 'ppp password', 'password', 'pass', 'secret password'],
  startDate: ['start date', 'start', 'service start', 'activation date', 'installation date', 'installed', 'since', 'tanggal mulai'],
  status: ['status', 'subscription status', 'service status'],
};

/**
 * Columns that may appear more than once ("Phone 1", "Phone 2", "Address line 2"): their values are
 * combined. Any other column twice is ambiguous, so the file is refused.
 */
export const REPEATABLE: ReadonlySet<ImportColumn> = new Set<ImportColumn>(['phones', 'tags', 'address', 'notes']);

const BY_ALIAS = new Map<string, ImportColumn>(
  (Object.entries(ALIASES) as Array<[ImportColumn, readonly string[]]>).flatMap(([column, aliases]) => aliases.map((alias) => [alias, column] as const)),
);

/** `Phone_Number`, `PHONE-NUMBER ` and `phone number` compare equal; accents are kept (Indonesian has none to lose). */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The column a header means, or null: "Phone 2" and "address line 2" count as their column. */
export function columnOf(header: string): ImportColumn | null {
  const normal = normalizeHeader(header);
  return BY_ALIAS.get(normal) ?? BY_ALIAS.get(normal.replace(/(?: line)? \d+$/, '')) ?? null;
}

export interface HeaderMap {
  columns: Array<{ header: string; column: ImportColumn | null }>;
  unknown: string[];
}

/** Maps each header of the file; a file without a name column or with an ambiguous repeat is refused. */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns = headers.map((header) => ({ header: header.trim(), column: columnOf(header) }));
  const seen = new Map<ImportColumn, string>();
  for (const { header, column } of columns) {
    if (column === null) continue;
    const first = seen.get(column);
    if (first !== undefined && !REPEATABLE.has(column)) {
      throw new AppError('VALIDATION', `Columns "${first}" and "${header}" both mean ${column}: keep one of them.`, {
        reason: 'duplicate_column',
        column,
        headers: [first, header],
      });
    }
    seen.set(column, first ?? header);
  }
  if (!seen.has('name')) {
    throw new AppError('VALIDATION', `The file has no name column (the first line must hold headers such as: ${CUSTOMER_IMPORT_TEMPLATE_HEADERS.join(', ')}).`, {
      reason: 'no_name_column',
      headers: columns.map((entry) => entry.header),
    });
  }
  return { columns, unknown: columns.filter((entry) => entry.column === null && entry.header !== '').map((entry) => entry.header) };
}
