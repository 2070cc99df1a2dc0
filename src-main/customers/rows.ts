import { z } from 'zod';
import type { customers } from '../db/schema';
import type { Customer } from '../../src-shared/ipc/schemas/customers';

export type CustomerRow = typeof customers.$inferSelect;

const stringList = z.array(z.string());

/** Phones and tags are JSON arrays in the row; a damaged value reads as empty rather than failing the list. */
function parseList(text: string): string[] {
  try {
    const parsed = stringList.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    accountNumber: row.accountNumber,
    name: row.name,
    phones: parseList(row.phones),
    address: row.address,
    gps: row.gpsLat !== null && row.gpsLng !== null ? { lat: row.gpsLat, lng: row.gpsLng } : null,
    notes: row.notes,
    tags: parseList(row.tags),
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
