import type { Contract } from '../../../src-shared/ipc/contract';
import type { Handlers } from '../../core/handler-types';
import type { Services } from '../../core/services';
import { CustomerImportService } from './service';

type ImportProcedure = Extract<keyof Contract, `customers.import.${string}`>;

/** How many imported customer ids the audit entry names (the count covers the rest). */
const AUDIT_IDS = 100;

/**
 * Handlers of src-shared/ipc/contracts/customer-import.ts. The commit's customers, subscriptions,
 * router jobs and its one audit entry commit in one transaction, or nothing does.
 */
export function customerImportHandlers(services: Services): Pick<Handlers<Contract>, ImportProcedure> {
  const { db, office, customers, billing, transaction } = services;
  const importer = new CustomerImportService({ db, office, customers, billing });
  return {
    'customers.import.preview': (input, ctx) => importer.preview(input.csv, ctx.now),
    'customers.import.commit': (input, ctx) =>
      transaction(() => {
        const result = importer.commit(input.csv, input.skipBadRows, { createdBy: ctx.session?.operatorId ?? null, now: ctx.now });
        const { customers: customerCount, subscriptions: subscriptionCount } = result.imported;
        ctx.audit(`imported ${customerCount} customer(s) and ${subscriptionCount} subscription(s) from CSV; ${result.skipped.length} row(s) skipped`, {
          customers: customerCount,
          subscriptions: subscriptionCount,
          skippedRows: result.skipped.map((row) => row.row).slice(0, AUDIT_IDS),
          skipped: result.skipped.length,
          customerIds: result.rows.map((row) => row.customerId).slice(0, AUDIT_IDS),
          accountNumbers: { first: result.rows[0]?.accountNumber ?? null, last: result.rows.at(-1)?.accountNumber ?? null },
        });
        return result;
      }),
  };
}
