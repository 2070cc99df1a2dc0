import { customerCreateInput, type CustomerCreateInput } from '../../../src-shared/ipc/schemas/customers';
import type { ImportField, ImportIssue } from '../../../src-shared/ipc/schemas/customer-import';
import type { Customer } from '../../../src-shared/ipc/schemas/customers';
import { cell, cellList, type RowCells } from './cells';
import { issue, zodIssues } from './issues';

type CustomerStatus = Customer['status'];

const CUSTOMER_STATUS_WORDS: Record<string, CustomerStatus> = {
  active: 'active',
  aktif: 'active',
  inactive: 'inactive',
  nonaktif: 'inactive',
  'non aktif': 'inactive',
  'tidak aktif': 'inactive',
  closed: 'closed',
  tutup: 'closed',
};

/** A phone a spreadsheet stored as a number and wrote back as 6.28123E+11: the digits are gone. */
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;
const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const GPS_PAIR = /^([+-]?\d+(?:\.\d+)?)\s*[,; ]\s*([+-]?\d+(?:\.\d+)?)$/;

export interface CustomerPart {
  /** The input `customers.create` takes, when every customer cell is valid. */
  input: CustomerCreateInput | null;
  /** The cells as the customer's fields (what the preview shows, valid or not). */
  values: CustomerCreateInput;
  issues: ImportIssue[];
}

const FIELD_OF_KEY: Record<string, ImportField> = {
  name: 'name',
  phones: 'phones',
  address: 'address',
  gps: 'gps',
  notes: 'notes',
  tags: 'tags',
  status: 'customerStatus',
};

/**
 * The customer half of a row, validated by the same schema as `customers.create` (so a row is refused
 * exactly when the New customer dialog would refuse it). Without a plan, a plain "status" column is the
 * customer's status (a list of customers only); with a plan it is the subscription's.
 */
export function parseCustomer(row: RowCells, hasPlan: boolean): CustomerPart {
  const issues: ImportIssue[] = [];
  const phones = cellList(row, 'phones').flatMap((text) => text.split(/[;|,]/)).map((phone) => phone.trim()).filter((phone) => phone !== '');
  const gps = parseGps(row, issues);
  const status = parseCustomerStatus(cell(row, 'customerStatus') || (hasPlan ? '' : cell(row, 'status')), issues);
  const values: CustomerCreateInput = {
    name: cell(row, 'name'),
    phones,
    address: cellList(row, 'address').join(', '),
    gps,
    notes: cellList(row, 'notes').join('\n'),
    tags: cellList(row, 'tags').flatMap((text) => text.split(/[;|,\s]+/)).filter((tag) => tag !== ''),
    status,
  };
  const scientific = phones.find((phone) => SCIENTIFIC.test(phone));
  if (values.name === '') issues.push(issue('name', 'required', 'A name is required.'));
  if (scientific !== undefined) {
    issues.push(issue('phones', 'invalid', `${scientific}: the spreadsheet stored this phone as a number; format the column as text and export again.`, scientific));
  }
  const parsed = customerCreateInput.safeParse(values);
  if (!parsed.success) {
    const known = new Set(issues.map((entry) => entry.field));
    const valueAt = (path: readonly PropertyKey[]): string | null => {
      if (path[0] === 'phones' && typeof path[1] === 'number') return phones[path[1]] ?? null;
      return path[0] === 'gps' && gps ? `${gps.lat}, ${gps.lng}` : null;
    };
    issues.push(...zodIssues(parsed.error, (key) => FIELD_OF_KEY[key] ?? 'name', valueAt).filter((entry) => !known.has(entry.field)));
  }
  return { input: parsed.success && issues.length === 0 ? parsed.data : null, values, issues };
}

function parseCustomerStatus(text: string, issues: ImportIssue[]): CustomerStatus {
  if (text === '') return 'active';
  const status = CUSTOMER_STATUS_WORDS[text.toLowerCase()];
  if (status) return status;
  issues.push(issue('customerStatus', 'invalid', `${text}: a customer status is active, inactive or closed.`, text));
  return 'active';
}

/** Latitude and longitude columns, or one "gps" cell such as `-6.2, 106.8` (as copied from a map). */
function parseGps(row: RowCells, issues: ImportIssue[]): { lat: number; lng: number } | null {
  const latText = cell(row, 'latitude');
  const lngText = cell(row, 'longitude');
  if (latText !== '' || lngText !== '') return gpsFromColumns(latText, lngText, issues);
  const pair = cell(row, 'gps');
  if (pair === '') return null;
  const match = GPS_PAIR.exec(pair);
  if (!match) {
    issues.push(issue('gps', 'invalid', `${pair}: GPS is latitude and longitude in decimal degrees, e.g. -6.2, 106.8.`, pair));
    return null;
  }
  return { lat: Number(match[1]), lng: Number(match[2]) };
}

function gpsFromColumns(latText: string, lngText: string, issues: ImportIssue[]): { lat: number; lng: number } | null {
  if (latText === '' || lngText === '') {
    issues.push(issue('gps', 'invalid', 'Give both latitude and longitude, or neither.'));
    return null;
  }
  // A `;`-separated file from a comma-decimal locale writes -6,2: one comma in a column of its own is a decimal point.
  const [lat, lng] = [latText, lngText].map((text) => text.replace(/^([+-]?\d+),(\d+)$/, '$1.$2'));
  if (lat === undefined || lng === undefined || !DECIMAL.test(lat) || !DECIMAL.test(lng)) {
    issues.push(issue('gps', 'invalid', `${latText}, ${lngText}: latitude and longitude are decimal degrees, e.g. -6.2 and 106.8.`, `${latText}, ${lngText}`));
    return null;
  }
  return { lat: Number(lat), lng: Number(lng) };
}
