import type { Db } from '../../db/connection';
import type { OfficeService } from '../../office/service';
import type { BillingService } from '../../billing/service';
import type { CustomerService } from '../service';
import { dateInZone } from '../../../src-shared/domain/civil-date';
import { AppError } from '../../../src-shared/ipc/result';
import type { CustomerImportPreview, CustomerImportResult, ImportRow } from '../../../src-shared/ipc/schemas/customer-import';
import { accountNumberDrawer, reserveImportedNumbers, type FormatValues } from './account-sequence';
import { cellsOf } from './cells';
import { checkRows, type CheckedRow } from './check-rows';
import { mapHeaders, type HeaderMap } from './columns';
import { loadLookups } from './lookups';
import { readCsv, type Delimiter } from './read-csv';
import { writeRows, type ImportActor } from './write-rows';

export interface CustomerImportDeps {
  db: Db;
  office: OfficeService;
  customers: CustomerService;
  billing: BillingService;
}

interface CheckedFile {
  delimiter: Delimiter;
  header: HeaderMap;
  rows: CheckedRow[];
}

/** How many bad rows a refused commit lists in its error details (the preview lists them all). */
const DETAIL_ROWS = 50;

/**
 * CSV import of customers and subscriptions. Preview and commit run the same checks on the same text;
 * commit runs them inside its transaction, against the database as it is at that moment.
 */
export class CustomerImportService {
  constructor(private readonly deps: CustomerImportDeps) {}

  preview(csv: string, now: number): CustomerImportPreview {
    const file = this.check(csv, now);
    const rows = file.rows.map(toImportRow);
    const good = rows.filter((row) => row.errors.length === 0);
    return {
      delimiter: file.delimiter,
      columns: file.header.columns,
      unknownColumns: file.header.unknown,
      rows,
      totals: {
        rows: rows.length,
        good: good.length,
        bad: rows.length - good.length,
        subscriptions: good.filter((row) => row.values.subscription !== null).length,
        warnings: rows.filter((row) => row.warnings.length > 0).length,
      },
    };
  }

  /** Must run inside the caller's transaction (with its audit entry). */
  commit(csv: string, skipBadRows: boolean, actor: ImportActor): CustomerImportResult {
    const file = this.check(csv, actor.now);
    const bad = file.rows.filter((row) => row.errors.length > 0);
    const good = file.rows.filter((row) => row.errors.length === 0);
    if (bad.length > 0 && !skipBadRows) {
      throw new AppError('VALIDATION', `${bad.length} of ${file.rows.length} rows have errors: nothing was imported.`, {
        reason: 'bad_rows',
        badRows: bad.length,
        rows: bad.slice(0, DETAIL_ROWS).map(skippedRow),
      });
    }
    if (good.length === 0) {
      throw new AppError('VALIDATION', 'No row of the file can be imported.', { reason: 'no_good_rows', badRows: bad.length });
    }
    const format = this.formatValues(actor.now);
    // Numbers kept from the old system first, so the numbers drawn below step past them.
    reserveImportedNumbers(this.deps.db, good.flatMap((row) => (row.accountNumber === null ? [] : [row.accountNumber])), format);
    const writers = {
      customers: this.deps.customers,
      subscriptions: this.deps.billing.subscriptions,
      drawAccountNumber: accountNumberDrawer(this.deps.db, format),
    };
    const rows = writeRows(good, writers, actor);
    return {
      imported: { customers: rows.length, subscriptions: rows.filter((row) => row.subscriptionId !== null).length },
      rows,
      skipped: bad.map(skippedRow),
    };
  }

  private check(csv: string, now: number): CheckedFile {
    const table = readCsv(csv);
    const header = mapHeaders(table.headers);
    const today = dateInZone(now, this.deps.office.require().timeZone);
    const lookups = loadLookups(this.deps.db, this.deps.billing.plans.list(), today);
    const rows = checkRows(
      table.records.map((record) => cellsOf(record, header)),
      lookups,
    );
    return { delimiter: table.delimiter, header, rows };
  }

  private formatValues(now: number): FormatValues {
    const office = this.deps.office.require();
    return {
      format: this.deps.billing.settings.get().accountNumberFormat,
      officeCode: office.code,
      year: dateInZone(now, office.timeZone).slice(0, 4),
    };
  }
}

function toImportRow(row: CheckedRow): ImportRow {
  const sub = row.subscription;
  const { status, ...customer } = row.customer;
  return {
    row: row.line,
    values: {
      ...customer,
      customerStatus: status,
      accountNumber: row.accountNumber,
      subscription: sub && {
        plan: sub.plan,
        planId: sub.planId,
        router: sub.router,
        routerId: sub.routerId,
        pppUsername: sub.pppUsername,
        passwordGiven: sub.pppPassword !== null,
        startDate: sub.startDate,
        status: sub.status,
      },
    },
    errors: row.errors,
    warnings: row.warnings,
  };
}

function skippedRow(row: CheckedRow): CustomerImportResult['skipped'][number] {
  return { row: row.line, errors: row.errors };
}
