import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db, Sqlite } from '../db/connection';
import { customers } from '../db/schema';
import type { OfficeService } from '../office/service';
import type { BillingSettingsService } from '../billing/settings';
import { ACCOUNT_SEQUENCE_KEY, formatAccountNumber, nextSequenceValue } from '../billing/numbering';
import { newId } from '../../src-shared/domain/ids';
import { dateInZone } from '../../src-shared/domain/civil-date';
import { AppError } from '../../src-shared/ipc/result';
import type { Customer, CustomerCreateInput, CustomerListRow, CustomerUpdateInput } from '../../src-shared/ipc/schemas/customers';
import { balancesOf } from './balances';
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
  private prepared: ReturnType<typeof prepareStatements> | undefined;

  constructor(private readonly deps: CustomerServiceDeps) {}

  /**
   * Prepared once: a CSV import creates thousands of customers in one transaction, and compiling the
   * insert (with its FTS triggers) cost far more than running it.
   */
  private get statements(): ReturnType<typeof prepareStatements> {
    this.prepared ??= prepareStatements(this.deps.db);
    return this.prepared;
  }

  list(input: { status?: Customer['status'] | undefined; offset: number; limit: number }): { customers: CustomerListRow[]; total: number } {
    const where = input.status ? eq(customers.status, input.status) : undefined;
    const rows = this.deps.db.select().from(customers).where(where).orderBy(desc(customers.createdAt), desc(customers.id)).limit(input.limit).offset(input.offset).all();
    const total = this.deps.db.select({ n: count() }).from(customers).where(where).get()?.n ?? 0;
    return { customers: this.withBalances(rows), total };
  }

  search(query: string, limit: number): CustomerListRow[] {
    return this.withBalances(searchCustomerRows(this.deps.sqlite, query, limit));
  }

  /** Each row with its ledger balance, one query for the whole page. */
  private withBalances(rows: readonly CustomerRow[]): CustomerListRow[] {
    const balances = balancesOf(this.deps.sqlite, rows.map((row) => row.id));
    return rows.map((row) => ({ ...toCustomer(row), balanceMinor: balances.get(row.id) ?? 0 }));
  }

  require(id: string): CustomerRow {
    const row = this.statements.byId.get({ id });
    if (!row) throw new AppError('NOT_FOUND', 'No such customer.', { id });
    return row;
  }

  /** `keptAccountNumber`: an account number the customer already has in another system (CSV import). */
  create(input: CustomerCreateInput, now: number, keptAccountNumber?: string): CustomerRow {
    const accountNumber = keptAccountNumber ?? this.nextAccountNumber(now);
    const taken = this.statements.byAccountNumber.get({ accountNumber });
    if (taken) {
      throw new AppError('CONFLICT', `Account number ${accountNumber} already exists: change the account-number format.`, { accountNumber });
    }
    const searchKey = (this.statements.topSearchKey.get()?.top ?? 0) + 1;
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
      homeOffice: this.deps.office.require().code,
      createdAt: now,
      updatedAt: now,
    };
    this.statements.insert.run(row);
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

function prepareStatements(db: Db) {
  const column = <K extends keyof CustomerRow>(key: K) => sql.placeholder(key);
  return {
    byId: db.select().from(customers).where(eq(customers.id, sql.placeholder('id'))).prepare(),
    byAccountNumber: db.select({ id: customers.id }).from(customers).where(eq(customers.accountNumber, sql.placeholder('accountNumber'))).prepare(),
    topSearchKey: db.select({ top: sql<number | null>`max(${customers.searchKey})` }).from(customers).prepare(),
    insert: db
      .insert(customers)
      .values({
        id: column('id'),
        searchKey: column('searchKey'),
        accountNumber: column('accountNumber'),
        name: column('name'),
        phones: column('phones'),
        address: column('address'),
        gpsLat: column('gpsLat'),
        gpsLng: column('gpsLng'),
        notes: column('notes'),
        tags: column('tags'),
        status: column('status'),
        homeOffice: column('homeOffice'),
        createdAt: column('createdAt'),
        updatedAt: column('updatedAt'),
      })
      .prepare(),
  };
}
