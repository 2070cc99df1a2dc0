import type { Db } from '../db/connection';
import type { OfficeService } from '../office/service';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import type { LedgerEntry } from '../../src-shared/ipc/schemas/billing';
import type { BillingSettingsService } from './settings';
import type { Ledger, LineDraft } from './ledger';
import { invoiceNumberBlock, nextCreditNoteNumber, nextInvoiceNumber } from './numbering';

export interface IssueOptions {
  memo?: string;
  dueDate?: string | undefined;
  subscriptionId?: string | null;
  createdBy: string | null;
  now: number;
}

/** One invoice of a batch (a billing-run chunk). */
export interface BatchInvoice {
  customerId: string;
  subscriptionId: string;
  lines: readonly LineDraft[];
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

  /** Numbered `CN-OFFICE-YYYY-NNNNNN` in the caller's transaction: a failed create returns its number. */
  issueCreditNote(customerId: string, lines: readonly LineDraft[], options: IssueOptions, context: IssueContext = this.issueContext()): LedgerEntry {
    this.ledger.requireCustomer(customerId);
    return this.ledger.insertDocument(
      {
        customerId,
        kind: 'credit_note',
        number: nextCreditNoteNumber(this.db, context.officeCode, context.timeZone, options.now),
        memo: options.memo ?? '',
        subscriptionId: options.subscriptionId ?? null,
        occurredAt: options.now,
        createdBy: options.createdBy,
      },
      lines,
    );
  }

  /**
   * Invoices of a billing-run chunk, as `issueInvoice` would issue them one by one (same numbers in the
   * same order, same due date), with the numbers drawn as one block and the due date computed once. The
   * customers come with their subscriptions (foreign keys), so they are not checked again here.
   */
  issueInvoiceBatch(invoices: readonly BatchInvoice[], options: Pick<IssueOptions, 'memo' | 'createdBy' | 'now'>, context: IssueContext): void {
    if (invoices.length === 0) return;
    const numberAt = invoiceNumberBlock(this.db, context.officeCode, context.timeZone, options.now, invoices.length);
    const dueDate = addDays(dateInZone(options.now, context.timeZone), context.invoiceDueDays);
    invoices.forEach((invoice, index) => {
      this.ledger.insertDocument(
        {
          customerId: invoice.customerId,
          kind: 'invoice',
          number: numberAt(index),
          dueDate,
          memo: options.memo ?? '',
          subscriptionId: invoice.subscriptionId,
          occurredAt: options.now,
          createdBy: options.createdBy,
        },
        invoice.lines,
      );
    });
  }
}
