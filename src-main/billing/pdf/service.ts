import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { ledgerEntries } from '../../db/schema';
import type { Logger } from '../../core/logger';
import type { OfficeService } from '../../office/service';
import type { CustomerService } from '../../customers/service';
import { toCustomer } from '../../customers/rows';
import { loadUnicodeFonts, type UnicodeFontFiles } from '../../vouchers/print/fonts';
import type { PrinterBackend } from '../../vouchers/printing/printers';
import { addDays, addMonthsClamped, dateInZone, daysBetween, parseIsoDate } from '../../../src-shared/domain/civil-date';
import { AppError } from '../../../src-shared/ipc/result';
import type { LedgerEntry, Statement } from '../../../src-shared/ipc/schemas/billing';
import { MAX_STATEMENT_DAYS, type DocumentDestination, type DocumentPaper, type DocumentPdfOutput } from '../../../src-shared/ipc/schemas/billing-documents';
import type { Ledger } from '../ledger';
import { buildStatement } from '../statement';
import { DocumentDetailsStore } from './details';
import { savePdf, spool } from './deliver';
import { entryName, entryReference } from './entry-names';
import { docFormat } from './format';
import { invoiceBlocks, type Applied } from './invoice';
import { receiptBlocks } from './receipt';
import { renderDocument, type Block } from './render';
import { statementBlocks } from './statement';
import { statementPeriod } from './statement-period';

export interface DocumentPdfDeps {
  db: Db;
  office: OfficeService;
  ledger: Ledger;
  customers: CustomerService;
  logger: Logger;
  /** Bundled fonts (DejaVu and the CJK fallbacks). */
  fontsDir: string;
  /** The data folder's prints/, shared with voucher print runs. */
  printsDir: string;
  /** How this machine prints (CUPS `lp` on plain Node, Electron's on the desktop); null: none. */
  backend: PrinterBackend | null;
}

type PrintedDocument = Omit<DocumentPdfOutput, 'pdfBase64'> & { pdf: Uint8Array };

/** How many months back a statement starts when the caller names no start date. */
const DEFAULT_STATEMENT_MONTHS = 3;

/**
 * Invoice, credit-note, payment-receipt and statement PDFs, read from the ledger alone (allocation,
 * statuses and balances derived as everywhere else). Nothing here writes to the database; the handler
 * audits a print once the file is saved (and spooled).
 */
export class BillingDocumentPdf {
  readonly details: DocumentDetailsStore;
  private fonts: UnicodeFontFiles | null | undefined;

  constructor(private readonly deps: DocumentPdfDeps) {
    this.details = new DocumentDetailsStore(deps.db);
  }

  /** An invoice or credit note (A4 by default) or a payment receipt (80 mm by default). */
  async entryPdf(input: { entryId: string; paper?: DocumentPaper | undefined; destination: DocumentDestination }, now: number): Promise<PrintedDocument> {
    const found = this.deps.db.select({ customerId: ledgerEntries.customerId, kind: ledgerEntries.kind }).from(ledgerEntries).where(eq(ledgerEntries.id, input.entryId)).get();
    if (!found) throw new AppError('NOT_FOUND', 'No such ledger entry.', { id: input.entryId });
    if (found.kind !== 'invoice' && found.kind !== 'credit_note' && found.kind !== 'payment') {
      throw new AppError('VALIDATION', 'Only invoices, credit notes and payments have a printable document.', { entryId: input.entryId, kind: found.kind });
    }
    const office = this.deps.office.require();
    const entries = this.deps.ledger.entries(found.customerId);
    const statement = buildStatement(found.customerId, office.currency, entries, dateInZone(now, office.timeZone));
    const entry = statement.entries.find((item) => item.id === input.entryId);
    if (!entry) throw new AppError('NOT_FOUND', 'No such ledger entry.', { id: input.entryId });
    const byId = new Map<string, LedgerEntry>(entries.map((item) => [item.id, item]));
    const voidEntry = entry.voidedByEntryId ? (byId.get(entry.voidedByEntryId) ?? null) : null;
    const paper = input.paper ?? (found.kind === 'payment' ? '80mm' : 'a4');
    const common = { office, details: this.details.get(), paper, format: docFormat(office), customer: toCustomer(this.deps.customers.require(found.customerId)), voidEntry };
    const reference = entryReference(entry);
    if (entry.kind === 'payment') {
      const settled = applied(statement, byId, entry.id, 'credit');
      const balanceAfterMinor = balanceAfter(entries, entry.id);
      const blocks = receiptBlocks({ ...common, payment: entry, settled, balanceAfterMinor });
      return this.deliver({ document: 'receipt', title: `Receipt ${reference}`, baseName: `receipt-${reference}-${paper}`, blocks, paper, destination: input.destination, now });
    }
    const isInvoice = entry.kind === 'invoice';
    const blocks = invoiceBlocks({ ...common, entry, applied: applied(statement, byId, entry.id, isInvoice ? 'debit' : 'credit') });
    const title = `${isInvoice ? 'Invoice' : 'Credit note'} ${reference}`;
    const baseName = `${isInvoice ? 'invoice' : 'credit-note'}-${reference}-${paper}`;
    return this.deliver({ document: isInvoice ? 'invoice' : 'credit_note', title, baseName, blocks, paper, destination: input.destination, now });
  }

  /** A statement between two office-calendar dates (both included); by default the last three months up to today. */
  async statementPdf(input: { customerId: string; from?: string | undefined; to?: string | undefined; paper: DocumentPaper; destination: DocumentDestination }, now: number): Promise<PrintedDocument> {
    const customer = toCustomer(this.deps.customers.require(input.customerId));
    const office = this.deps.office.require();
    const { from, to } = statementRange(input.from, input.to, dateInZone(now, office.timeZone));
    const entries = this.deps.ledger.entries(input.customerId);
    const period = statementPeriod({ customerId: input.customerId, currency: office.currency, timeZone: office.timeZone, entries, from, to });
    const byId = new Map<string, LedgerEntry>(entries.map((item) => [item.id, item]));
    const blocks = statementBlocks({ office, details: this.details.get(), paper: input.paper, format: docFormat(office), customer, period, byId, printedAt: now });
    const printed = await this.deliver({
      document: 'statement',
      title: `Statement ${customer.accountNumber} ${from} to ${to}`,
      baseName: `statement-${customer.accountNumber}-${from}-${to}-${input.paper}`,
      blocks,
      paper: input.paper,
      destination: input.destination,
      now,
    });
    return { ...printed, from, to };
  }

  private async deliver(job: { document: PrintedDocument['document']; title: string; baseName: string; blocks: Block[]; paper: DocumentPaper; destination: DocumentDestination; now: number }): Promise<PrintedDocument> {
    const rendered = await renderDocument(job.blocks, job.paper, { title: job.title, footer: job.title, unicodeFonts: this.unicodeFonts() });
    const { file, fileName } = savePdf(this.deps.printsDir, job.baseName, rendered.bytes, job.now);
    const printer = await spool(this.deps.backend, file, job.destination, job.title);
    return {
      document: job.document,
      title: job.title,
      fileName,
      file,
      pages: rendered.pages,
      bytes: rendered.bytes.length,
      printer,
      pdf: rendered.bytes,
      from: null,
      to: null,
      warnings: rendered.warnings,
    };
  }

  /** Loaded once; without the bundled fonts, names beyond Latin-1 print as '?' rather than failing a print. */
  private unicodeFonts(): UnicodeFontFiles | undefined {
    if (this.fonts === undefined) {
      try {
        this.fonts = loadUnicodeFonts(this.deps.fontsDir);
      } catch (error) {
        this.deps.logger.error('document fonts not found', { dir: this.deps.fontsDir, error: error instanceof Error ? error.message : String(error) });
        this.fonts = null;
      }
    }
    return this.fonts ?? undefined;
  }
}

/**
 * The other side of an entry's allocations: for a debit, the credits that paid it; for a credit, the
 * debits it paid — named for print, in ledger order.
 */
function applied(statement: Statement, byId: ReadonlyMap<string, LedgerEntry>, entryId: string, side: 'debit' | 'credit'): Applied[] {
  return statement.allocations
    .filter((allocation) => (side === 'debit' ? allocation.debitEntryId : allocation.creditEntryId) === entryId)
    .flatMap((allocation) => {
      const other = byId.get(side === 'debit' ? allocation.creditEntryId : allocation.debitEntryId);
      return other ? [{ name: entryName(other, byId), amountMinor: allocation.amountMinor }] : [];
    });
}

/** The running balance right after an entry, in ledger order (the order `Ledger.entries` returns). */
function balanceAfter(entries: readonly LedgerEntry[], entryId: string): number {
  let balance = 0;
  for (const entry of entries) {
    balance += entry.amountMinor;
    if (entry.id === entryId) break;
  }
  return balance;
}

/**
 * The statement's dates: both given, or the missing end is today and the missing start three months
 * before the end (the day after the same date three months back). A range that runs backwards or spans
 * more than ten years is refused.
 */
export function statementRange(from: string | undefined, to: string | undefined, today: string): { from: string; to: string } {
  const end = to ?? today;
  const start = from ?? addDays(addMonthsClamped(end, -DEFAULT_STATEMENT_MONTHS, parseIsoDate(end).day), 1);
  if (start > end) throw new AppError('VALIDATION', 'The statement must start on or before its end date.', { from: start, to: end });
  if (daysBetween(start, end) > MAX_STATEMENT_DAYS) throw new AppError('VALIDATION', `A statement can cover at most ${MAX_STATEMENT_DAYS} days.`, { from: start, to: end });
  return { from: start, to: end };
}
