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

  issueInvoice(customerId: string, lines: readonly LineDraft[], options: IssueOptions): LedgerEntry {
    // The customer is checked before a number is drawn (a rollback would return it anyway).
    this.ledger.requireCustomer(customerId);
    const office = this.office.require();
    const dueDate = options.dueDate ?? addDays(this.today(options.now), this.settings.get().invoiceDueDays);
    return this.ledger.insertDocument(
      {
        customerId,
        kind: 'invoice',
        number: nextInvoiceNumber(this.db, office.code, office.timeZone, options.now),
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
