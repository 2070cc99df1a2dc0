import type { Db } from '../db/connection';
import type { OfficeService } from '../office/service';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import type { LedgerEntry } from '../../src-shared/ipc/schemas/billing';
import type { BillingSettingsService } from './settings';
import type { Ledger, LineDraft } from './ledger';
import { nextInvoiceNumber } from './numbering';

export interface IssueOptions {
  memo?: string;
  dueDate?: string | undefined;
  subscriptionId?: string | null;
  createdBy: string | null;
  now: number;
}

/** What every invoice of an office needs; a billing run reads it once instead of per invoice. */
export interface IssueContext {
  officeCode: string;
  timeZone: string;
  invoiceDueDays: number;
}

/** Issues numbered invoices and credit notes (inside the caller's transaction, so numbers stay gapless). */
export class BillingDocuments {
  constructor(
    private readonly db: Db,
    private readonly office: OfficeService,
    private readonly settings: BillingSettingsService,
    private readonly ledger: Ledger,
  ) {}

  today(now: number): string {
    return dateInZone(now, this.office.require().timeZone);
  }

  issueContext(): IssueContext {
    const office = this.office.require();
    return { officeCode: office.code, timeZone: office.timeZone, invoiceDueDays: this.settings.get().invoiceDueDays };
  }

  issueInvoice(customerId: string, lines: readonly LineDraft[], options: IssueOptions, context: IssueContext = this.issueContext()): LedgerEntry {
    // The customer is checked before a number is drawn (a rollback would return it anyway).
    this.ledger.requireCustomer(customerId);
    const dueDate = options.dueDate ?? addDays(dateInZone(options.now, context.timeZone), context.invoiceDueDays);
    return this.ledger.insertDocument(
      {
        customerId,
        kind: 'invoice',
        number: nextInvoiceNumber(this.db, context.officeCode, context.timeZone, options.now),
        dueDate,
        memo: options.memo ?? '',
        subscriptionId: options.subscriptionId ?? null,
        occurredAt: options.now,
        createdBy: options.createdBy,
      },
      lines,
    );
  }

  issueCreditNote(customerId: string, lines: readonly LineDraft[], options: IssueOptions): LedgerEntry {
    return this.ledger.insertDocument(
      {
        customerId,
        kind: 'credit_note',
        memo: options.memo ?? '',
        subscriptionId: options.subscriptionId ?? null,
        occurredAt: options.now,
        createdBy: options.createdBy,
      },
      lines,
    );
  }
}
