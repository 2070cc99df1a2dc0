import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db, Sqlite } from '../db/connection';
import { customers } from '../db/schema';
import type { OfficeService } from '../office/service';
import type { BillingSettingsService } from '../billing/settings';
import { ACCOUNT_SEQUENCE_KEY, formatAccountNumber, nextSequenceValue } from '../billing/numbering';
import { newId } from '../../src-shared/domain/ids';
import { dateInZone } from '../../src-shared/domain/civil-date';
import { AppError } from '../../src-shared/ipc/result';
import type { Customer, CustomerCreateInput, CustomerUpdateInput } from '../../src-shared/ipc/schemas/customers';
import { toCustomer, type CustomerRow } from './rows';
import { searchCustomerRows } from './search';

export interface CustomerServiceDeps {
  db: Db;
  sqlite: Sqlite;
  office: OfficeService;
  billingSettings: BillingSettingsService;
}

/**
 * Customers: writes run inside the caller's transaction (the handler wraps them with the audit entry),
 * so the account-number sequence and the row commit together.
 */
export class CustomerService {
  constructor(private readonly deps: CustomerServiceDeps) {}

  list(input: { status?: Customer['status'] | undefined; offset: number; limit: number }): { customers: Customer[]; total: number } {
    const where = input.status ? eq(customers.status, input.status) : undefined;
    const rows = this.deps.db.select().from(customers).where(where).orderBy(desc(customers.createdAt), desc(customers.id)).limit(input.limit).offset(input.offset).all();
    const total = this.deps.db.select({ n: count() }).from(customers).where(where).get()?.n ?? 0;
    return { customers: rows.map(toCustomer), total };
  }

  search(query: string, limit: number): Customer[] {
    return searchCustomerRows(this.deps.sqlite, query, limit).map(toCustomer);
  }

  require(id: string): CustomerRow {
    const row = this.deps.db.select().from(customers).where(eq(customers.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such customer.', { id });
    return row;
  }

  create(input: CustomerCreateInput, now: number): CustomerRow {
    const accountNumber = this.nextAccountNumber(now);
    const taken = this.deps.db.select({ id: customers.id }).from(customers).where(eq(customers.accountNumber, accountNumber)).get();
    if (taken) {
      throw new AppError('CONFLICT', `Account number ${accountNumber} already exists: change the account-number format.`, { accountNumber });
    }
    const searchKey = (this.deps.db.select({ top: sql<number | null>`max(${customers.searchKey})` }).from(customers).get()?.top ?? 0) + 1;
    const row: CustomerRow = {
      id: newId(),
      searchKey,
      accountNumber,
      name: input.name,
      phones: JSON.stringify(input.phones),
      address: input.address,
      gpsLat: input.gps?.lat ?? null,
      gpsLng: input.gps?.lng ?? null,
      notes: input.notes,
      tags: JSON.stringify(uniqueTags(input.tags)),
      status: input.status,
      createdAt: now,
      updatedAt: now,
    };
    this.deps.db.insert(customers).values(row).run();
    return row;
  }

  update(input: CustomerUpdateInput, now: number): CustomerRow {
    const current = this.require(input.id);
    const change: Partial<CustomerRow> = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.phones !== undefined ? { phones: JSON.stringify(input.phones) } : {}),
      ...(input.address !== undefined ? { address: input.address } : {}),
      ...(input.gps !== undefined ? { gpsLat: input.gps?.lat ?? null, gpsLng: input.gps?.lng ?? null } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.tags !== undefined ? { tags: JSON.stringify(uniqueTags(input.tags)) } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updatedAt: now,
    };
    this.deps.db.update(customers).set(change).where(eq(customers.id, current.id)).run();
    return { ...current, ...change };
  }

  private nextAccountNumber(now: number): string {
    const office = this.deps.office.require();
    const { accountNumberFormat } = this.deps.billingSettings.get();
    const seq = nextSequenceValue(this.deps.db, ACCOUNT_SEQUENCE_KEY);
    return formatAccountNumber(accountNumberFormat, { officeCode: office.code, year: dateInZone(now, office.timeZone).slice(0, 4), seq });
  }
}

/** Tags compare case-insensitively; the first spelling wins. */
function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
