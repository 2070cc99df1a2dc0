import type { Sqlite } from '../db/connection';
import type { CustomerRow } from './rows';

/** At most this many words of a query take part (type-ahead queries are short; this bounds the work). */
const MAX_TERMS = 8;
/** Letters-only parts this short inside a code ("WJ" of "WJ-000123") match nearly every customer. */
const SHORT_CODE_PART = 3;

const prefix = (term: string): string => `"${term}"*`;

/**
 * One whitespace-separated chunk of the query. Words split the way the index's unicode61 tokenizer
 * splits them. A chunk with digits and punctuation is a code (account number, phone, "A-12"): it
 * matches its joined form (phones and account numbers are also indexed without separators) or its
 * parts, leaving out short letters-only parts such as the office code, which every account shares
 * and which would make the query read the whole index.
 */
function chunkQuery(chunk: string): string | null {
  const parts = chunk.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 0);
  if (parts.length === 0) return null;
  if (parts.length === 1 || !/\p{N}/u.test(chunk)) return parts.map(prefix).join(' AND ');
  const selective = parts.filter((part) => /\p{N}/u.test(part) || part.length > SHORT_CODE_PART);
  return `(${prefix(parts.join(''))} OR ${selective.map(prefix).join(' AND ')})`;
}

/**
 * Turns what the operator typed into an FTS5 query in which every chunk must prefix-match. Only
 * letters and digits reach the query, always quoted, so no FTS5 syntax can be injected.
 */
export function ftsPrefixQuery(text: string): string | null {
  const chunks = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/u)
    .map(chunkQuery)
    .filter((chunk): chunk is string => chunk !== null)
    .slice(0, MAX_TERMS);
  return chunks.length === 0 ? null : chunks.join(' AND ');
}

interface RawCustomer {
  id: string;
  search_key: number;
  account_number: string;
  name: string;
  phones: string;
  address: string;
  gps_lat: number | null;
  gps_lng: number | null;
  notes: string;
  tags: string;
  status: CustomerRow['status'];
  home_office: string | null;
  created_at: number;
  updated_at: number;
}

/**
 * Ranking by bm25 costs time in proportion to the number of matches (60+ ms for a two-letter prefix
 * over 100,000 customers), so only narrow queries (at most RANK_AT_MOST matches) are ranked. A broad
 * prefix returns the newest matches, which FTS5 reads in rowid order and stops early: the operator
 * narrows it by typing on. See docs/decisions/0010.
 */
const RANK_AT_MOST = 200;

export function searchCustomerRows(sqlite: Sqlite, text: string, limit: number): CustomerRow[] {
  const match = ftsPrefixQuery(text);
  if (!match) return [];
  const newest = sqlite
    .prepare('SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? ORDER BY rowid DESC LIMIT ?')
    .pluck()
    .all(match, RANK_AT_MOST + 1) as number[];
  if (newest.length <= RANK_AT_MOST) {
    const ranked = sqlite
      .prepare('SELECT c.* FROM customers_fts f JOIN customers c ON c.search_key = f.rowid WHERE customers_fts MATCH ? ORDER BY f.rank LIMIT ?')
      .all(match, limit) as RawCustomer[];
    return ranked.map(fromRaw);
  }
  const keys = newest.slice(0, limit);
  const rows = sqlite
    .prepare(`SELECT * FROM customers WHERE search_key IN (${keys.map(() => '?').join(',')}) ORDER BY search_key DESC`)
    .all(...keys) as RawCustomer[];
  return rows.map(fromRaw);
}

function fromRaw(row: RawCustomer): CustomerRow {
  return {
    id: row.id,
    searchKey: row.search_key,
    accountNumber: row.account_number,
    name: row.name,
    phones: row.phones,
    address: row.address,
    gpsLat: row.gps_lat,
    gpsLng: row.gps_lng,
    notes: row.notes,
    tags: row.tags,
    status: row.status,
    homeOffice: row.home_office,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
